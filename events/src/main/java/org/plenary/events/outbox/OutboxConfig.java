package org.plenary.events.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "plenary.outbox")
public interface OutboxConfig {

    /** The CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("${quarkus.application.name}")
    String source();

    /** Whether this process runs a relay. Every replica may: only one publishes at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often the relay looks for rows when nothing woke it. A commit in this process wakes it at once; the poll
     * picks up rows committed by other replicas.
     */
    @WithDefault("1s")
    Duration pollInterval();

    @WithDefault("200")
    int batchSize();

    /**
     * How long a published row stays in the outbox (by the service's clock), for an operator to read what went out;
     * then the relay deletes it. Events carry personal data (participants' names and emails): keep this short.
     */
    @WithDefault("P7D")
    Duration retention();

    /** How often the relay deletes the rows past {@link #retention()}. */
    @WithDefault("1h")
    Duration purgeInterval();

    /** How long to wait for the broker's acknowledgement of a batch before it is retried. */
    @WithDefault("30s")
    Duration sendTimeout();
}
