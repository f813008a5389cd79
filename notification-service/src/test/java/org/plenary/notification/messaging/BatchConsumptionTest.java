package org.plenary.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.notification.TestEvents.inbox;

/**
 * This service takes its topics a poll at a time, one transaction for the batch. What enters the log together is
 * polled together: two registrations, between them a registration whose data does not fit its type and a message
 * that is not an envelope, and the first registration delivered again. Only the two unreadable ones go to the
 * dead-letter topic, each with its reason; each participant gets their email once.
 */
@QuarkusTest
class BatchConsumptionTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String KAFKA = Engines.shared().kafka().bootstrapServers();

    @Test
    void aBatchIsAppliedTogetherAndOnlyWhatCannotBeReadIsSetAsideAlone() throws Exception {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String key = meeting + "/" + state;
        String first = "first." + meeting.toLowerCase() + "@example.org";
        String second = "second." + meeting.toLowerCase() + "@example.org";
        String firstRegistered = registered(meeting, state, key, first);
        String unfit = JSON.writeValueAsString(TestEvents.envelope(ParticipantRegistered.TYPE,
                "registration-service", key, Map.of("participantId", "not a participant id")));
        String notAnEnvelope = "{\"registered\": \"someone\"}";

        TopicProbe.sendTogether(KAFKA, Topics.REGISTRATION, key, List.of(firstRegistered, unfit, notAnEnvelope,
                registered(meeting, state, key, second), firstRegistered));

        TestEvents.awaitMail(first, meeting, 1);
        TestEvents.awaitMail(second, meeting, 1);
        try (TopicProbe dlq = new TopicProbe(KAFKA, Topics.REGISTRATION + Topics.DLQ_SUFFIX)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(records -> records.stream()
                    .filter(r -> key.equals(r.key())).count() >= 2, Duration.ofSeconds(30)).stream()
                    .filter(r -> key.equals(r.key())).toList();
            // Set aside as each is found: the one that is not an envelope as the batch is read, the other once the
            // batch's transaction failed on it.
            Map<String, String> reasons = dead.stream().collect(Collectors.toMap(ConsumerRecord::value,
                    r -> TopicProbe.header(r, "dead-letter-reason")));
            assertThat(reasons).containsOnlyKeys(unfit, notAnEnvelope);
            assertThat(reasons.get(unfit)).contains("does not match ParticipantRegistered");
            assertThat(reasons.get(notAnEnvelope)).contains("envelope");
        }

        // A registration sent after them is mailed: the batch before it is done, and nobody got a second email.
        String third = "third." + meeting.toLowerCase() + "@example.org";
        TestEvents.publish(Topics.REGISTRATION, key, JSON.readValue(registered(meeting, state, key, third),
                EventEnvelope.class));
        TestEvents.awaitMail(third, meeting, 1);
        assertThat(inbox(first)).hasSize(1);
        assertThat(inbox(second)).hasSize(1);
        try (TopicProbe dlq = new TopicProbe(KAFKA, Topics.REGISTRATION + Topics.DLQ_SUFFIX)) {
            assertThat(dlq.readAvailable()).filteredOn(r -> key.equals(r.key())).hasSize(2);
        }
    }

    private static String registered(String meeting, String state, String key, String address) throws Exception {
        return JSON.writeValueAsString(TestEvents.envelope(ParticipantRegistered.TYPE, "registration-service", key,
                TestEvents.activeParticipant(meeting, state, "Participant " + address, address, null, "en", "VIEWER",
                        "http://localhost:8083/join/" + address)));
    }
}
