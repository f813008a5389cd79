package org.plenary.events.agenda;

import org.plenary.events.PlenaryEvent;
import org.plenary.events.Topics;

/** An event of the agenda aggregate: published on {@link Topics#AGENDA}. */
public interface AgendaEvent extends PlenaryEvent {

    @Override
    default String topic() {
        return Topics.AGENDA;
    }
}
