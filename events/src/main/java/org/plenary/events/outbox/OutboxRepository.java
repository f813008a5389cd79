package org.plenary.events.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    /**
     * Locks the oldest unpublished events. Callers hold the relay lock, so no other replica is publishing; the row
     * locks keep a concurrent "mark" from another transaction out.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockOldestUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery("select * from outbox_event where published_at is null order by seq limit :limit"
                        + " for update", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** The aggregate's next version on the topic: 1 for its first event. Locks its counter until the commit. */
    public long nextVersion(String topic, String aggregateId) {
        return ((Number) getEntityManager().createNativeQuery("insert into outbox_aggregate_version as v "
                        + "(topic, aggregate_id, version) values (?1, ?2, 1) on conflict (topic, aggregate_id) "
                        + "do update set version = v.version + 1 returning v.version")
                .setParameter(1, topic).setParameter(2, aggregateId).getSingleResult()).longValue();
    }

    /** Opens the transaction's persistence context now if the transaction has none yet, and joins it. */
    public void joinTransaction() {
        getEntityManager().joinTransaction();
    }

    /** An event's row, written just before the commit with its envelope final. */
    public void insert(UUID eventId, String topic, String messageKey, String type, String envelope, Instant createdAt) {
        getEntityManager().createNativeQuery("insert into outbox_event (event_id, topic, message_key, type, envelope, "
                        + "created_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, messageKey).setParameter(4, type)
                .setParameter(5, envelope).setParameter(6, createdAt).executeUpdate();
    }

    /** Deletes published rows older than {@code cutoff}; unpublished ones stay, however old. @return how many */
    public long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt < ?1", cutoff);
    }

    /**
     * Deletes the published rows whose event has this value (an erased person's address, lower case) as a JSON string,
     * whole; unpublished ones must still go out. @return how many
     */
    public long deletePublishedNaming(String lowerCaseValue) {
        return getEntityManager().createNativeQuery("delete from outbox_event where published_at is not null "
                + "and strpos(lower(envelope), ?1) > 0").setParameter(1, "\"" + lowerCaseValue + "\"").executeUpdate();
    }

    /** Only one relay per database publishes at a time, so per-key order holds with any number of replicas. */
    public boolean tryRelayLock() {
        Object locked = getEntityManager()
                .createNativeQuery("select pg_try_advisory_xact_lock(hashtext('plenary.outbox.relay'))")
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }
}
