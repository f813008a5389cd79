package org.plenary.events.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The secretariat published the time-management plan as it stands. Key: the meeting id. */
public record TimePlanPublished(String meetingId, Instant publishedAt, String timeZone, List<Session> sessions)
        implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.time-plan-published.v1";

    @Override
    public String type() {
        return TYPE;
    }

    /** @param title the session's title by UN language code; null in events written before it existed */
    public record Session(UUID sessionId, Instant startsAt, Instant endsAt, List<Allocation> items,
                          Map<String, String> title) {

        /** A session as events written before the title existed give it. */
        public Session(UUID sessionId, Instant startsAt, Instant endsAt, List<Allocation> items) {
            this(sessionId, startsAt, endsAt, items, null);
        }
    }

    /** @param title the item's title by UN language code; null in events written before it existed */
    public record Allocation(UUID itemId, int number, int minutes, Map<String, String> title) {

        /** An allocation as events written before the title existed give it. */
        public Allocation(UUID itemId, int number, int minutes) {
            this(itemId, number, minutes, null);
        }
    }
}
