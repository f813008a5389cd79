package org.plenary.events.agenda;

import java.util.Map;
import java.util.UUID;

/**
 * The full state of an agenda item, as both {@link AgendaItemAdded} and {@link AgendaItemChanged} carry it; a
 * replica applies either the same way. The two stay separate types so each can evolve under its own version.
 */
public interface AgendaItemState {

    String meetingId();

    UUID itemId();

    int number();

    Map<String, String> title();

    String documentReference();

    String outcome();

    String venue();

    Map<String, Integer> proposals();
}
