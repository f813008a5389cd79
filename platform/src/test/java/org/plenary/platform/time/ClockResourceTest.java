package org.plenary.platform.time;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.plenary.platform.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where configuration does not allow it (production), nobody moves the clock. */
class ClockResourceTest {

    @Test
    void aDeploymentThatDoesNotAllowItRefusesAndKeepsItsTime() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        MovableClock clock = new MovableClock(Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO);
        Moves moves = new Moves();
        ClockResource resource = new ClockResource(clock,
                new GivenClockConfig(Optional.empty(), Optional.empty(), false), moves);

        assertThatThrownBy(() -> resource.set(new ClockResource.SetClockRequest(Instant.parse("2020-06-03T08:00:00Z"),
                null)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(404));
        assertThat(clock.instant()).isEqualTo(now);
        assertThat(resource.read().settable()).isFalse();
        assertThat(moves.heard).isEmpty();
    }

    @Test
    void whereAllowedItSetsOrAdvances() {
        MovableClock clock = new MovableClock(Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC),
                Duration.ZERO);
        Moves moves = new Moves();
        ClockResource resource = new ClockResource(clock,
                new GivenClockConfig(Optional.empty(), Optional.empty(), true), moves);
        assertThat(resource.set(new ClockResource.SetClockRequest(Instant.parse("2020-06-03T08:00:00Z"), null)).now())
                .isEqualTo(Instant.parse("2020-06-03T08:00:00Z"));
        assertThat(resource.set(new ClockResource.SetClockRequest(null, Duration.ofDays(1))).now())
                .isEqualTo(Instant.parse("2020-06-04T08:00:00Z"));
        // Each move is announced, with the new now, for what acts on the clock (the reminder planner).
        assertThat(moves.heard).extracting(ClockMoved::now).containsExactly(Instant.parse("2020-06-03T08:00:00Z"),
                Instant.parse("2020-06-04T08:00:00Z"));
    }

    /** The CDI event, as the resource fires it: what it heard, in order. */
    private static final class Moves implements Event<ClockMoved> {

        final List<ClockMoved> heard = new ArrayList<>();

        @Override
        public void fire(ClockMoved event) {
            heard.add(event);
        }

        @Override
        public <U extends ClockMoved> CompletionStage<U> fireAsync(U event) {
            heard.add(event);
            return CompletableFuture.completedFuture(event);
        }

        @Override
        public <U extends ClockMoved> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            return fireAsync(event);
        }

        @Override
        public Event<ClockMoved> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ClockMoved> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ClockMoved> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
