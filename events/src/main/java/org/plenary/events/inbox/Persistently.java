package org.plenary.events.inbox;

import org.plenary.events.PoisonEvent;

import java.time.Duration;

/**
 * Runs an attempt until it succeeds: after each failure it waits, doubling from {@code initial} up to {@code max}, and
 * tries again, for as long as it takes. A {@link PoisonEvent} is not retried (no attempt can ever succeed), nor is an
 * interruption (the service is stopping: the message stays unacknowledged and comes again).
 */
final class Persistently {

    /** How the caller waits; tests pass one that does not. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Told of each failure before the wait, and once of the success that follows failures. */
    interface Listener {
        void failed(int failures, RuntimeException error, Duration retryIn);

        void recovered(int failures);
    }

    private Persistently() {
    }

    static void run(Runnable attempt, Duration initial, Duration max, Sleeper sleeper, Listener listener) {
        Duration wait = initial;
        int failures = 0;
        while (true) {
            try {
                attempt.run();
                if (failures > 0) {
                    listener.recovered(failures);
                }
                return;
            } catch (PoisonEvent poison) {
                throw poison;
            } catch (RuntimeException e) {
                failures++;
                listener.failed(failures, e, wait);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped while retrying: " + e.getMessage(), e);
                }
                wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
            }
        }
    }
}
