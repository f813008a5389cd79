package org.plenary.events.inbox;

import org.plenary.events.PoisonEvent;

import java.time.Duration;

/**
 * Runs an attempt until it succeeds: after each failure it waits, doubling from {@code initial} up to {@code max}, and
 * tries again, for as long as it takes. A {@link PoisonEvent} is not retried: no attempt can ever succeed. An
 * interruption (the service stopping) does not end the retries either: giving up would make the connector treat the
 * event as failed and set it aside in the dead-letter topic, though nothing is wrong with it. So the retries go on
 * until they succeed or the process ends, and then the event, never acknowledged, comes again to the next one.
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
        boolean interrupted = false;
        try {
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
                    } catch (InterruptedException stopping) {
                        interrupted = true;
                    }
                    wait = wait.multipliedBy(2).compareTo(max) > 0 ? max : wait.multipliedBy(2);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
