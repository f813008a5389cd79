package org.plenary.events.agenda;

import java.util.Map;
import java.util.UUID;

/**
 * An item was put on a meeting's agenda. Key: the meeting id (the agenda is one aggregate, so its items' events stay in
 * order).
 *
 * @param itemId            stable identity; the number may change when the agenda is renumbered
 * @param documentReference the council document, e.g. {@code C20/55}; null for items without one
 * @param outcome           NONE, DECISION, RESOLUTION, RESOLUTION_AND_DECISION or UNSPECIFIED
 * @param venue             VIRTUAL_CONSULTATION or PHYSICAL_MEETING
 * @param proposals         member states' proposals counted by kind (MOVE_TO_PHYSICAL_MEETING, ...)
 */
public record AgendaItemAdded(
        String meetingId,
        UUID itemId,
        int number,
        Map<String, String> title,
        String documentReference,
        String outcome,
        String venue,
        Map<String, Integer> proposals) implements AgendaItemState, AgendaEvent {

    public static final String TYPE = "plenary.agenda.item-added.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
