package org.plenary.notification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    public boolean existsFor(UUID sourceEventId, String kind) {
        return count("sourceEventId = ?1 and kind = ?2", sourceEventId, kind) > 0;
    }

    public boolean existsForReminder(String reminderKey) {
        return count("reminderKey", reminderKey) > 0;
    }

    /**
     * The oldest unsent row whose next attempt is due and that no other replica holds, locked until the transaction
     * ends. A row waiting for its retry holds back nothing: the rows behind it are due as they were recorded.
     */
    @SuppressWarnings("unchecked")
    public Optional<Delivery> lockNextDue(Instant now) {
        return getEntityManager().createNativeQuery("""
                        select * from delivery where status in ('PENDING', 'FAILED') and next_attempt_at <= :now
                        order by seq limit 1 for update skip locked""", Delivery.class)
                .setParameter("now", now)
                .getResultStream().findFirst();
    }
}
