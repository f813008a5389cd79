package org.plenary.platform.time;

import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where configuration does not allow it (production), nobody moves the clock. */
class ClockResourceTest {

    @Test
    void aDeploymentThatDoesNotAllowItRefusesAndKeepsItsTime() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        MovableClock clock = new MovableClock(Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO);
        ClockResource resource = new ClockResource(clock,
                new GivenClockConfig(Optional.empty(), Optional.empty(), false));

        assertThatThrownBy(() -> resource.set(new ClockResource.SetClockRequest(Instant.parse("2020-06-03T08:00:00Z"),
                null)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
        assertThat(clock.instant()).isEqualTo(now);
        assertThat(resource.read().settable()).isFalse();
    }

    @Test
    void whereAllowedItSetsOrAdvances() {
        MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC),
                Duration.ZERO);
        ClockResource resource = new ClockResource(clock,
                new GivenClockConfig(Optional.empty(), Optional.empty(), true));
        assertThat(resource.set(new ClockResource.SetClockRequest(Instant.parse("2020-06-03T08:00:00Z"), null)).now())
                .isEqualTo(Instant.parse("2020-06-03T08:00:00Z"));
        assertThat(resource.set(new ClockResource.SetClockRequest(null, Duration.ofDays(1))).now())
                .isEqualTo(Instant.parse("2020-06-04T08:00:00Z"));
    }
}
