package org.plenary.events.inbox;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A channel consumed in batches ({@code mp.messaging.incoming.<channel>.batch=true}) as
 * {@link EventReceiver#receiveAll} takes it: each record with the way to set it aside alone. That is the connector's own negative acknowledgement of
 * the record's message, which its failure strategy sends to the channel's dead-letter topic with the same headers as
 * for a single message; the batch is acknowledged when the method returns, and nacking the whole batch would send
 * every record of it there.
 */
public final class KafkaBatch {

    private KafkaBatch() {
    }

    public static List<EventReceiver.Delivery> deliveries(ConsumerRecords<String, String> records,
                                                          IncomingKafkaRecordBatchMetadata<String, String> metadata) {
        Map<String, Message<?>> messages = new HashMap<>();
        for (Message<?> message : metadata.getBatchedMessages()) {
            message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(record -> messages.put(
                    position(record.getTopic(), record.getPartition(), record.getOffset()), message));
        }
        List<EventReceiver.Delivery> deliveries = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            Message<?> message = messages.get(position(record.topic(), record.partition(), record.offset()));
            if (message == null) {
                throw new IllegalStateException("no message for " + position(record.topic(), record.partition(),
                        record.offset()) + " in its batch");
            }
            deliveries.add(new EventReceiver.Delivery(record.value(),
                    poison -> message.nack(poison).toCompletableFuture().join()));
        }
        return deliveries;
    }

    private static String position(String topic, int partition, long offset) {
        return topic + "-" + partition + "@" + offset;
    }
}
