package org.plenary.registration.delegation;

import org.plenary.events.registration.ParticipantCancelled;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.registration.capacity.Delegation;

import java.time.Instant;
import java.util.List;

/** The events a delegation's participants publish, each built in one place from the entity. */
final class RegistrationEvents {

    private RegistrationEvents() {
    }

    /** @param link the personal link when one was issued (the participant is active), else null: sealed in the event */
    static ParticipantRegistered registered(Participant p, JoinLinks.Issued link) {
        return new ParticipantRegistered(p.id, p.meetingId, p.memberState, p.name, p.email, p.function, p.language,
                p.role.name(), p.status.name(), link == null ? null : link.sealed(), p.registeredAt);
    }

    /**
     * The participant as it is now, and what it was before: a role change, a promotion from the waiting list, or
     * both. {@code link} is the new personal link when the change issued one (sealed in the event), else null.
     */
    static ParticipantRoleChanged roleChanged(Participant p, Participant.Role previousRole,
                                              Participant.Status previousStatus, JoinLinks.Issued link) {
        return new ParticipantRoleChanged(p.id, p.meetingId, p.memberState, p.name, p.email, p.language,
                p.role.name(), previousRole.name(), previousStatus.name(), link == null ? null : link.sealed(),
                p.updatedAt);
    }

    static ParticipantCancelled cancelled(Participant p) {
        return new ParticipantCancelled(p.id, p.meetingId, p.memberState, p.name, p.role.name(), p.cancelledBy,
                p.cancelledAt);
    }

    /** The delegation's whole current speaker list, for the email to the speaker-registration mailbox. */
    static SpeakersChanged speakers(Delegation delegation, List<Participant> activeSpeakers, Instant at) {
        return new SpeakersChanged(delegation.meetingId, delegation.memberState, activeSpeakers.stream()
                .map(p -> new SpeakersChanged.Speaker(p.id, p.name, p.email, p.function)).toList(), at);
    }
}
