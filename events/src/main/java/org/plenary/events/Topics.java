package org.plenary.events;

/** The three topics, one per publishing service. A message that cannot be processed goes to {@code <topic>.dlq}. */
public final class Topics {
    public static final String AGENDA = "agenda.events";
    public static final String CONTRIBUTION = "contribution.events";
    public static final String REGISTRATION = "registration.events";

    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }
}
