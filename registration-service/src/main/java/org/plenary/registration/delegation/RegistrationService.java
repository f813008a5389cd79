package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.plenary.events.Topics;
import org.plenary.events.outbox.Outbox;
import org.plenary.events.registration.ParticipantCancelled;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.problem.NotFound;
import org.plenary.platform.security.Caller;
import org.plenary.registration.additional.AdditionalSpeakerRequestRepository;
import org.plenary.registration.join.JoinLinks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delegations' participants within the meeting's pools. Every change of a place first locks the meeting's capacity
 * row (then the delegation's), so "used" never passes "capacity", whatever the concurrency or the number of
 * replicas; the counters and the rows change in the same transaction as the events that announce them. The one
 * exception is the common case, a viewer registering while the pool has room ({@link #registerViewer}): there one
 * conditional UPDATE of the pool's counter, last before the commit, holds the same guarantee with the row held for
 * a moment instead of the whole registration.
 */
@ApplicationScoped
public class RegistrationService {

    private final MeetingCapacityRepository capacities;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final AdditionalSpeakerRequestRepository grants;
    private final IdempotencyKeys idempotencyKeys;
    private final JoinLinks links;
    private final Outbox outbox;
    private final Clock clock;

    public RegistrationService(MeetingCapacityRepository capacities, DelegationRepository delegations,
                               ParticipantRepository participants, AdditionalSpeakerRequestRepository grants,
                               IdempotencyKeys idempotencyKeys, JoinLinks links, Outbox outbox, Clock clock) {
        this.capacities = capacities;
        this.delegations = delegations;
        this.participants = participants;
        this.grants = grants;
        this.idempotencyKeys = idempotencyKeys;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * @param joinLink the personal link, given only when it is issued (registration, promotion, rotation)
     * @param created  false when an earlier request with the same Idempotency-Key registered the participant
     */
    public record Registered(Participant participant, String joinLink, boolean created) {
    }

    @Transactional
    public Registered register(String meetingId, String memberState, RegisterRequest request, Caller caller,
                               String idempotencyKey) {
        MeetingCapacity capacity = capacities.lock(meetingId);
        String scope = IdempotencyKeys.scopeOf(caller);
        Optional<Registered> earlier = replayOrRefuseTwice(meetingId, memberState, request, scope, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Delegation delegation = delegations.find(meetingId, memberState).orElseGet(() -> open(meetingId, memberState));
        Instant now = clock.instant();
        Participant participant = newParticipant(delegation, request, now);
        String link = null;
        if (request.role() == Participant.Role.SPEAKER) {
            takeSpeakerPlace(capacity, delegation);
        } else if (capacity.viewersUsed < capacity.viewers) {
            takeViewerPlace(capacity, delegation);
        } else if (request.waitIfFull()) {
            participant.status = Participant.Status.WAITING;
            participant.waitingSince = now;
        } else {
            throw PlaceUnavailable.viewerPool(meetingId, capacity.viewers, capacity.viewersUsed);
        }
        if (participant.status == null) {
            participant.status = Participant.Status.ACTIVE;
            JoinLinks.Issued issued = links.issue();
            participant.joinTokenHash = issued.hash();
            link = issued.link();
        }
        participants.persist(participant);
        announceRegistered(delegation, participant, link);
        if (participant.isActiveSpeaker()) {
            announceSpeakers(delegation);
        }
        idempotencyKeys.complete(scope, idempotencyKey, participant.id.toString());
        return new Registered(participant, link, true);
    }

    /**
     * A viewer's registration while the pool has room, without the meeting's lock: everything is written first, then
     * the delegation's counter and the pool's are each raised by one atomic UPDATE, the pool's on the condition that
     * a place is left, just before the commit. So the meeting's row is held for that statement and the commit, not
     * for the whole registration, and registrations of one meeting run side by side instead of queueing on it.
     * A place freed in the pool always goes to the waiting list first (under the lock, in the same transaction), so
     * room here means nobody is waiting. What this path cannot settle — no room, a delegation not yet opened, the same
     * person registered at the same moment — rolls back with {@link NeedsTheMeetingLock}, for {@link #register}.
     */
    @Transactional
    public Registered registerViewer(String meetingId, String memberState, RegisterRequest request, Caller caller,
                                     String idempotencyKey) {
        // The pool's room is checked by the UPDATE at the end (no meeting, or no room: the locked path decides).
        Optional<Delegation> delegation = delegations.find(meetingId, memberState);
        if (delegation.isEmpty()) {
            throw new NeedsTheMeetingLock();
        }
        String scope = IdempotencyKeys.scopeOf(caller);
        Optional<Registered> earlier = replayOrRefuseTwice(meetingId, memberState, request, scope, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Participant participant = newParticipant(delegation.get(), request, clock.instant());
        participant.status = Participant.Status.ACTIVE;
        JoinLinks.Issued issued = links.issue();
        participant.joinTokenHash = issued.hash();
        try {
            participants.persist(participant);
            participants.flush();
        } catch (PersistenceException sameEmailAtTheSameMoment) {
            throw new NeedsTheMeetingLock();
        }
        announceRegistered(delegation.get(), participant, issued.link());
        idempotencyKeys.complete(scope, idempotencyKey, participant.id.toString());
        // The pool's row before the delegation's, as under the lock: the same order everywhere, so no deadlock; should
        // the database still pick this transaction to break one, the locked path takes over.
        try {
            if (!capacities.takeViewerPlace(meetingId)) {
                throw new NeedsTheMeetingLock();
            }
            delegations.countViewer(delegation.get().id);
        } catch (PersistenceException lockNotGranted) {
            throw new NeedsTheMeetingLock();
        }
        return new Registered(participant, issued.link(), true);
    }

    /** {@link #registerViewer} could not settle the registration by itself: it rolled back; use {@link #register}. */
    public static final class NeedsTheMeetingLock extends RuntimeException {

        NeedsTheMeetingLock() {
            super("needs the meeting's lock", null, false, false);
        }
    }

    /**
     * Claims the Idempotency-Key: the earlier result when it was used before; refuses a person already registered
     * for the meeting; empty when the registration may go on.
     */
    private Optional<Registered> replayOrRefuseTwice(String meetingId, String memberState, RegisterRequest request,
                                                     String scope, String idempotencyKey) {
        Optional<String> earlier = idempotencyKeys.claim(scope, idempotencyKey,
                "POST /meetings/" + meetingId + "/delegations/" + memberState + "/participants", request);
        if (earlier.isPresent()) {
            return Optional.of(new Registered(participants.findById(UUID.fromString(earlier.get())), null, false));
        }
        participants.registered(meetingId, request.email()).ifPresent(existing -> {
            throw new AlreadyRegistered(existing);
        });
        return Optional.empty();
    }

    private Participant newParticipant(Delegation delegation, RegisterRequest request, Instant now) {
        Participant participant = new Participant();
        participant.id = UUID.randomUUID();
        participant.delegationId = delegation.id;
        participant.meetingId = delegation.meetingId;
        participant.memberState = delegation.memberState;
        participant.name = request.name().strip();
        participant.email = request.email().strip();
        participant.function = request.function() == null ? null : request.function().strip();
        participant.language = request.language();
        participant.role = request.role();
        participant.registeredAt = now;
        participant.updatedAt = now;
        return participant;
    }

    private void announceRegistered(Delegation delegation, Participant participant, String link) {
        outbox.append(Topics.REGISTRATION, delegation.key(), ParticipantRegistered.TYPE,
                new ParticipantRegistered(participant.id, participant.meetingId, participant.memberState,
                        participant.name, participant.email, participant.function, participant.language,
                        participant.role.name(), participant.status.name(), link, participant.registeredAt));
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
            takeSpeakerPlace(capacity, delegation);
            freeViewerPlace(capacity, delegation);
        } else {
            if (capacity.viewersUsed >= capacity.viewers) {
                throw PlaceUnavailable.viewerPool(meetingId, capacity.viewers, capacity.viewersUsed);
            }
            takeViewerPlace(capacity, delegation);
            freeSpeakerPlace(capacity, delegation);
        }
        participant.role = role;
        participant.updatedAt = clock.instant();
        outbox.append(Topics.REGISTRATION, delegation.key(), ParticipantRoleChanged.TYPE,
                new ParticipantRoleChanged(participant.id, meetingId, memberState, participant.name,
                        participant.email, participant.language, role.name(), previous.name(),
                        Participant.Status.ACTIVE.name(), null, participant.updatedAt));
        announceSpeakers(delegation);
        if (role == Participant.Role.SPEAKER) {
            promoteWaiting(capacity);
        }
        return participant;
    }

    /** A participant waiting for a viewer place becomes a speaker, if there is a speaker place: a link at last. */
    private Participant speakFromWaitingList(MeetingCapacity capacity, Delegation delegation, Participant participant) {
        takeSpeakerPlace(capacity, delegation);
        JoinLinks.Issued issued = links.issue();
        participant.status = Participant.Status.ACTIVE;
        participant.role = Participant.Role.SPEAKER;
        participant.joinTokenHash = issued.hash();
        participant.waitingSince = null;
        participant.updatedAt = clock.instant();
        outbox.append(Topics.REGISTRATION, delegation.key(), ParticipantRoleChanged.TYPE,
                new ParticipantRoleChanged(participant.id, participant.meetingId, participant.memberState,
                        participant.name, participant.email, participant.language, Participant.Role.SPEAKER.name(),
                        Participant.Role.VIEWER.name(), Participant.Status.WAITING.name(), issued.link(),
                        participant.updatedAt));
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
            freeSpeakerPlace(capacity, delegation);
        } else if (wasViewer) {
            freeViewerPlace(capacity, delegation);
        }
        participant.status = Participant.Status.CANCELLED;
        participant.joinTokenHash = null;
        participant.cancelledAt = clock.instant();
        participant.cancelledBy = caller.memberState().orElse("secretariat");
        participant.updatedAt = participant.cancelledAt;
        outbox.append(Topics.REGISTRATION, delegation.key(), ParticipantCancelled.TYPE,
                new ParticipantCancelled(participant.id, meetingId, memberState, participant.name,
                        participant.role.name(), participant.cancelledBy, participant.cancelledAt));
        if (wasSpeaker) {
            announceSpeakers(delegation);
        }
        if (wasViewer) {
            promoteWaiting(capacity);
        }
        return participant;
    }

    /** A new link for an active participant; the old one answers 410 from now on. */
    @Transactional
    public Registered rotateLink(String meetingId, String memberState, UUID participantId) {
        Delegation delegation = delegation(meetingId, memberState);
        Participant participant = participant(delegation, participantId);
        if (participant.status != Participant.Status.ACTIVE) {
            throw new ParticipantNotActive(participant);
        }
        JoinLinks.Issued issued = links.issue();
        participant.joinTokenHash = issued.hash();
        participant.updatedAt = clock.instant();
        return new Registered(participant, issued.link(), true);
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

    /** A regular speaker must leave room for the additional speakers granted in any one session or item. */
    private void takeSpeakerPlace(MeetingCapacity capacity, Delegation delegation) {
        if (delegation.speakers >= capacity.speakersPerDelegationMax) {
            throw PlaceUnavailable.delegationSpeakers(delegation.memberState, capacity.speakersPerDelegationMax,
                    delegation.speakers);
        }
        int granted = grants.mostGrantedInOneScope(capacity.meetingId);
        if (capacity.speakersUsed + granted >= capacity.speakers) {
            throw PlaceUnavailable.speakerPool(capacity.meetingId, capacity.speakers, capacity.speakersUsed + granted,
                    granted == 0 ? "" : " (" + granted + " of them by additional speakers in one session or item)");
        }
        capacity.speakersUsed++;
        delegation.speakers++;
    }

    private void takeViewerPlace(MeetingCapacity capacity, Delegation delegation) {
        capacity.viewersUsed++;
        delegation.viewers++;
    }

    private static void freeSpeakerPlace(MeetingCapacity capacity, Delegation delegation) {
        capacity.speakersUsed--;
        delegation.speakers--;
    }

    private static void freeViewerPlace(MeetingCapacity capacity, Delegation delegation) {
        capacity.viewersUsed--;
        delegation.viewers--;
    }

    /** Free viewer places go to the waiting list in the order of waiting; each promoted participant gets a link. */
    private void promoteWaiting(MeetingCapacity capacity) {
        while (capacity.viewersUsed < capacity.viewers) {
            Optional<Participant> next = participants.firstWaiting(capacity.meetingId);
            if (next.isEmpty()) {
                return;
            }
            Participant participant = next.get();
            Delegation delegation = delegations.findById(participant.delegationId);
            takeViewerPlace(capacity, delegation);
            JoinLinks.Issued issued = links.issue();
            participant.status = Participant.Status.ACTIVE;
            participant.role = Participant.Role.VIEWER;
            participant.joinTokenHash = issued.hash();
            participant.waitingSince = null;
            participant.updatedAt = clock.instant();
            participants.flush();
            outbox.append(Topics.REGISTRATION, delegation.key(), ParticipantRoleChanged.TYPE,
                    new ParticipantRoleChanged(participant.id, participant.meetingId, participant.memberState,
                            participant.name, participant.email, participant.language,
                            Participant.Role.VIEWER.name(), Participant.Role.VIEWER.name(),
                            Participant.Status.WAITING.name(), issued.link(), participant.updatedAt));
        }
    }

    /** The delegation's full current speaker list, for the email to the speaker-registration mailbox. */
    private void announceSpeakers(Delegation delegation) {
        participants.flush();
        List<SpeakersChanged.Speaker> speakers = participants.activeSpeakers(delegation.id).stream()
                .map(p -> new SpeakersChanged.Speaker(p.id, p.name, p.email, p.function)).toList();
        outbox.append(Topics.REGISTRATION, delegation.key(), SpeakersChanged.TYPE,
                new SpeakersChanged(delegation.meetingId, delegation.memberState, speakers, clock.instant()));
    }
}
