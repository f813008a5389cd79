package org.plenary.events.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A participant moved between speaker and viewer, or left the waiting list for a viewer place (previousStatus
 * WAITING). Their link now leads by the new role. Key: the delegation.
 *
 * @param sealedJoinLink the participant's link, sealed as in ParticipantRegistered: new when promoted from the waiting
 *                       list, null when unchanged
 */
public record ParticipantRoleChanged(UUID participantId, String meetingId, String memberState, String name,
                                     String email, String language, String role, String previousRole,
                                     String previousStatus, String sealedJoinLink, Instant at) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.participant-role-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
