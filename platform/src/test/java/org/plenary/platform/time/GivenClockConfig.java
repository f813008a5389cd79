package org.plenary.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** A clock configuration as a deployment would give it, without a config source. */
record GivenClockConfig(Optional<Instant> start, Optional<Duration> offset, boolean settable) implements ClockConfig {
}
