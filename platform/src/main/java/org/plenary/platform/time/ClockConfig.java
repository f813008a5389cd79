package org.plenary.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

@ConfigMapping(prefix = "plenary.clock")
public interface ClockConfig {

    /** Where simulated time starts (ISO 8601 instant); absent in production, which runs on the system clock. */
    Optional<Instant> start();

    /**
     * Or: how far "now" runs ahead of (or, negative, behind) the system clock, as an ISO 8601 duration such as
     * {@code -P2000D}; ignored when {@link #start()} is set.
     */
    Optional<Duration> offset();

    /**
     * Whether the secretariat may set "now" through {@code PUT /clock}: the local run and tests, for rehearsing a
     * meeting; never a production deployment.
     */
    @WithDefault("false")
    boolean settable();
}
