package org.plenary.bench;

/**
 * What a load run measures. The targets ({@link Goal}) and the smoke test find a run by its kind, never by matching
 * its name, which is free to say more ("P5 registrations 99,981 to 100,000").
 */
public enum RunKind {
    /** Load before a measurement, to warm the JIT; never reported. */
    WARM_UP,
    P3_SUBMISSION_TO_EMAIL,
    KAFKA_BASELINE,
    BARE_MAX,
    BARE_HALF,
    REGISTRATION_MAX,
    REGISTRATION_HALF,
    /** Registration at half its own maximum, and the bare endpoint at the same rate. */
    REGISTRATION_OWN_HALF,
    BARE_AT_REGISTRATION_HALF,
    JDBC_REGISTRATION_BASELINE,
    JDBC_BASELINE,
    CONTRIBUTION_MAX,
    /** {@code GET …/agenda}, and the same with the ETag of the last answer (a 304 each time). */
    AGENDA_READ,
    AGENDA_READ_NOT_MODIFIED,
    SCALE_FIRST_WINDOW,
    /** The registrations between P5's two windows, as fast as the clients go; its CPU is reported, not its latency. */
    SCALE_FILL,
    SCALE_LAST_WINDOW
}
