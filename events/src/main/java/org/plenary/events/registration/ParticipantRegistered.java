package org.plenary.events.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation registered a participant. Key: the delegation ({@code <meetingId>/<memberState>}).
 *
 * @param role     SPEAKER or VIEWER
 * @param status   ACTIVE, or WAITING for a viewer place (then no link yet)
 * @param sealedJoinLink the participant's personal link for the email, sealed for notification-service (events'
 *                       sealing/Sealer, context: the participant's id); null while waiting
 */
public record ParticipantRegistered(UUID participantId, String meetingId, String memberState, String name,
                                    String email, String function, String language, String role, String status,
                                    String sealedJoinLink, Instant at) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.participant-registered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
