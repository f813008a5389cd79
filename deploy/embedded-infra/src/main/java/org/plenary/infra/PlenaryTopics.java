package org.plenary.infra;

import java.util.List;

/**
 * The topics the embedded broker creates before the services start (auto-creation is off). The names are the
 * contract of plenary-events' {@code Topics}; this module stays free of Quarkus, so it lists them itself.
 */
public final class PlenaryTopics {

    public static final List<String> ALL = List.of(
            "agenda.events", "agenda.events.dlq",
            "contribution.events", "contribution.events.dlq",
            "registration.events", "registration.events.dlq");

    /** Several partitions so that replicas of a consumer share the work; one aggregate stays in one partition. */
    public static final int PARTITIONS = 3;

    private PlenaryTopics() {
    }
}
