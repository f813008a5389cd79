package org.plenary.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Waits until the services have consumed every event the load before caused (each consumer group's committed
 * offsets at the end of its partitions), so that a measurement does not share the two cores with a previous run's
 * aftermath — thousands of registrations leave notification-service minutes of events to record. After
 * {@code timeout} it says how many are left and returns, so the measurement goes on (the wait shows in the figures).
 */
final class Quiet {

    private Quiet() {
    }

    static Duration await(String bootstrapServers, List<String> groups, Duration timeout) throws Exception {
        long began = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            while (true) {
                long lag = 0;
                for (String group : groups) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(
                            committed.keySet().stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                            .all().get();
                    for (Map.Entry<TopicPartition, OffsetAndMetadata> partition : committed.entrySet()) {
                        long end = ends.get(partition.getKey()).offset();
                        long at = partition.getValue() == null ? 0 : partition.getValue().offset();
                        lag += Math.max(0, end - at);
                    }
                }
                Duration waited = Duration.ofNanos(System.nanoTime() - began);
                if (lag == 0) {
                    return waited;
                }
                if (waited.compareTo(timeout) > 0) {
                    System.out.printf("Plenary bench: %d events still unconsumed after %s; measuring anyway%n",
                            lag, timeout);
                    return waited;
                }
                Thread.sleep(500);
            }
        }
    }
}
