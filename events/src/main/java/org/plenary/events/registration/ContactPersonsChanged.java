package org.plenary.events.registration;

import java.time.Instant;
import java.util.List;

/**
 * A member state's contact persons (focal points), the full current list, after any change. Key: the state's code.
 * notification-service copies these persons on the emails about that state. Also published when the state's membership
 * category changes.
 *
 * @param category {@link #COUNCIL_MEMBER_STATE} or {@link #MEMBER_STATE}; null in events written before it existed
 */
public record ContactPersonsChanged(String memberState, String name, List<ContactPerson> contactPersons,
                                    String changedBy, Instant changedAt, String category)
        implements RegistrationEvent {

    public static final String TYPE = "plenary.registration.contact-persons-changed.v1";

    /** A Member State of the ITU Council (48 in 2020). */
    public static final String COUNCIL_MEMBER_STATE = "COUNCIL_MEMBER_STATE";

    /** A Member State of the ITU, not on its Council. */
    public static final String MEMBER_STATE = "MEMBER_STATE";

    /** A state's contact persons as events written before the category existed give them. */
    public ContactPersonsChanged(String memberState, String name, List<ContactPerson> contactPersons,
                                 String changedBy, Instant changedAt) {
        this(memberState, name, contactPersons, changedBy, changedAt, null);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** @param language preferred UN language: ar, zh, en, fr, ru, es */
    public record ContactPerson(String name, String email, String language) {
    }
}
