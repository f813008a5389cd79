package org.plenary.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaEvent;
import org.plenary.events.outbox.Outbox;
import org.plenary.events.outbox.OutboxPublisher;
import org.plenary.events.outbox.OutboxRelay;
import org.plenary.events.outbox.OutboxRepository;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The outbox relay against the real database and broker. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TEST_TYPE = "plenary.test.counted.v1";

    /** A payload for these tests only, on the agenda topic. */
    record Counted(int n) implements AgendaEvent {

        @Override
        public String type() {
            return TEST_TYPE;
        }
    }

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    OutboxRepository rows;
    @Inject
    EntityManager entityManager;
    @Inject
    ObjectMapper mapper;
    @Inject
    OutboxPublisher publisher;
    @Inject
    MovableClock clock;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final String kafka = Engines.shared().kafka().bootstrapServers();

    @AfterEach
    void relayRuns() {
        relay.start();
    }

    private List<UUID> append(String key, int count) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            // One transaction per event, as separate requests would do.
            ids.add(QuarkusTransaction.requiringNew().call(() -> outbox.append(key, new Counted(n))));
        }
        return ids;
    }

    private long unpublished(String key) {
        return QuarkusTransaction.requiringNew().call(() -> rows.count("messageKey = ?1 and publishedAt is null", key));
    }

    private List<ConsumerRecord<String, String>> published(TopicProbe probe, String key, int atLeast) {
        return probe.readUntil(records -> records.stream().filter(r -> key.equals(r.key())).count() >= atLeast,
                Duration.ofSeconds(30)).stream().filter(r -> key.equals(r.key())).toList();
    }

    private UUID id(ConsumerRecord<String, String> record) {
        try {
            return UUID.fromString(mapper.readTree(record.value()).get("id").asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oneAggregatesEventsArriveInTheOrderTheyWereCommitted() {
        String key = "order-" + UUID.randomUUID();
        List<UUID> ids = append(key, 60);
        try (TopicProbe probe = new TopicProbe(kafka, Topics.AGENDA)) {
            assertThat(published(probe, key, 60)).extracting(this::id).containsExactlyElementsOf(ids);
        }
    }

    @Test
    void anAggregatesEventsArePublishedInVersionOrderWhenItsTransactionsCommitInTheOtherOrder() throws Exception {
        relay.stop();
        String key = "versions-" + UUID.randomUUID();
        CountDownLatch firstAppended = new CountDownLatch(1);
        CountDownLatch secondCommitted = new CountDownLatch(1);
        // The first transaction appends, then waits for a second one that appends and commits before it.
        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> QuarkusTransaction.requiringNew()
                .call(() -> {
                    UUID id = outbox.append(key, new Counted(1));
                    firstAppended.countDown();
                    assertThat(secondCommitted.await(30, TimeUnit.SECONDS)).isTrue();
                    return id;
                }));
        assertThat(firstAppended.await(30, TimeUnit.SECONDS)).isTrue();
        UUID second = QuarkusTransaction.requiringNew().call(() -> outbox.append(key, new Counted(2)));
        secondCommitted.countDown();
        UUID firstId = first.get(30, TimeUnit.SECONDS);

        relay.start();
        relay.wake();
        try (TopicProbe probe = new TopicProbe(kafka, Topics.AGENDA)) {
            List<ConsumerRecord<String, String>> published = published(probe, key, 2);
            assertThat(published).extracting(this::id).containsExactly(second, firstId);
            assertThat(published).extracting(this::version).containsExactly(1L, 2L);
        }
    }

    private long version(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value()).get("aggregateversion").asLong();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aStoppedRelayLosesNothingAndPublishesAllOnRestart() {
        relay.stop();
        String key = "restart-" + UUID.randomUUID();
        List<UUID> ids = append(key, 10);
        assertThat(unpublished(key)).isEqualTo(10);

        relay.start();
        try (TopicProbe probe = new TopicProbe(kafka, Topics.AGENDA)) {
            assertThat(published(probe, key, 10)).extracting(this::id).containsExactlyElementsOf(ids);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(key) == 0);
    }

    @Test
    void aMarkLostInACrashMeansTheBatchIsSentAgainNeverDropped() {
        String key = "crash-" + UUID.randomUUID();
        List<UUID> ids = append(key, 5);
        try (TopicProbe probe = new TopicProbe(kafka, Topics.AGENDA)) {
            published(probe, key, 5);
            // What a crash between the broker's acknowledgement and the commit of the marks leaves behind.
            relay.stop();
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createQuery("update OutboxEvent set publishedAt = null where messageKey = :key")
                    .setParameter("key", key).executeUpdate());
            relay.start();
            relay.wake();
            List<ConsumerRecord<String, String>> all = published(probe, key, 10);
            // At least once on the wire: the same event ids again, in the same order; consumers drop them by id.
            assertThat(all).extracting(this::id)
                    .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> ids.get(i % 5)).toList());
        }
    }

    @Test
    void publishedRowsArePurgedAfterTheirRetentionAndUnpublishedOnesNever() {
        String key = "purge-" + UUID.randomUUID();
        append(key, 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> unpublished(key) == 0);
        relay.stop();
        String waiting = "purge-waiting-" + UUID.randomUUID();
        append(waiting, 2);
        Instant before = clock.instant();
        try {
            clock.setNow(before.plus(Duration.ofDays(6)));
            publisher.purge();
            assertThat(QuarkusTransaction.requiringNew().call(() -> rows.count("messageKey = ?1", key)))
                    .as("within the 7 days' retention").isEqualTo(3);
            clock.setNow(before.plus(Duration.ofDays(8)));
            publisher.purge();
            assertThat(QuarkusTransaction.requiringNew().call(() -> rows.count("messageKey = ?1", key))).isZero();
            assertThat(unpublished(waiting)).as("not yet published: kept, however old").isEqualTo(2);
        } finally {
            clock.setNow(before);
        }
    }

    /**
     * The rows are written as the transaction completes, and the connection that wrote them goes back to the pool
     * with it: the pool finds none left open (it would say so, a warning a write, and close it itself).
     */
    @Test
    void aWriteHandsItsConnectionBackWithTheCommit() {
        List<String> poolWarnings = Collections.synchronizedList(new ArrayList<>());
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    poolWarnings.add(new SimpleFormatter().formatMessage(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger pool = Logger.getLogger("io.agroal.pool");
        pool.addHandler(handler);
        try {
            String key = "connection-" + UUID.randomUUID();
            QuarkusTransaction.requiringNew().run(() -> {
                rows.count("messageKey = ?1", key);
                outbox.append(key, new Counted(1));
                outbox.append(key, new Counted(2));
            });
            append(key, 1);
            assertThat(QuarkusTransaction.requiringNew().call(() -> rows.count("messageKey = ?1", key))).isEqualTo(3);
        } finally {
            pool.removeHandler(handler);
        }
        assertThat(poolWarnings).isEmpty();
    }

    /** The rows go with the transaction: one that rolls back as it completes, after they were written, leaves none. */
    @Test
    void anEventOfATransactionThatRollsBackAtItsCommitLeavesNoRow() {
        String key = "rolled-back-" + UUID.randomUUID();
        AtomicLong writtenBeforeTheRollback = new AtomicLong(-1);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            // As a write does: the database used first, then the event appended.
            assertThat(rows.count("messageKey = ?1", key)).isZero();
            outbox.append(key, new Counted(1));
            // Registered after the outbox's: runs once its rows are written.
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    writtenBeforeTheRollback.set(rows.count("messageKey = ?1", key));
                    transactions.setRollbackOnly();
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
        })).isInstanceOf(QuarkusTransactionException.class);
        assertThat(writtenBeforeTheRollback).hasValue(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> rows.count("messageKey = ?1", key))).isZero();
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> outbox.append("k", new Counted(0)))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }
}
