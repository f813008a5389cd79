package org.plenary.events.agenda;

import java.util.Map;
import java.util.UUID;

/** An item's number, title, document, outcome, venue or proposal counts changed; carries the full new state. */
public record AgendaItemChanged(
        String meetingId,
        UUID itemId,
        int number,
        Map<String, String> title,
        String documentReference,
        String outcome,
        String venue,
        Map<String, Integer> proposals) implements AgendaItemState, AgendaEvent {

    public static final String TYPE = "plenary.agenda.item-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
