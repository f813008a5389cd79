package org.plenary.events.registration;

import java.time.Instant;
import java.util.UUID;

/**
 * A delegation asks for an additional speaker for one session or one agenda item. Key: the delegation.
 *
 * @param scope      SESSION or ITEM
 * @param scopeId    the session's or the item's id (from agenda.events)
 * @param scopeLabel how people name it: "Session 2020-06-09 12:00" or "Item 5 (C20/55)"
 */
public record AdditionalSpeakerRequested(UUID requestId, String meetingId, String memberState, UUID participantId,
                                         String participantName, String scope, UUID scopeId, String scopeLabel,
                                         String reason, Instant at) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.additional-speaker-requested.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
