package org.plenary.agenda.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.agenda.meeting.MeetingRepository;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.problem.InvalidField;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Adoption freezes the agenda as a numbered, immutable version. Until version 1 the agenda is a draft and may change
 * freely; after it, every change needs a reason and becomes the next version at once.
 */
@ApplicationScoped
public class VersionService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final AgendaVersionRepository versions;
    private final Outbox outbox;
    private final Clock clock;

    public VersionService(MeetingRepository meetings, AgendaItemRepository items, AgendaVersionRepository versions,
                          Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.versions = versions;
        this.outbox = outbox;
        this.clock = clock;
    }

    public List<AgendaVersion> list(String meetingId) {
        return versions.listByMeeting(meetingId);
    }

    public Optional<AgendaVersion> find(String meetingId, int number) {
        return versions.find(meetingId, number);
    }

    /** The latest adopted version's number; empty while the agenda is a draft. */
    public Optional<Integer> latestNumber(String meetingId) {
        return versions.latestNumber(meetingId);
    }

    /** Adopts the agenda as it stands. Adopting an agenda identical to its latest version is refused. */
    @Transactional
    public AgendaVersion adopt(String meetingId, String reason, String adoptedBy) {
        meetings.lock(meetingId);
        Optional<AgendaVersion> latest = versions.latest(meetingId);
        if (latest.isPresent() && latest.get().items.equals(snapshot(meetingId))) {
            throw new AgendaUnchanged(meetingId, latest.get().key.number());
        }
        return record(meetingId, reason, adoptedBy);
    }

    /**
     * Called by every change to the agenda, with the meeting locked: before adoption nothing happens; after it the
     * reason is required (checked before the change is made, so a refused change changes nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean requireReasonIfAdopted(String meetingId, String reason) {
        boolean adopted = versions.latestNumber(meetingId).isPresent();
        if (adopted && (reason == null || reason.isBlank())) {
            throw new InvalidField("reason", "NotBlank", "the agenda is adopted: a change needs a reason");
        }
        return adopted;
    }

    /** After a change to an adopted agenda: the agenda as it now stands becomes the next version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AgendaVersion recordChange(String meetingId, String reason, String changedBy) {
        items.flush();
        return record(meetingId, reason, changedBy);
    }

    private AgendaVersion record(String meetingId, String reason, String adoptedBy) {
        int number = versions.latestNumber(meetingId).map(n -> n + 1).orElse(1);
        if (number > 1 && (reason == null || reason.isBlank())) {
            throw new InvalidField("reason", "NotBlank", "a version after the first says why the agenda changed");
        }
        AgendaVersion version = new AgendaVersion();
        version.key = new AgendaVersion.Key(meetingId, number);
        version.reason = number == 1 ? null : reason;
        version.adoptedBy = adoptedBy;
        version.adoptedAt = clock.instant();
        version.items = snapshot(meetingId);
        versions.persist(version);
        outbox.append(meetingId, AgendaEvents.adopted(version));
        return version;
    }

    private List<AgendaVersion.Item> snapshot(String meetingId) {
        return items.listByMeeting(meetingId).stream().map(VersionService::frozen).toList();
    }

    private static AgendaVersion.Item frozen(AgendaItem item) {
        return new AgendaVersion.Item(item.id, item.number, item.title, item.documentReference, item.outcome.name());
    }

    /** What changed from one version to another, item by item (an item keeps its identity when renumbered). */
    public record Comparison(int from, int to, List<AgendaVersion.Item> added, List<AgendaVersion.Item> removed,
                             List<Renumbered> renumbered, List<Retitled> retitled) {
    }

    public record Renumbered(UUID itemId, int from, int to) {
    }

    public record Retitled(UUID itemId, int number, Map<String, String> from, Map<String, String> to) {
    }

    public static Comparison compare(AgendaVersion from, AgendaVersion to) {
        Map<UUID, AgendaVersion.Item> before = byId(from.items);
        Map<UUID, AgendaVersion.Item> after = byId(to.items);
        List<AgendaVersion.Item> added = to.items.stream().filter(i -> !before.containsKey(i.itemId())).toList();
        List<AgendaVersion.Item> removed = from.items.stream().filter(i -> !after.containsKey(i.itemId())).toList();
        List<Renumbered> renumbered = to.items.stream()
                .filter(i -> before.containsKey(i.itemId()) && before.get(i.itemId()).number() != i.number())
                .map(i -> new Renumbered(i.itemId(), before.get(i.itemId()).number(), i.number())).toList();
        List<Retitled> retitled = to.items.stream()
                .filter(i -> before.containsKey(i.itemId()) && !Objects.equals(before.get(i.itemId()).title(), i.title()))
                .map(i -> new Retitled(i.itemId(), i.number(), before.get(i.itemId()).title(), i.title())).toList();
        return new Comparison(from.key.number(), to.key.number(), added, removed, renumbered, retitled);
    }

    private static Map<UUID, AgendaVersion.Item> byId(List<AgendaVersion.Item> list) {
        return list.stream().collect(Collectors.toMap(AgendaVersion.Item::itemId, Function.identity()));
    }
}
