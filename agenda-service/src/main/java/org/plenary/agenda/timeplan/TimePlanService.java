package org.plenary.agenda.timeplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.plenary.agenda.agenda.AgendaItem;
import org.plenary.agenda.agenda.AgendaItemRepository;
import org.plenary.agenda.agenda.ItemNotOnAgenda;
import org.plenary.agenda.agenda.ItemRemoved;
import org.plenary.agenda.meeting.Meeting;
import org.plenary.agenda.meeting.MeetingRepository;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.problem.InvalidField;
import org.plenary.platform.problem.NotFound;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The time-management plan: sessions that do not overlap, agenda items allocated to them within their length, each
 * item in one session. Every write locks the meeting row, so two writes cannot each pass a check the other breaks.
 */
@ApplicationScoped
public class TimePlanService {

    private final MeetingRepository meetings;
    private final AgendaItemRepository items;
    private final SessionRepository sessions;
    private final AllocationRepository allocations;
    private final Outbox outbox;
    private final Clock clock;

    public TimePlanService(MeetingRepository meetings, AgendaItemRepository items, SessionRepository sessions,
                           AllocationRepository allocations, Outbox outbox, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.sessions = sessions;
        this.allocations = allocations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The plan as it stands: sessions in order, each with its allocations in order and their items. */
    public record Plan(Meeting meeting, List<Entry> sessions) {

        public boolean published() {
            return meeting.timePlanPublishedAt != null && (meeting.timePlanChangedAt == null
                    || !meeting.timePlanChangedAt.isAfter(meeting.timePlanPublishedAt));
        }

        /** When the plan last changed or was published (or the meeting was created, before either). */
        public Instant revisedAt() {
            return Stream.of(meeting.createdAt, meeting.timePlanPublishedAt, meeting.timePlanChangedAt)
                    .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
        }
    }

    public record Entry(MeetingSession session, List<Slot> slots) {

        public int allocatedMinutes() {
            return slots.stream().mapToInt(s -> s.allocation().minutes).sum();
        }
    }

    public record Slot(SessionAllocation allocation, AgendaItem item) {
    }

    public Plan plan(String meetingId) {
        Meeting meeting = meetings.findByIdOptional(meetingId).orElseThrow(() -> new NotFound("Meeting", meetingId));
        List<MeetingSession> list = sessions.listByMeeting(meetingId);
        Map<UUID, AgendaItem> byId = items.listByMeeting(meetingId).stream()
                .collect(Collectors.toMap(i -> i.id, Function.identity()));
        Map<UUID, List<SessionAllocation>> bySession = allocations.listBySessions(list.stream().map(s -> s.id).toList())
                .stream().collect(Collectors.groupingBy(a -> a.key.sessionId()));
        return new Plan(meeting, list.stream().map(session -> new Entry(session,
                bySession.getOrDefault(session.id, List.of()).stream()
                        .map(a -> new Slot(a, byId.get(a.key.itemId()))).toList())).toList());
    }

    @Transactional
    public MeetingSession schedule(String meetingId, NewSession newSession) {
        Meeting meeting = meetings.lock(meetingId);
        if (!newSession.end().isAfter(newSession.start())) {
            throw new InvalidField("end", "after-start", "must be after the start (" + newSession.start() + ")");
        }
        Languages.requireEnglish("title", newSession.title());
        sessions.listByMeeting(meetingId).stream()
                .filter(other -> other.overlaps(newSession.date(), newSession.start(), newSession.end()))
                .findFirst().ifPresent(other -> {
                    throw new SessionsOverlap(other);
                });
        MeetingSession session = new MeetingSession();
        session.id = UUID.randomUUID();
        session.meetingId = meetingId;
        session.title = newSession.title();
        session.date = newSession.date();
        session.start = newSession.start();
        session.end = newSession.end();
        session.createdAt = clock.instant();
        sessions.persist(session);
        ZoneId zone = ZoneId.of(meeting.timeZone);
        outbox.append(meetingId, new SessionScheduled(meetingId, session.id,
                session.title, session.date, session.start, session.end, meeting.timeZone, session.startsAt(zone),
                session.endsAt(zone)));
        changed(meeting);
        return session;
    }

    @Transactional
    public void cancel(String meetingId, UUID sessionId) {
        Meeting meeting = meetings.lock(meetingId);
        MeetingSession session = sessions.find(meetingId, sessionId)
                .orElseThrow(() -> new NotFound("Session", sessionId));
        allocations.deleteBySession(session.id);
        sessions.delete(session);
        outbox.append(meetingId, new SessionCancelled(meetingId, sessionId));
        changed(meeting);
    }

    /** Replaces the session's allocations; the whole list is checked before anything is written. */
    @Transactional
    public void allocate(String meetingId, UUID sessionId, List<ItemMinutes> requested) {
        Meeting meeting = meetings.lock(meetingId);
        MeetingSession session = sessions.find(meetingId, sessionId)
                .orElseThrow(() -> new NotFound("Session", sessionId));
        int itemCount = (int) items.count("meetingId = ?1 and removedAt is null", meetingId);
        Set<Integer> seen = new HashSet<>();
        List<AgendaItem> allocated = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "[" + i + "].itemNumber";
            int number = requested.get(i).itemNumber();
            if (!seen.add(number)) {
                throw new InvalidField(field, "unique", "item " + number + " is listed twice");
            }
            AgendaItem item = items.findByNumber(meetingId, number)
                    .orElseThrow(() -> new ItemNotOnAgenda(field, number, itemCount));
            allocations.findByItem(item.id).filter(a -> !a.key.sessionId().equals(sessionId))
                    .ifPresent(a -> {
                        throw new ItemAlreadyAllocated(field, number, a.key.sessionId());
                    });
            allocated.add(item);
        }
        int total = requested.stream().mapToInt(ItemMinutes::minutes).sum();
        if (total > session.minutes()) {
            throw new SessionOverbooked(session.minutes(), total);
        }
        allocations.deleteBySession(sessionId);
        allocations.flush();
        for (int i = 0; i < allocated.size(); i++) {
            SessionAllocation allocation = new SessionAllocation();
            allocation.key = new SessionAllocation.Key(sessionId, allocated.get(i).id);
            allocation.minutes = requested.get(i).minutes();
            allocation.position = i;
            allocations.persist(allocation);
        }
        changed(meeting);
    }

