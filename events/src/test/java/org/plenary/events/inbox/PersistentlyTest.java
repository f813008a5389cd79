package org.plenary.events.inbox;

import org.junit.jupiter.api.Test;
import org.plenary.events.PoisonEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transient is not poison: a failure that can pass is retried for as long as it takes; poison never. */
class PersistentlyTest {

    private final List<Duration> waits = new ArrayList<>();
    private final List<String> told = new ArrayList<>();

    private final Persistently.Listener listener = new Persistently.Listener() {
        @Override
        public void failed(int failures, RuntimeException error, Duration retryIn) {
            told.add("failed " + failures + ": " + error.getMessage());
        }

        @Override
        public void recovered(int failures) {
            told.add("recovered after " + failures);
        }
    };

    /** Fails the first {@code failures} times, like a database that is away for a while. */
    private static Runnable failingFirst(int failures, AtomicInteger attempts) {
        return () -> {
            if (attempts.incrementAndGet() <= failures) {
                throw new IllegalStateException("connection refused");
            }
        };
    }

    @Test
    void aDatabaseAwayForLongerThanAnyFixedNumberOfRetriesLosesNothing() {
        AtomicInteger attempts = new AtomicInteger();
        // 60 failures at the capped 30 s: a half-hour outage, far past the old 8 retries in 25 s.
        Persistently.run(failingFirst(60, attempts), Duration.ofMillis(100), Duration.ofSeconds(30), waits::add,
                listener);

        assertThat(attempts).hasValue(61);
        assertThat(waits).hasSize(60);
        assertThat(waits.subList(0, 4)).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200),
                Duration.ofMillis(400), Duration.ofMillis(800));
        assertThat(waits.subList(9, 60)).containsOnly(Duration.ofSeconds(30));
        assertThat(waits.stream().reduce(Duration.ZERO, Duration::plus)).isGreaterThan(Duration.ofMinutes(25));
        assertThat(told).hasSize(61).startsWith("failed 1: connection refused").endsWith("recovered after 60");
    }

    @Test
    void aSuccessAtOnceIsNeitherRetriedNorReported() {
        AtomicInteger attempts = new AtomicInteger();
        Persistently.run(failingFirst(0, attempts), Duration.ofMillis(100), Duration.ofSeconds(30), waits::add,
                listener);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void poisonIsNeverRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Persistently.run(() -> {
            attempts.incrementAndGet();
            throw new PoisonEvent("data of x does not match X");
        }, Duration.ofMillis(100), Duration.ofSeconds(30), waits::add, listener)).isInstanceOf(PoisonEvent.class);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aStoppingServiceGoesOnRetryingRatherThanDeadLetterAHealthyEvent() {
        AtomicInteger attempts = new AtomicInteger();
        Persistently.run(failingFirst(3, attempts), Duration.ofMillis(100), Duration.ofSeconds(30), duration -> {
            waits.add(duration);
            throw new InterruptedException();
        }, listener);
        assertThat(attempts).hasValue(4);
        assertThat(told).endsWith("recovered after 3");
        assertThat(Thread.interrupted()).as("the interruption is kept for the caller").isTrue();
    }
}
