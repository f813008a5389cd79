package org.plenary.events.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.HealthGroup;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are retrying an event, since when and why: degraded, not dead. Served as the health group
 * {@code consumers} ({@code /q/health/group/consumers}: DOWN while any consumer retries), outside liveness and
 * readiness, so a database blip neither restarts the pod nor takes its API away; and as the gauge
 * {@code plenary.consumers.retrying} (how many events are being retried) for an alert; and the counter
 * {@code plenary.consumers.dead.lettered} of messages sent to a dead-letter topic.
 */
@ApplicationScoped
@Startup
public class ConsumerHealth {

    /** An event a consumer has not managed to process yet. */
    public record Retrying(String consumer, String eventId, String type, Instant since, int failures,
                           String lastError) {
    }

    private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    public ConsumerHealth(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("plenary.consumers.retrying", retrying, Map::size)
                .description("Consumers retrying an event that failed for a reason that can pass").register(registry);
    }

    /** A message that can never be processed, on its way to the dead-letter topic: counted by consumer and type. */
    void deadLettered(String consumer, String type) {
        Counter.builder("plenary.consumers.dead.lettered")
                .description("Messages a consumer sent to the dead-letter topic (not an envelope, or data that does "
                        + "not fit its type)")
                .tag("consumer", consumer).tag("type", type == null ? "unknown" : type)
                .register(registry).increment();
    }

    void failed(String consumer, String eventId, String type, int failures, RuntimeException error) {
        retrying.compute(consumer + " " + eventId, (key, before) -> new Retrying(consumer, eventId, type,
                before == null ? Instant.now() : before.since(), failures, String.valueOf(error.getMessage())));
    }

    void recovered(String consumer, String eventId) {
        retrying.remove(consumer + " " + eventId);
    }

    /** The events being retried now (one per channel at most), by consumer and event id; empty when all keep up. */
    public Map<String, Retrying> retrying() {
        return Map.copyOf(retrying);
    }

    /** The check itself: a bean of its own, as {@link HealthGroup} is a qualifier. */
    @ApplicationScoped
    @HealthGroup("consumers")
    static class Check implements HealthCheck {

        private final ConsumerHealth health;

        Check(ConsumerHealth health) {
            this.health = health;
        }

        @Override
        public HealthCheckResponse call() {
            Map<String, Retrying> now = health.retrying();
            HealthCheckResponseBuilder response = HealthCheckResponse.named("Event consumers").status(now.isEmpty());
            now.forEach((key, stuck) -> response.withData(key, stuck.type() + ": " + stuck.failures()
                    + " failures in " + Duration.between(stuck.since(), Instant.now()).toSeconds() + " s, last: "
                    + stuck.lastError()));
            return response.build();
        }
    }
}
