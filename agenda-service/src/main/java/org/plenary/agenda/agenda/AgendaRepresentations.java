package org.plenary.agenda.agenda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.platform.caching.EntityTags;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The agenda as {@code GET /meetings/{id}/agenda} sends it, known by what it depends on: the meeting's agenda
 * revision (moved by every change to the meeting, its items, proposals, versions and listed contributions, in the
 * changing transaction: db/migration/V9__agenda_revision.sql), what the caller may see of the contributions (all of
 * them for the secretariat, its own and the published ones for a member state) and the languages asked for.
 * <p>
 * So the entity tag is known from one row, before the agenda is read: a matching If-None-Match costs that row, and
 * so does a representation already made for the same revision, which is remembered (the most recently used, up to
 * {@value #BUDGET_BYTES} bytes and {@value #MAX_REMEMBERED} representations). Each instance remembers its own;
 * the revision comes from the database, so instances agree. A representation made from rows newer than the revision
 * read first is only newer than its tag says, which costs the client one more 200, never a stale 304.
 */
@ApplicationScoped
public class AgendaRepresentations {

    static final int BUDGET_BYTES = 16 * 1024 * 1024;
    /** Also a bound on the keys, whose languages are the client's to choose (an HTTP header, at most 8 kB). */
    static final int MAX_REMEMBERED = 512;

    private final AgendaItemRepository items;
    private final ObjectMapper json;
    private final LinkedHashMap<Key, byte[]> remembered = new LinkedHashMap<>(64, 0.75f, true);
    private long rememberedBytes;

    public AgendaRepresentations(AgendaItemRepository items, ObjectMapper json) {
        this.items = items;
        this.json = json;
    }

    /**
     * What one caller's read of the agenda depends on; empty when there is no such meeting.
     *
     * @param memberState  the caller's state, when it acts for one
     * @param languages    the request's Accept-Language, as sent (null when absent)
     */
    public Optional<Key> key(String meetingId, boolean secretariat, Optional<String> memberState, String languages) {
        String sight = secretariat ? "secretariat" : memberState.map(state -> "state " + state).orElse("published");
        return items.revision(meetingId)
                .map(revision -> new Key(meetingId, revision, sight, languages == null ? "" : languages));
    }

    /** The JSON for this key, made by {@code view} unless it was made before. */
    public byte[] json(Key key, Supplier<Object> view) {
        synchronized (this) {
            byte[] known = remembered.get(key);
            if (known != null) {
                return known;
            }
        }
        byte[] made;
        try {
            made = json.writeValueAsBytes(view.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the agenda of " + key.meetingId() + " could not be written as JSON", e);
        }
        remember(key, made);
        return made;
    }

    /** Forgets this meeting's older revisions, then the least recently used while over the bounds. */
    private synchronized void remember(Key key, byte[] made) {
        Iterator<Map.Entry<Key, byte[]>> entries = remembered.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Key, byte[]> entry = entries.next();
            if (entry.getKey().meetingId().equals(key.meetingId()) && entry.getKey().revision() < key.revision()) {
                rememberedBytes -= entry.getValue().length;
                entries.remove();
            }
        }
        byte[] replaced = remembered.put(key, made);
        rememberedBytes += made.length - (replaced == null ? 0 : replaced.length);
        Iterator<Map.Entry<Key, byte[]>> leastRecent = remembered.entrySet().iterator();
        while ((rememberedBytes > BUDGET_BYTES || remembered.size() > MAX_REMEMBERED) && remembered.size() > 1) {
            rememberedBytes -= leastRecent.next().getValue().length;
            leastRecent.remove();
        }
    }

    /**
     * @param sight     what the caller may see of the contributions
     * @param languages the Accept-Language the representation was made for
     */
    public record Key(String meetingId, long revision, String sight, String languages) {

        /** A strong tag: the same key gives the same bytes, and any change to the agenda a new revision. */
        public String tag() {
            return EntityTags.of(new byte[0], "agenda", meetingId, Long.toString(revision), sight, languages);
        }
    }
}
