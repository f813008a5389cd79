package org.plenary.acceptance;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Waits, with Awaitility and a bound, for what the system does asynchronously (an event consumed, an email sent):
 * asks again until the answer passes the check, and returns that answer. An answer that fails, such as a service
 * still restarting, is asked again. On a timeout, Awaitility names the wait and shows the last failure.
 */
final class Eventually {

    private Eventually() {
    }

    static <T> T await(String what, Duration within, Supplier<T> ask, Consumer<T> check) {
        AtomicReference<T> answer = new AtomicReference<>();
        Awaitility.await(what).atMost(within).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .untilAsserted(() -> {
                    answer.set(ask.get());
                    check.accept(answer.get());
                });
        return answer.get();
    }

    static <T> T await(String what, Supplier<T> ask, Consumer<T> check) {
        return await(what, Duration.ofSeconds(90), ask, check);
    }
}
