package org.plenary.notification.ledger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger as an operator watches it on {@code /q/metrics}: {@code plenary_deliveries{status}} (emails by status:
 * PENDING, SENT, FAILED, DEAD), {@code plenary_reminders_waiting} (reminder emails recorded and not sent yet) and
 * {@code plenary_reminders_late} (reminder emails that went out after their time, the service having been down when
 * they were due). One query serves every gauge, at most once every few seconds however often they are scraped.
 */
@ApplicationScoped
@Startup
public class LedgerMetrics {

    private static final Duration FRESH = Duration.ofSeconds(5);

    private record Counts(Map<Delivery.Status, Long> byStatus, long remindersWaiting, long remindersLate,
                          long takenAt) {
    }

    private final EntityManager entityManager;
    private volatile Counts counts;

    public LedgerMetrics(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        for (Delivery.Status status : Delivery.Status.values()) {
            Gauge.builder("plenary.deliveries", this, metrics -> metrics.counts().byStatus().get(status))
                    .description("Emails in the delivery ledger by status").tag("status", status.name())
                    .register(registry);
        }
        Gauge.builder("plenary.reminders.waiting", this, metrics -> metrics.counts().remindersWaiting())
                .description("Reminder emails recorded and not sent yet").register(registry);
        Gauge.builder("plenary.reminders.late", this, metrics -> metrics.counts().remindersLate())
                .description("Reminder emails recorded after their time").register(registry);
    }

    private Counts counts() {
        Counts now = counts;
        if (now == null || System.nanoTime() - now.takenAt() > FRESH.toNanos()) {
            now = QuarkusTransaction.requiringNew().call(this::query);
            counts = now;
        }
        return now;
    }

    @SuppressWarnings("unchecked")
    private Counts query() {
        List<Object[]> rows = entityManager.createNativeQuery("select status, reminder_key is not null, late, count(*) "
                + "from delivery group by 1, 2, 3").getResultList();
        Map<Delivery.Status, Long> byStatus = new EnumMap<>(Delivery.Status.class);
        for (Delivery.Status status : Delivery.Status.values()) {
            byStatus.put(status, 0L);
        }
        long waiting = 0;
        long late = 0;
        for (Object[] row : rows) {
            Delivery.Status status = Delivery.Status.valueOf((String) row[0]);
            boolean reminder = (Boolean) row[1];
            long count = ((Number) row[3]).longValue();
            byStatus.merge(status, count, Long::sum);
            if (reminder && (status == Delivery.Status.PENDING || status == Delivery.Status.FAILED)) {
                waiting += count;
            }
            if (reminder && (Boolean) row[2]) {
                late += count;
            }
        }
        return new Counts(byStatus, waiting, late, System.nanoTime());
    }
}
