package org.plenary.events.registration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A delegation's speakers changed: the full current list, for the email to the speaker-registration mailbox.
 * Key: the delegation.
 */
public record SpeakersChanged(String meetingId, String memberState, List<Speaker> speakers, Instant at)
        implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.speakers-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    public record Speaker(UUID participantId, String name, String email, String function) {
    }
}
