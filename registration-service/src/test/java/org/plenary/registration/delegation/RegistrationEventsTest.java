package org.plenary.registration.delegation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.sealing.Sealer;
import org.plenary.events.registration.ParticipantCancelled;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.registration.TestMeetings;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.participants;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.register;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

/** What the notification service will email from: on registration.events, keyed by delegation, in order. */
@QuarkusTest
class RegistrationEventsTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Sealer sealer;

    @Test
    void registrationsCancellationsAndPromotionsAreAnnouncedWithTheSpeakerListAndTheLinks() throws Exception {
        String meeting = TestMeetings.meeting(10, 1);
        String key = meeting + "/KEN";
        String link = register(meeting, "KEN", token("KEN"), person("Amina Odhiambo", "SPEAKER"))
                .then().statusCode(201).extract().path("joinLink");
        String second = registered(meeting, "KEN", person("Brian Kiprop", "SPEAKER"));
        String viewer = registered(meeting, "KEN", person("Cynthia Wanjiku", "VIEWER"));
        Map<String, Object> waiting = person("Dora Waiting", "VIEWER");
        waiting.put("waitIfFull", true);
        String waitingId = registered(meeting, "KEN", waiting);
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + second + "/cancellation").then().statusCode(200);
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + viewer + "/cancellation").then().statusCode(200);

        List<JsonNode> events;
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION)) {
            events = probe.readUntil(records -> records.stream().filter(r -> key.equals(r.key())).count() >= 10,
                    Duration.ofSeconds(30)).stream().filter(r -> key.equals(r.key()))
                    .map(ConsumerRecord::value).map(this::read).toList();
        }
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly(
                ParticipantRegistered.TYPE, SpeakersChanged.TYPE,
                ParticipantRegistered.TYPE, SpeakersChanged.TYPE,
                ParticipantRegistered.TYPE, ParticipantRegistered.TYPE,
                ParticipantCancelled.TYPE, SpeakersChanged.TYPE,
                ParticipantCancelled.TYPE, ParticipantRoleChanged.TYPE);

        // The link travels sealed for notification-service, for this participant only: never in clear on the topic.
        JsonNode first = events.get(0).get("data");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(events).allSatisfy(e -> assertThat(e.toString()).doesNotContain(token));
        assertThat(first.get("sealedJoinLink").asText()).startsWith("sealed:v1:test:");
        assertThat(sealer.open(first.get("sealedJoinLink").asText(), first.get("participantId").asText()))
                .isEqualTo(link);
        assertThat(first.get("role").asText()).isEqualTo("SPEAKER");
        assertThat(first.get("email").asText()).isEqualTo("amina.odhiambo@delegation.example.org");
        assertThat(events.get(3).get("data").get("speakers").findValuesAsText("name"))
                .containsExactly("Amina Odhiambo", "Brian Kiprop");
        assertThat(events.get(5).get("data").get("status").asText()).isEqualTo("WAITING");
        assertThat(events.get(5).get("data").get("sealedJoinLink").isNull()).isTrue();
        assertThat(events.get(7).get("data").get("speakers").findValuesAsText("name"))
                .containsExactly("Amina Odhiambo");
        JsonNode promoted = events.get(9).get("data");
        assertThat(promoted.get("participantId").asText()).isEqualTo(waitingId);
        assertThat(promoted.get("previousStatus").asText()).isEqualTo("WAITING");
        assertThat(sealer.open(promoted.get("sealedJoinLink").asText(), waitingId))
                .startsWith("http://localhost:8083/join/");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyRegistersOnce() {
        String meeting = TestMeetings.meeting(10, 10);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = person("Retried Speaker", "SPEAKER");
        String id = as(token("BRA")).header("Idempotency-Key", key).body(body).when().post(participants(meeting, "BRA"))
                .then().statusCode(201).extract().path("id");
        as(token("BRA")).header("Idempotency-Key", key).body(body).when().post(participants(meeting, "BRA"))
                .then().statusCode(201).header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(id));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("speakers.used", equalTo(1));
    }

    private JsonNode read(String value) {
        try {
            return mapper.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
