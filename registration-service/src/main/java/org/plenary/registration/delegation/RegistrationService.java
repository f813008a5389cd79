package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.registration.capacity.Delegation;
import org.plenary.registration.capacity.DelegationRepository;
import org.plenary.registration.capacity.MeetingCapacity;
import org.plenary.registration.capacity.MeetingCapacityRepository;
import org.plenary.registration.capacity.Places;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delegations' participants within the meeting's pools. Every change of a place first locks the meeting's capacity
 * row (then the delegation's), so "used" never passes "capacity", whatever the concurrency or the number of
 * replicas; the counters and the rows change in the same transaction as the events that announce them. The one
 * exception is the common case, a viewer registering while the pool has room ({@link ViewerFastPath}): there one
 * conditional UPDATE of the pool's counter, last before the commit, holds the same guarantee with the row held for
 * a moment instead of the whole registration.
 */
@ApplicationScoped
public class RegistrationService {

    private final MeetingCapacityRepository capacities;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final Places places;
    private final IdempotencyKeys idempotencyKeys;
    private final JoinLinks links;
    private final WaitingList waitingList;
    private final Addressees addressees;
    private final Outbox outbox;
    private final Clock clock;

    public RegistrationService(MeetingCapacityRepository capacities, DelegationRepository delegations,
                               ParticipantRepository participants, Places places, IdempotencyKeys idempotencyKeys,
                               JoinLinks links, WaitingList waitingList, Addressees addressees, Outbox outbox,
                               Clock clock) {
        this.capacities = capacities;
        this.delegations = delegations;
        this.participants = participants;
        this.places = places;
        this.idempotencyKeys = idempotencyKeys;
        this.links = links;
        this.waitingList = waitingList;
        this.addressees = addressees;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param joinLink the personal link, given only when it is issued (registration, promotion, rotation)
     * @param created  false when an earlier request with the same Idempotency-Key registered the participant
     * @param observer the delegation takes part as an observer: the meeting is not addressed to its state
     */
    public record Registered(Participant participant, String joinLink, boolean created, boolean observer) {
    }

    @Transactional
    public Registered register(String meetingId, String memberState, NewParticipant person, Caller caller,
                               String idempotencyKey) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        boolean observer = addressees.admit(meetingId, memberState);
        String scope = IdempotencyKeys.scopeOf(caller);
        Optional<Registered> earlier = replayOrRefuseTwice(meetingId, memberState, person, scope, idempotencyKey,
                caller, observer);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Delegation delegation = delegations.find(meetingId, memberState).orElseGet(() -> open(meetingId, memberState));
        Instant now = clock.instant();
        Participant participant = Participant.of(delegation, person, now);
        JoinLinks.Issued link = null;
        if (person.role() == Participant.Role.VIEWER && !Places.viewerPlaceLeft(capacity) && person.waitIfFull()) {
            participant.status = Participant.Status.WAITING;
            participant.waitingSince = now;
        } else {
            if (person.role() == Participant.Role.SPEAKER) {
                places.takeSpeaker(capacity, delegation);
            } else {
                places.takeViewer(capacity, delegation);
            }
            link = links.issue(participant.id);
            participant.activate(person.role(), link, now);
        }
        participants.persist(participant);
        outbox.append(delegation.key(), RegistrationEvents.registered(participant, link));
        if (participant.isActiveSpeaker()) {
            announceSpeakers(delegation);
        }
        idempotencyKeys.complete(scope, idempotencyKey, participant.id.toString());
        return new Registered(participant, link == null ? null : link.link(), true, observer);
    }

    /**
     * Claims the Idempotency-Key: the earlier result when it was used before; refuses a person already registered
     * for the meeting; empty when the registration may go on.
     */
    Optional<Registered> replayOrRefuseTwice(String meetingId, String memberState, NewParticipant person,
                                             String scope, String idempotencyKey, Caller caller, boolean observer) {
        Optional<String> earlier = idempotencyKeys.claim(scope, idempotencyKey,
                "POST /meetings/" + meetingId + "/delegations/" + memberState + "/participants", person);
        if (earlier.isPresent()) {
            return Optional.of(new Registered(participants.findById(UUID.fromString(earlier.get())), null, false,
                    observer));
        }
        participants.registered(meetingId, person.email()).ifPresent(existing -> {
            throw new AlreadyRegistered(existing, caller);
        });
        return Optional.empty();
    }

    /** Moves an active participant to the other role, if that role has a place; the old place is freed. */
    @Transactional
    public Participant changeRole(String meetingId, String memberState, UUID participantId, Participant.Role role) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        Delegation delegation = delegation(meetingId, memberState);
        Participant participant = participant(delegation, participantId);
        if (participant.status == Participant.Status.CANCELLED) {
            throw new ParticipantNotActive(participant);
        }
        if (participant.status == Participant.Status.WAITING) {
            return role == Participant.Role.SPEAKER ? speakFromWaitingList(capacity, delegation, participant)
                    : participant;
        }
        if (participant.role == role) {
            return participant;
        }
        Participant.Role previous = participant.role;
        if (role == Participant.Role.SPEAKER) {
            places.takeSpeaker(capacity, delegation);
            places.freeViewer(capacity, delegation);
        } else {
            places.takeViewer(capacity, delegation);
            places.freeSpeaker(capacity, delegation);
        }
        participant.role = role;
        participant.updatedAt = clock.instant();
        outbox.append(delegation.key(), RegistrationEvents.roleChanged(participant, previous, Participant.Status.ACTIVE, null));
        announceSpeakers(delegation);
        if (role == Participant.Role.SPEAKER) {
            waitingList.promote(capacity);
        }
        return participant;
    }

    /** A participant waiting for a viewer place becomes a speaker, if there is a speaker place: a link at last. */
    private Participant speakFromWaitingList(MeetingCapacity capacity, Delegation delegation, Participant participant) {
        places.takeSpeaker(capacity, delegation);
        JoinLinks.Issued issued = links.issue(participant.id);
        Participant.Role previous = participant.role;
        participant.activate(Participant.Role.SPEAKER, issued, clock.instant());
        outbox.append(delegation.key(), RegistrationEvents.roleChanged(participant, previous, Participant.Status.WAITING,
                issued));
        announceSpeakers(delegation);
        return participant;
    }

    /** Frees the participant's place (a viewer's goes to the first on the waiting list); the link stops working. */
    @Transactional
    public Participant cancel(String meetingId, String memberState, UUID participantId, Caller caller) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        Delegation delegation = delegation(meetingId, memberState);
        Participant participant = participant(delegation, participantId);
        if (participant.status == Participant.Status.CANCELLED) {
            throw new ParticipantNotActive(participant);
        }
        boolean wasSpeaker = participant.isActiveSpeaker();
        boolean wasViewer = participant.isActiveViewer();
        if (wasSpeaker) {
            places.freeSpeaker(capacity, delegation);
        } else if (wasViewer) {
            places.freeViewer(capacity, delegation);
        }
        participant.status = Participant.Status.CANCELLED;
        participant.joinTokenHash = null;
        participant.cancelledAt = clock.instant();
        participant.cancelledBy = caller.memberState().orElse("secretariat");
        participant.updatedAt = participant.cancelledAt;
        outbox.append(delegation.key(), RegistrationEvents.cancelled(participant));
        if (wasSpeaker) {
            announceSpeakers(delegation);
        }
        if (wasViewer) {
            waitingList.promote(capacity);
        }
        return participant;
    }

    /**
     * A new link for an active participant; the old one answers 410 from now on. It takes the meeting's lock like every
     * other change of a participant: a rotation racing a cancellation must not write the participant back ACTIVE.
     */
    @Transactional
    public Registered rotateLink(String meetingId, String memberState, UUID participantId) {
        capacities.lock(meetingId);
        Delegation delegation = delegation(meetingId, memberState);
        Participant participant = participant(delegation, participantId);
        if (participant.status != Participant.Status.ACTIVE) {
            throw new ParticipantNotActive(participant);
        }
        JoinLinks.Issued issued = links.issue(participant.id);
        participant.joinTokenHash = issued.hash();
        participant.updatedAt = clock.instant();
        return new Registered(participant, issued.link(), true, addressees.observer(meetingId, memberState));
    }

    @Transactional
    public List<Participant> list(String meetingId, String memberState) {
        return delegations.find(meetingId, memberState).map(d -> participants.listByDelegation(d.id))
                .orElse(List.of());
    }

    @Transactional
    public Participant find(String meetingId, String memberState, UUID participantId) {
        return participant(delegation(meetingId, memberState), participantId);
    }

    private Delegation open(String meetingId, String memberState) {
        Delegation delegation = new Delegation();
        delegation.id = UUID.randomUUID();
        delegation.meetingId = meetingId;
        delegation.memberState = memberState;
        delegations.persist(delegation);
        return delegation;
    }

    private Delegation delegation(String meetingId, String memberState) {
        return delegations.find(meetingId, memberState)
                .orElseThrow(() -> new NotFound("Delegation", meetingId + "/" + memberState));
    }

    /** Another delegation's participant is not found here: its id tells nothing. */
    private Participant participant(Delegation delegation, UUID participantId) {
        return participants.findByIdOptional(participantId).filter(p -> p.delegationId.equals(delegation.id))
                .orElseThrow(() -> new NotFound("Participant", participantId));
    }

    /** The delegation's full current speaker list, for the email to the speaker-registration mailbox. */
    private void announceSpeakers(Delegation delegation) {
        participants.flush();
        outbox.append(delegation.key(), RegistrationEvents.speakers(delegation, participants.activeSpeakers(delegation.id), clock.instant()));
    }
}
