package org.plenary.events.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

    /** Which of {@code eventIds} the consumer has processed, in one query. */
    Set<UUID> processedOf(String consumer, List<UUID> eventIds) {
        return new HashSet<>(getEntityManager().createQuery("select p.key.eventId from ProcessedEvent p "
                        + "where p.key.consumer = :consumer and p.key.eventId in :ids", UUID.class)
                .setParameter("consumer", consumer).setParameter("ids", eventIds).getResultList());
    }
}
