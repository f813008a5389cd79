package org.plenary.events.registration;

import java.time.Instant;
import java.util.UUID;

/** The secretariat granted or refused an additional speaker, with its reason. Key: the delegation. */
public record AdditionalSpeakerDecided(UUID requestId, String meetingId, String memberState, UUID participantId,
                                       String participantName, String scope, UUID scopeId, String scopeLabel,
                                       boolean granted, String reason, String decidedBy, Instant at)
        implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.additional-speaker-decided.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
