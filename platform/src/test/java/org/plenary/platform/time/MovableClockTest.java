package org.plenary.platform.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MovableClockTest {

    private static final Instant REAL_NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final MovableClock clock = new MovableClock(Clock.fixed(REAL_NOW, ZoneOffset.UTC), Duration.ZERO);

    @Test
    void movingNowShiftsEveryReading() {
        clock.setNow(Instant.parse("2020-05-27T07:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-05-27T07:00:00Z"));
        clock.advance(Duration.ofDays(7));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2020-06-03T07:00:00Z"));
    }

    @Test
    void aZonedViewFollowsTheClockWhenItIsMovedLater() {
        Clock geneva = clock.withZone(ZoneId.of("Europe/Zurich"));
        clock.setNow(Instant.parse("2020-06-02T22:00:00Z"));
        assertThat(ZonedDateTime.now(geneva).toLocalDateTime().toString()).isEqualTo("2020-06-03T00:00");
    }

    @Test
    void configurationSetsNowByStartOrByOffset() {
        Instant later = Instant.now().plus(Duration.ofDays(400));
        Optional<Duration> offset = Optional.of(Duration.ofDays(400));
        assertThat(new MovableClock(new GivenClockConfig(Optional.empty(), offset, false)).instant())
                .isBetween(later.minusSeconds(60), later.plusSeconds(60));
        Instant start = Instant.parse("2020-05-27T07:00:00Z");
        assertThat(new MovableClock(new GivenClockConfig(Optional.of(start), offset, false)).instant())
                .as("start wins over offset").isBetween(start, start.plusSeconds(60));
    }
}
