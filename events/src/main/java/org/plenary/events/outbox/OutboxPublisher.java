package org.plenary.events.outbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.tracing.EventTraces;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes one batch of outbox rows: lock, send, wait for the broker's acknowledgement of every record, mark. A
 * failure anywhere rolls the marks back and the whole batch is sent again later; consumers drop the duplicates by
 * event id.
 */
@ApplicationScoped
public class OutboxPublisher {

    private final OutboxRepository repository;
    private final OutboxConfig config;
    private final Clock clock;
    private final KafkaProducer<String, String> producer;
    private final EventJson json;
    private final EventTraces traces;

    public OutboxPublisher(OutboxRepository repository, OutboxConfig config, Clock clock,
                           @Identifier("default-kafka-broker") Map<String, Object> kafka, EventJson json,
                           EventTraces traces) {
        this.repository = repository;
        this.config = config;
        this.clock = clock;
        this.json = json;
        this.traces = traces;
        this.producer = new KafkaProducer<>(producerConfig(kafka, config), new StringSerializer(),
                new StringSerializer());
    }

    private static Map<String, Object> producerConfig(Map<String, Object> kafka, OutboxConfig config) {
        Map<String, Object> settings = new HashMap<>(kafka);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox");
        // Idempotent, fully acknowledged, at most 5 in flight: no duplicates from producer retries and per-partition
        // order kept.
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        long timeoutMs = config.sendTimeout().toMillis();
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeoutMs);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeoutMs, 15_000));
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs);
        return settings;
    }

    /** @return how many events this call published; 0 when there were none or another replica holds the relay. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 120)
    public int publishBatch() throws InterruptedException {
        if (!repository.tryRelayLock()) {
            return 0;
        }
        List<OutboxEvent> batch = repository.lockOldestUnpublished(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> spans = new ArrayList<>(batch.size());
        try {
            for (OutboxEvent row : batch) {
                Span span = publishSpan(row);
                spans.add(span);
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic, row.messageKey, row.envelope);
                record.headers().add("content-type",
                        EventEnvelope.KAFKA_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
                // The publish span's context, for tools that follow traces on Kafka headers.
                EventTraces.contextOf(span).forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                acks.add(producer.send(record));
            }
            awaitAll(acks);
        } catch (RuntimeException | InterruptedException e) {
            spans.forEach(span -> EventTraces.failed(span, e));
            throw e;
        } finally {
            spans.forEach(Span::end);
        }
        Instant now = clock.instant();
        batch.forEach(row -> row.publishedAt = now);
        return batch.size();
    }

    /** A span in the trace of the request that made the event, from its sending until the broker's acknowledgement. */
    private Span publishSpan(OutboxEvent row) {
        Span span = traces.start(row.topic + " publish", SpanKind.PRODUCER, json.read(row.envelope));
        span.setAttribute("messaging.system", "kafka");
        span.setAttribute("messaging.operation.type", "send");
        span.setAttribute("messaging.destination.name", row.topic);
        span.setAttribute("messaging.message.id", row.eventId.toString());
        span.setAttribute("cloudevents.event_type", row.type);
        return span;
    }

    /** Deletes the published rows past the retention period. @return how many */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long purge() {
        return repository.deletePublishedBefore(clock.instant().minus(config.retention()));
    }

    private void awaitAll(List<Future<RecordMetadata>> acks) throws InterruptedException {
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new OutboxPublishFailed(e);
            }
        }
    }

    @PreDestroy
    void close() {
        producer.close(config.sendTimeout());
    }

    /** The broker did not acknowledge a record; the batch stays unpublished and is retried. */
    public static class OutboxPublishFailed extends RuntimeException {
        OutboxPublishFailed(Throwable cause) {
            super("The broker did not acknowledge an outbox event: " + cause.getMessage(), cause);
        }
    }
}
