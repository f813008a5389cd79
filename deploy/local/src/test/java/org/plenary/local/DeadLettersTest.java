package org.plenary.local;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An operator lists a dead-letter topic with the reasons and sends chosen messages back where they came from. */
class DeadLettersTest {

    private final String kafka = Engines.shared().kafka().bootstrapServers();

    @Test
    void deadLettersAreListedWithTheirReasonAndTheChosenOnesReplayedToTheirTopic() {
        String fixable = "fixable-" + UUID.randomUUID();
        String hopeless = "hopeless-" + UUID.randomUUID();
        TopicProbe.send(kafka, "contribution.events.dlq", fixable, "{\"id\":\"" + fixable + "\"}", Map.of(
                "dead-letter-reason", "data of x does not match X", "dead-letter-topic", "contribution.events",
                "dead-letter-offset", "41"));
        TopicProbe.send(kafka, "contribution.events.dlq", hopeless, "not json", Map.of(
                "dead-letter-reason", "not a CloudEvents JSON envelope", "dead-letter-topic", "contribution.events"));
        DeadLetters letters = new DeadLetters(Map.of("bootstrap.servers", kafka));

        List<DeadLetters.Letter> listed = letters.list("contribution.events.dlq").stream()
                .filter(l -> l.key().equals(fixable) || l.key().equals(hopeless)).toList();
        assertThat(listed).extracting(DeadLetters.Letter::reason)
                .containsExactlyInAnyOrder("data of x does not match X", "not a CloudEvents JSON envelope");
        listed = listed.stream().sorted(java.util.Comparator.comparing(l -> !l.key().equals(fixable))).toList();
        assertThat(listed.get(0).fromTopic()).isEqualTo("contribution.events");
        assertThat(listed.get(0).fromOffset()).isEqualTo("41");

        try (TopicProbe topic = new TopicProbe(kafka, "contribution.events")) {
            assertThat(letters.replay("contribution.events.dlq", Set.of(listed.get(0).position()))).hasSize(1);
            List<ConsumerRecord<String, String>> replayed = topic.readUntil(records -> records.stream()
                    .anyMatch(r -> fixable.equals(r.key())), Duration.ofSeconds(30)).stream()
                    .filter(r -> fixable.equals(r.key()) || hopeless.equals(r.key())).toList();
            assertThat(replayed).hasSize(1);
            assertThat(replayed.get(0).value()).isEqualTo("{\"id\":\"" + fixable + "\"}");
            assertThat(TopicProbe.header(replayed.get(0), "replayed-from"))
                    .isEqualTo("contribution.events.dlq@" + listed.get(0).position());
        }
    }
}
