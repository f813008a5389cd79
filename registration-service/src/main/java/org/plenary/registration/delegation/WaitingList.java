package org.plenary.registration.delegation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.plenary.events.outbox.Outbox;
import org.plenary.registration.capacity.Delegation;
import org.plenary.registration.capacity.DelegationRepository;
import org.plenary.registration.capacity.MeetingCapacity;
import org.plenary.registration.capacity.Places;
import org.plenary.registration.capacity.PoolsRaised;

import java.time.Clock;
import java.util.Optional;

/**
 * Free viewer places go to the waiting list first, in the order of waiting; each promoted participant gets a link
 * (emailed by notification-service from the event). Called with the meeting's capacity row locked: after a viewer
 * leaves, a speaker becomes a viewer no longer, or the pools are raised.
 */
@ApplicationScoped
public class WaitingList {

    private final ParticipantRepository participants;
    private final DelegationRepository delegations;
    private final Places places;
    private final JoinLinks links;
    private final Outbox outbox;
    private final Clock clock;

    public WaitingList(ParticipantRepository participants, DelegationRepository delegations, Places places,
                       JoinLinks links, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.delegations = delegations;
        this.places = places;
        this.links = links;
        this.outbox = outbox;
        this.clock = clock;
    }

    void promote(MeetingCapacity capacity) {
        while (Places.viewerPlaceLeft(capacity)) {
            Optional<Participant> next = participants.firstWaiting(capacity.meetingId);
            if (next.isEmpty()) {
                return;
            }
            Participant participant = next.get();
            Delegation delegation = delegations.findById(participant.delegationId);
            places.takeViewer(capacity, delegation);
            JoinLinks.Issued issued = links.issue(participant.id);
            Participant.Role previous = participant.role;
            participant.activate(Participant.Role.VIEWER, issued, clock.instant());
            participants.flush();
            outbox.append(delegation.key(), RegistrationEvents.roleChanged(participant, previous,
                    Participant.Status.WAITING, issued));
        }
    }

    void onPoolsRaised(@Observes PoolsRaised raised) {
        promote(raised.capacity());
    }
}
