package org.plenary.events.agenda;

import java.util.UUID;

/** An item was taken off the agenda. Key: the meeting id. */
public record AgendaItemRemoved(String meetingId, UUID itemId, int number, String reason) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.item-removed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
