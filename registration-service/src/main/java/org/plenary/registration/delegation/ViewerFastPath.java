package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.plenary.events.outbox.Outbox;
import org.plenary.platform.idempotency.IdempotencyKeys;
import org.plenary.platform.security.Caller;
import org.plenary.registration.capacity.Delegation;
import org.plenary.registration.capacity.DelegationRepository;
import org.plenary.registration.capacity.MeetingCapacityRepository;

import java.time.Clock;
import java.util.Optional;

/**
 * The common case, a viewer registering while the pool has room, without the meeting's lock: everything is written
 * first, then the delegation's counter and the pool's are each raised by one atomic UPDATE, the pool's on the
 * condition that a place is left, just before the commit. So the meeting's row is held for that statement and the
 * commit, not for the whole registration, and registrations of one meeting run side by side instead of queueing on
 * it: "used" still never passes "capacity". A place freed in the pool always goes to the waiting list first (under
 * the lock, in the same transaction), so room here means nobody is waiting. What this path cannot settle — no room, a
 * delegation not yet opened, the same person registered at the same moment — rolls back with
 * {@link NeedsTheMeetingLock}, for {@link RegistrationService#register}.
 */
@ApplicationScoped
public class ViewerFastPath {

    private final MeetingCapacityRepository capacities;
    private final DelegationRepository delegations;
    private final ParticipantRepository participants;
    private final RegistrationService registrations;
    private final IdempotencyKeys idempotencyKeys;
    private final JoinLinks links;
    private final Addressees addressees;
    private final Outbox outbox;
    private final Clock clock;

    public ViewerFastPath(MeetingCapacityRepository capacities, DelegationRepository delegations,
                          ParticipantRepository participants, RegistrationService registrations,
                          IdempotencyKeys idempotencyKeys, JoinLinks links, Addressees addressees, Outbox outbox,
                          Clock clock) {
        this.capacities = capacities;
        this.delegations = delegations;
        this.participants = participants;
        this.registrations = registrations;
        this.idempotencyKeys = idempotencyKeys;
        this.links = links;
        this.addressees = addressees;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@link #register} could not settle the registration by itself: it rolled back; use the locked path. */
    public static final class NeedsTheMeetingLock extends RuntimeException {

        NeedsTheMeetingLock() {
            super("needs the meeting's lock", null, false, false);
        }
    }

    @Transactional
    public RegistrationService.Registered register(String meetingId, String memberState, NewParticipant person,
                                                   Caller caller, String idempotencyKey) {
        // The pool's room is checked by the UPDATE at the end (no meeting, or no room: the locked path decides).
        Optional<Delegation> delegation = delegations.find(meetingId, memberState);
        if (delegation.isEmpty()) {
            throw new NeedsTheMeetingLock();
        }
        boolean observer = addressees.admit(meetingId, memberState);
        String scope = IdempotencyKeys.scopeOf(caller);
        Optional<RegistrationService.Registered> earlier = registrations.replayOrRefuseTwice(meetingId, memberState,
                person, scope, idempotencyKey, caller, observer);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Participant participant = Participant.of(delegation.get(), person, clock.instant());
        JoinLinks.Issued issued = links.issue(participant.id);
        participant.activate(Participant.Role.VIEWER, issued, participant.registeredAt);
        try {
            participants.persist(participant);
            participants.flush();
        } catch (PersistenceException sameEmailAtTheSameMoment) {
            throw new NeedsTheMeetingLock();
        }
        outbox.append(delegation.get().key(), RegistrationEvents.registered(participant, issued));
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
        return new RegistrationService.Registered(participant, issued.link(), true, observer);
    }
}
