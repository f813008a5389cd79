package org.plenary.bench;

/** The product's performance targets: how each is named in the report, compared and bounded. */
public enum Goal {
    P1("P1", "≥", 0.7),
    P2_THROUGHPUT("P2 throughput", "≥", 0.5),
    P2_P99("P2 p99", "≤", 2),
    P3_RATIO("P3 ratio", "≤", 10),
    P3_P99("P3 p99", "<", 250),
    P4_START("P4 start", "≤", 1.5),
    P4_MEMORY("P4 memory", "≤", 1.5),
    P4_READY("P4 ready", "≤", 20),
    P4_RSS("P4 RSS", "≤", 2.5),
    P5_SCALE("P5 scale", "≤", 1.5),
    P5_REMINDERS("P5 reminders", "≤", 10),
    /** CPU per submission in every process but the load generator, warm, ÷ the bare endpoint's plus its SQL's. */
    COST_SUBMISSION("cost submission", "≤", 2),
    /** The same for a registration. */
    COST_REGISTRATION("cost registration", "≤", 2),
    /** Registration's p99 at half its own maximum ÷ the bare endpoint's p99 at that rate. */
    LATENCY_REGISTRATION("latency registration", "≤", 2),
    /** The agenda's GET throughput ÷ the bare endpoint's. */
    READS("reads", "≥", 0.5),
    /** The same with a matching ETag: every answer a 304. */
    READS_NOT_MODIFIED("reads, ETag", "≥", 0.5),
    /** Seconds until every service has consumed what P5's fill of 100,000 registrations caused. */
    EVENTS_KEEP_UP("events keep up", "≤", 10);

    private final String id;
    private final String comparison;
    private final double limit;

    Goal(String id, String comparison, double limit) {
        this.id = id;
        this.comparison = comparison;
        this.limit = limit;
    }

    public String id() {
        return id;
    }

    public String comparison() {
        return comparison;
    }

    public double limit() {
        return limit;
    }

    boolean met(double value) {
        return comparison.equals("≥") ? value >= limit : value <= limit;
    }
}
