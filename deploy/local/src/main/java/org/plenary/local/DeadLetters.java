package org.plenary.local;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.plenary.infra.TopicProbe;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The operator's view of a dead-letter topic ({@code ./plenary-dead-letters}): what is there and why, and, once the
 * cause is fixed, the chosen messages sent again to the topic they came from. Consumers take each event once (the
 * inbox keeps their ids), so a replayed event that had been processed after all changes nothing.
 * <pre>
 *   ./plenary-dead-letters list agenda.events.dlq
 *   ./plenary-dead-letters replay agenda.events.dlq 0:0 0:3      (by the positions the list shows)
 * </pre>
 * The broker is {@code KAFKA_BOOTSTRAP_SERVERS} (default the local run's); {@code --client-config FILE} adds Kafka
 * client settings (a production cluster's SASL and TLS).
 */
public final class DeadLetters {

    /** One dead letter: where it sits, why it is there, where it came from. */
    public record Letter(int partition, long offset, String key, String reason, String fromTopic, String fromOffset,
                         String value) {

        /** How the list names it and a replay chooses it: {@code <partition>:<offset>}. */
        public String position() {
            return partition + ":" + offset;
        }
    }

    private final Map<String, Object> client;

    public DeadLetters(Map<String, Object> client) {
        this.client = client;
    }

    public static void main(String[] args) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(args));
        Map<String, Object> client = new HashMap<>();
        client.put("bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092"));
        int config = arguments.indexOf("--client-config");
        if (config >= 0) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(Path.of(arguments.get(config + 1)), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.forEach((name, value) -> client.put((String) name, value));
            arguments.subList(config, config + 2).clear();
        }
        if (arguments.size() < 2 || !Set.of("list", "replay").contains(arguments.get(0))) {
            System.err.println("usage: plenary-dead-letters list <topic>.dlq | replay <topic>.dlq <partition:offset>... "
                    + "[--client-config FILE]");
            System.exit(2);
        }
        DeadLetters letters = new DeadLetters(client);
        String topic = arguments.get(1);
        if (arguments.get(0).equals("list")) {
            for (Letter letter : letters.list(topic)) {
                System.out.printf("%s\tkey %s\tfrom %s@%s\treason: %s%n  %s%n", letter.position(), letter.key(),
                        letter.fromTopic(), letter.fromOffset(), letter.reason(), abbreviated(letter.value()));
            }
        } else {
            Set<String> positions = new TreeSet<>(arguments.subList(2, arguments.size()));
            List<Letter> sent = letters.replay(topic, positions);
            sent.forEach(letter -> System.out.printf("replayed %s to %s%n", letter.position(), letter.fromTopic()));
            if (sent.size() < positions.size()) {
                System.err.println("not found: " + (positions.size() - sent.size()) + " of the positions given");
                System.exit(1);
            }
        }
    }

    /** Every message of the dead-letter topic (one partition), oldest first. */
    public List<Letter> list(String deadLetterTopic) {
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Letter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(deadLetterTopic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(new Letter(record.partition(), record.offset(), record.key(),
                            TopicProbe.header(record, "dead-letter-reason"),
                            origin(record, deadLetterTopic), TopicProbe.header(record, "dead-letter-offset"),
                            record.value()));
                }
            }
        }
        return letters;
    }

    /** Sends the dead letters at these positions ({@code <partition>:<offset>}) again to their topics. @return those */
    public List<Letter> replay(String deadLetterTopic, Set<String> positions) {
        List<Letter> chosen = list(deadLetterTopic).stream().filter(l -> positions.contains(l.position())).toList();
        Map<String, Object> settings = new HashMap<>(client);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            for (Letter letter : chosen) {
                ProducerRecord<String, String> record = new ProducerRecord<>(letter.fromTopic(), letter.key(),
                        letter.value());
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8"
                        .getBytes(StandardCharsets.UTF_8));
                record.headers().add("replayed-from", (deadLetterTopic + "@" + letter.position())
                        .getBytes(StandardCharsets.UTF_8));
                producer.send(record).get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the broker refused a replayed message", e.getCause());
        }
        return chosen;
    }

    private static String origin(ConsumerRecord<String, String> record, String deadLetterTopic) {
        String topic = TopicProbe.header(record, "dead-letter-topic");
        return topic != null ? topic : deadLetterTopic.replaceFirst("\\.dlq$", "");
    }

    private static String abbreviated(String value) {
        return value == null ? "(empty)" : value.length() > 200 ? value.substring(0, 200) + "…" : value;
    }
}