    /**
     * Publishes the plan as it stands, when it has a session; it stays published until the next change. A plan
     * published and unchanged since is not published again: every member state would be sent the same plan twice
     * (a retried request, a second click).
     */
    @Transactional
    public Plan publish(String meetingId) {
        Meeting meeting = meetings.lock(meetingId);
        Plan plan = plan(meetingId);
        if (plan.sessions().isEmpty()) {
            throw new TimePlanEmpty(meetingId);
        }
        if (plan.published()) {
            return plan;
        }
        meeting.timePlanPublishedAt = clock.instant();
        ZoneId zone = ZoneId.of(meeting.timeZone);
        outbox.append(meetingId, new TimePlanPublished(meetingId,
                meeting.timePlanPublishedAt, meeting.timeZone, plan.sessions().stream()
                .map(e -> new TimePlanPublished.Session(e.session().id, e.session().startsAt(zone),
                        e.session().endsAt(zone), e.slots().stream().map(s -> new TimePlanPublished.Allocation(
                        s.item().id, s.item().number, s.allocation().minutes, s.item().title)).toList(),
                        e.session().title))
                .toList()));
        return plan;
    }

    /** An item taken off the agenda leaves the plan too, in the same transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void itemRemoved(@Observes ItemRemoved removed) {
        if (allocations.findByItem(removed.itemId()).isPresent()) {
            allocations.deleteByItem(removed.itemId());
            changed(removed.meeting());
        }
    }

    private void changed(Meeting meeting) {
        meeting.timePlanChangedAt = clock.instant();
    }
}
