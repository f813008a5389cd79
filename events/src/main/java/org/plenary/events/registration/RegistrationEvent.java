package org.plenary.events.registration;

import org.plenary.events.PlenaryEvent;
import org.plenary.events.Topics;

/** An event of the registration aggregate: published on {@link Topics#REGISTRATION}. */
public interface RegistrationEvent extends PlenaryEvent {

    @Override
    default String topic() {
        return Topics.REGISTRATION;
    }
}
