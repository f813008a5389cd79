package org.plenary.events.agenda;

import java.util.UUID;

/** A session was taken out of the time plan. Key: the meeting id. */
public record SessionCancelled(String meetingId, UUID sessionId) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.session-cancelled.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
