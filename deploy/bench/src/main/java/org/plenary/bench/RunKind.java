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
    JDBC_BASELINE,
    CONTRIBUTION_MAX,
    SCALE_FIRST_WINDOW,
    /** The registrations between P5's two windows, as fast as the clients go; its CPU is reported, not its latency. */
    SCALE_FILL,
    SCALE_LAST_WINDOW
}
