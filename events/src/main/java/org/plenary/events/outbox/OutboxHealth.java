package org.plenary.events.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.health.api.HealthGroup;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the events this service wrote are reaching Kafka: the health group {@code outbox}
 * ({@code /q/health/group/outbox}) is DOWN while the oldest unpublished event is older than a minute (Kafka away, or
 * refusing this service), and the gauges {@code plenary.outbox.waiting} and {@code plenary.outbox.oldest.seconds} say
 * how many wait and since when (by the service's clock, which stamps the events). Not part of readiness: the API goes on while the outbox holds the events.
 */
@ApplicationScoped
@Startup
@HealthGroup("outbox")
public class OutboxHealth implements HealthCheck {

    static final Duration LATE = Duration.ofMinutes(1);

    private final OutboxRepository rows;
    private final Clock clock;

    public OutboxHealth(OutboxRepository rows, Clock clock, MeterRegistry registry) {
        this.rows = rows;
        this.clock = clock;
        Gauge.builder("plenary.outbox.waiting", this, health -> health.waiting().count())
                .description("Events written but not yet published to Kafka").register(registry);
        Gauge.builder("plenary.outbox.oldest.seconds", this, health -> health.waiting().oldestSeconds())
                .description("Age of the oldest event not yet published (0 when none waits)").register(registry);
    }

    record Waiting(long count, double oldestSeconds) {
    }

    Waiting waiting() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) rows.getEntityManager()
                .createNativeQuery("select count(*), min(created_at) from outbox_event where published_at is null")
                .getSingleResult());
        long count = ((Number) row[0]).longValue();
        Instant oldest = row[1] == null ? null : row[1] instanceof Timestamp t ? t.toInstant() : (Instant) row[1];
        return new Waiting(count, oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis()
                / 1000.0));
    }

    @Override
    public HealthCheckResponse call() {
        Waiting waiting = waiting();
        return HealthCheckResponse.named("Outbox").status(waiting.oldestSeconds() < LATE.toSeconds())
                .withData("waiting", waiting.count()).withData("oldestSeconds", (long) waiting.oldestSeconds())
                .build();
    }
}
