package org.plenary.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;
import org.plenary.infra.PlenaryTopics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "Ready" for the local run means more than four services answering: what they announced at first start (the seeded
 * directory's contact persons, the agenda) has reached every service that keeps a copy. Otherwise the first
 * contribution of a fresh run could be mailed before notification-service knows the co-submitters' contact persons.
 * Settled is: no unpublished row in any service's outbox, and every consumer group at the end of every partition of
 * the topics it reads.
 */
final class EventsSettled {

    private static final Duration POLL = Duration.ofMillis(250);

    private final Engines engines;
    private final List<PlenaryLocal.Service> services;

    EventsSettled(Engines engines, List<PlenaryLocal.Service> services) {
        this.engines = engines;
        this.services = services;
    }

    void await(Duration timeout) throws Exception {
        Instant giveUp = Instant.now().plus(timeout);
        try (Admin admin = engines.kafka().admin()) {
            String behind;
            while ((behind = behind(admin)) != null) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("events did not settle within " + timeout.toSeconds()
                            + " s: " + behind);
                }
                Thread.sleep(POLL.toMillis());
            }
        }
    }

    /** What is still in flight, in words; null when everything has arrived. */
    private String behind(Admin admin) throws Exception {
        for (PlenaryLocal.Service service : services) {
            long unpublished = unpublished(service.database());
            if (unpublished > 0) {
                return service.name() + " has " + unpublished + " events to publish";
            }
        }
        for (PlenaryLocal.Service service : services) {
            for (String topic : service.reads()) {
                long lag = lag(admin, service.name(), topic);
                if (lag > 0) {
                    return service.name() + " is " + lag + " events behind on " + topic;
                }
            }
        }
        return null;
    }

    private long unpublished(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(engines.postgres().jdbcUrl(database),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select count(*) from outbox_event where published_at is null")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Events on the topic's partitions past the group's committed offsets (all of them before its first commit). */
    private static long lag(Admin admin, String group, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int partition = 0; partition < PlenaryTopics.PARTITIONS; partition++) {
            latest.put(new TopicPartition(topic, partition), OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (var end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }
}
