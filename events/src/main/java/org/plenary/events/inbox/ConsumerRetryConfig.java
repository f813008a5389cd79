package org.plenary.events.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How a consumer retries an event that failed for a reason that can pass (its database away, a lock timeout). */
@ConfigMapping(prefix = "plenary.consumers")
public interface ConsumerRetryConfig {

    /** The first wait; each failure doubles it. */
    @WithDefault("100ms")
    Duration initialBackoff();

    /** The longest wait between two attempts; retries go on at this pace for as long as it takes. */
    @WithDefault("30s")
    Duration maxBackoff();

    /** How often a consumer still retrying says so in the log. */
    @WithDefault("1m")
    Duration logEvery();
}
