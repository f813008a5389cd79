package org.plenary.events.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, Long> {

    private final AgroalDataSource dataSource;

    public OutboxRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

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

    /**
     * The aggregate's next version on the topic: 1 for its first event. Locks its counter until the commit. Counted as
     * the transaction completes ({@link Outbox}), over its connection ({@link #inTheTransaction()}).
     */
    public long nextVersion(String topic, String aggregateId) {
        try (Connection connection = inTheTransaction();
             PreparedStatement next = connection.prepareStatement("insert into outbox_aggregate_version as v "
                     + "(topic, aggregate_id, version) values (?, ?, 1) on conflict (topic, aggregate_id) "
                     + "do update set version = v.version + 1 returning v.version")) {
            next.setString(1, topic);
            next.setString(2, aggregateId);
            try (ResultSet version = next.executeQuery()) {
                if (!version.next()) {
                    throw new PersistenceException("no version counted for " + topic + "/" + aggregateId);
                }
                return version.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("counting the version of " + topic + "/" + aggregateId, e);
        }
    }

    /** An event's row, written just before the commit with its envelope final ({@link #inTheTransaction()}). */
    public void insert(UUID eventId, String topic, String messageKey, String type, String envelope, Instant createdAt) {
        try (Connection connection = inTheTransaction();
             PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, topic, "
                     + "message_key, type, envelope, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, topic);
            insert.setString(3, messageKey);
            insert.setString(4, type);
            insert.setString(5, envelope);
            insert.setObject(6, createdAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("writing event " + eventId + " to the outbox", e);
        }
    }

    /**
     * A handle on the connection the pool has enlisted in the current transaction, for statements run as it completes:
     * the persistence context has completed by then and would leave a handle of its own open, which the pool closes
     * with a warning. Closing this handle leaves the connection in the transaction until the commit.
     */
    private Connection inTheTransaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        if (connection.getAutoCommit()) {
            connection.close();
            throw new IllegalStateException("the pool gave the outbox a connection outside the transaction: its rows "
                    + "would commit without the change they announce");
        }
        return connection;
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
