package org.plenary.events.registration;

import java.time.Instant;
import java.util.List;

/**
 * A member state's contact persons (focal points), the full current list, after any change. Key: the state's code.
 * notification-service copies these persons on the emails about that state.
 */
public record ContactPersonsChanged(String memberState, String name, List<ContactPerson> contactPersons,
                                    String changedBy, Instant changedAt) implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.contact-persons-changed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    /** @param language preferred UN language: ar, zh, en, fr, ru, es */
    public record ContactPerson(String name, String email, String language) {
    }
}
