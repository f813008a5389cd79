package org.plenary.notification.ledger;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

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
     * The oldest deliveries not yet sent, locked for this transaction; rows another replica is sending are skipped.
     * Oldest first, so a backlog drains in the order it was recorded.
     */
    @SuppressWarnings("unchecked")
    /** The oldest unsent row that no other replica holds, locked until the transaction ends. */
    public Optional<Delivery> lockOldestUnsent() {
        return getEntityManager().createNativeQuery("""
                        select * from delivery where status in ('PENDING', 'FAILED')
                        order by seq limit 1 for update skip locked""", Delivery.class)
                .getResultStream().findFirst();
    }
}
