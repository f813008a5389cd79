package org.plenary.acceptance;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Waits for what the system does asynchronously (an event consumed, an email sent) by asking again until the answer
 * satisfies the check (an answer that fails, such as a service still restarting, is asked again); never sleeps for
 * time to pass. On a timeout, the last answer and the last failure are shown.
 */
final class Eventually {

    private Eventually() {
    }

    static <T> T await(String what, Duration within, Supplier<T> ask, Consumer<T> check) {
        long until = System.nanoTime() + within.toNanos();
        Throwable last = null;
        T answer = null;
        while (System.nanoTime() < until) {
            try {
                answer = ask.get();
                check.accept(answer);
                return answer;
            } catch (AssertionError | Exception notYet) {
                // not yet, or not reachable yet (a service restarting)
                last = notYet;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not within " + within.toSeconds() + " s: " + what + "; last answer: " + answer,
                last);
    }

    static <T> T await(String what, Supplier<T> ask, Consumer<T> check) {
        return await(what, Duration.ofSeconds(90), ask, check);
    }
}
