package org.plenary.events.registration;

import java.time.Instant;
import java.util.UUID;

/** A participant's registration was cancelled; the place is free again. Key: the delegation. */
public record ParticipantCancelled(UUID participantId, String meetingId, String memberState, String name,
                                   String role, String cancelledBy, Instant at) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.participant-cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
