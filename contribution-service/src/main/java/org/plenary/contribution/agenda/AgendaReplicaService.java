package org.plenary.contribution.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;
import org.plenary.events.PoisonEvent;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.AgendaItemState;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Keeps the replica of meetings and agenda items; every event carries full state, so applying one is an upsert. */
@ApplicationScoped
public class AgendaReplicaService {

    private final MeetingReplicaRepository meetings;
    private final AgendaItemReplicaRepository items;
    private final Clock clock;

    public AgendaReplicaService(MeetingReplicaRepository meetings, AgendaItemReplicaRepository items, Clock clock) {
        this.meetings = meetings;
        this.items = items;
        this.clock = clock;
    }

    public Optional<MeetingReplica> meeting(String meetingId) {
        return meetings.findByIdOptional(meetingId);
    }

    /** The items on the meeting's agenda now, in order. */
    public List<AgendaItemReplica> items(String meetingId) {
        return items.listOnAgenda(meetingId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, MeetingScheduled event) {
        MeetingReplica meeting = meetings.findByIdOptional(event.meetingId()).orElseGet(MeetingReplica::new);
        if (!envelope.newerThan(meeting.appliedVersion)) {
            return;
        }
        meeting.appliedVersion = envelope.aggregateversion();
        meeting.id = event.meetingId();
        meeting.title = event.title();
        meeting.timeZone = event.timeZone();
        meeting.startsOn = event.startsOn();
        meeting.contributionDeadline = event.contributionDeadline();
        meeting.addressedTo = audience(event);
        meeting.observersAllowed = event.admitsObservers();
        meeting.updatedAt = clock.instant();
        meetings.persist(meeting);
    }

    /** The v1 contract knows two audiences: another value is data that does not fit the type. */
    private static MeetingReplica.Audience audience(MeetingScheduled event) {
        try {
            return MeetingReplica.Audience.valueOf(event.audience());
        } catch (IllegalArgumentException unknown) {
            throw new PoisonEvent("MeetingScheduled " + event.meetingId() + ": addressedTo '" + event.audience()
                    + "' is neither " + MeetingScheduled.COUNCIL_MEMBER_STATES + " nor "
                    + MeetingScheduled.ALL_MEMBER_STATES, unknown);
        }
    }

    /** Events of one meeting arrive in order, so its replica exists by the time its deadline moves. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, ContributionDeadlineChanged event) {
        MeetingReplica meeting = meetings.findByIdOptional(event.meetingId()).orElse(null);
        if (meeting == null || !envelope.newerThan(meeting.appliedVersion)) {
            return;
        }
        meeting.appliedVersion = envelope.aggregateversion();
        meeting.contributionDeadline = event.deadline();
        meeting.updatedAt = clock.instant();
    }

    /** A removed item is no longer one a contribution may refer to; kept, marked, for those already made on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, AgendaItemRemoved event) {
        AgendaItemReplica item = items.findByIdOptional(event.itemId()).orElse(null);
        if (item == null || !envelope.newerThan(item.appliedVersion)) {
            return;
        }
        item.appliedVersion = envelope.aggregateversion();
        item.removedAt = clock.instant();
        item.updatedAt = clock.instant();
    }

    /** Added or changed: the event carries the item's full state, so both are an upsert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, AgendaItemState event) {
        AgendaItemReplica item = items.findByIdOptional(event.itemId()).orElseGet(AgendaItemReplica::new);
        if (!envelope.newerThan(item.appliedVersion)) {
            // An older state than the one held (a removal included) arriving again: it changes nothing.
            return;
        }
        item.appliedVersion = envelope.aggregateversion();
        item.id = event.itemId();
        item.meetingId = event.meetingId();
        item.number = event.number();
        item.title = event.title();
        item.documentReference = event.documentReference();
        item.outcome = event.outcome();
        item.removedAt = null;
        item.updatedAt = clock.instant();
        items.persist(item);
    }
}
