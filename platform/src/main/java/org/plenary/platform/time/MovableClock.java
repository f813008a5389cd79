package org.plenary.platform.time;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one clock every service reads. It runs with the system clock, shifted by an offset: zero in production, or
 * chosen so that "now" starts at {@code plenary.clock.start} (the local run replays 27 May 2020, 09:00 Geneva) and runs
 * forward from there, or given as {@code plenary.clock.offset}. Tests and rehearsals move it with
 * {@link #setNow(Instant)} instead of sleeping.
 */
@Singleton
public class MovableClock extends Clock {

    private final Clock system;
    private final AtomicReference<Duration> offset;

    @Inject
    public MovableClock(ClockConfig config) {
        this(Clock.systemUTC(), config.start().map(start -> Duration.between(Instant.now(), start))
                .or(config::offset).orElse(Duration.ZERO));
    }

    MovableClock(Clock system, Duration offset) {
        this.system = system;
        this.offset = new AtomicReference<>(offset);
    }

    /** To the microsecond, as PostgreSQL keeps it: an instant read back from the database equals the one written. */
    @Override
    public Instant instant() {
        return system.instant().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that keeps following this clock when it is moved. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock movable = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return movable.withZone(other);
            }

            @Override
            public Instant instant() {
                return movable.instant();
            }
        };
    }

    /** From now on, "now" reads as {@code now} and runs forward from it. */
    public void setNow(Instant now) {
        offset.set(Duration.between(system.instant(), now));
    }

    public void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }
}
