package org.plenary.registration.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.plenary.events.EventEnvelope;
import org.plenary.events.PoisonEvent;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.AgendaItemState;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.registration.capacity.MeetingCapacity;
import org.plenary.registration.capacity.MeetingCapacityRepository;
import org.plenary.registration.capacity.PoolsRaised;

import java.time.Clock;

/**
 * Meetings (whom each is for), sessions and items from agenda.events. A meeting's announced capacity opens its pools;
 * once the secretariat has set them here, a later announcement no longer moves them.
 */
@ApplicationScoped
public class AgendaReplicaService {

    private final MeetingReplicaRepository meetings;
    private final SessionReplicaRepository sessions;
    private final AgendaItemReplicaRepository items;
    private final MeetingCapacityRepository capacities;
    private final Event<PoolsRaised> poolsRaised;
    private final Clock clock;

    public AgendaReplicaService(MeetingReplicaRepository meetings, SessionReplicaRepository sessions,
                                AgendaItemReplicaRepository items, MeetingCapacityRepository capacities,
                                Event<PoolsRaised> poolsRaised, Clock clock) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.items = items;
        this.capacities = capacities;
        this.poolsRaised = poolsRaised;
        this.clock = clock;
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
        meeting.addressedTo = audience(event);
        meeting.observersAllowed = event.admitsObservers();
        meeting.updatedAt = clock.instant();
        meetings.persist(meeting);

        MeetingScheduled.Capacity announced = event.capacity();
        if (announced == null) {
            return;
        }
        MeetingCapacity capacity = capacities.findByIdOptional(event.meetingId(), LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(MeetingCapacity::new);
        if (capacity.setBy != null) {
            return;
        }
        capacity.meetingId = event.meetingId();
        capacity.speakers = announced.speakers();
        capacity.viewers = announced.viewers();
        capacity.speakersPerDelegationMin = announced.speakersPerDelegationMin();
        capacity.speakersPerDelegationMax = announced.speakersPerDelegationMax();
        capacity.updatedAt = clock.instant();
        capacities.persist(capacity);
        poolsRaised.fire(new PoolsRaised(capacity));
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

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, SessionScheduled event) {
        SessionReplica session = sessions.findByIdOptional(event.sessionId()).orElseGet(SessionReplica::new);
        if (!envelope.newerThan(session.appliedVersion)) {
            return;
        }
        session.appliedVersion = envelope.aggregateversion();
        session.id = event.sessionId();
        session.meetingId = event.meetingId();
        session.startsAt = event.startsAt();
        session.endsAt = event.endsAt();
        session.title = event.title();
        session.cancelledAt = null;
        sessions.persist(session);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, SessionCancelled event) {
        sessions.findByIdOptional(event.sessionId()).filter(session -> envelope.newerThan(session.appliedVersion))
                .ifPresent(session -> {
                    session.appliedVersion = envelope.aggregateversion();
                    session.cancelledAt = clock.instant();
                });
    }

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
        item.documentReference = event.documentReference();
        item.title = event.title();
        item.removedAt = null;
        items.persist(item);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope, AgendaItemRemoved event) {
        items.findByIdOptional(event.itemId()).filter(item -> envelope.newerThan(item.appliedVersion))
                .ifPresent(item -> {
                    item.appliedVersion = envelope.aggregateversion();
                    item.removedAt = clock.instant();
                });
    }
}
