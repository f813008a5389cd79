package org.plenary.registration.additional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.registration.TestMeetings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.register;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

/** A grant counts against the speaker pool only in its scope. */
@QuarkusTest
class AdditionalSpeakerTest {

    @Inject
    ObjectMapper mapper;

    private Response ask(String meeting, String state, Object participant, Map<String, Object> scope) {
        Map<String, Object> body = new java.util.HashMap<>(scope);
        body.put("participantId", participant);
        body.put("reason", "Our minister presents the proposal");
        return as(token(state)).body(body).when().post("/meetings/" + meeting + "/delegations/" + state
                + "/additional-speakers");
    }

    private Response decide(String meeting, String request, boolean grant) {
        return as(secretariat()).body(Map.of("grant", grant, "reason", grant ? "Within capacity" : "No room"))
                .when().post("/meetings/" + meeting + "/additional-speakers/" + request + "/decision");
    }

    @Test
    void aGrantForASessionIsRefusedWhenThatSessionIsFullAndAcceptedWhenItIsNot() throws Exception {
        String meeting = TestMeetings.meeting(2, 10);
        UUID first = TestMeetings.session(meeting, Instant.parse("2020-06-09T10:00:00Z"));
        UUID second = TestMeetings.session(meeting, Instant.parse("2020-06-10T10:00:00Z"));
        TestMeetings.item(meeting, 5, "C20/55");
        registered(meeting, "KEN", person("Regular Speaker", "SPEAKER"));
        String kenyanViewer = registered(meeting, "KEN", person("Kenyan Viewer", "VIEWER"));
        String brazilianViewer = registered(meeting, "BRA", person("Brazilian Viewer", "VIEWER"));
        String chineseViewer = registered(meeting, "CHN", person("Chinese Viewer", "VIEWER"));

        await().atMost(Duration.ofSeconds(30)).until(() ->
                ask(meeting, "KEN", kenyanViewer, Map.of("sessionId", first.toString())).statusCode() == 201);
        String inFirst = as(secretariat()).when().get("/meetings/" + meeting + "/additional-speakers")
                .then().extract().path("[0].id");
        // 1 regular speaker + 0 grants < 2: the first session has room.
        decide(meeting, inFirst, true).then().statusCode(200).body("status", equalTo("GRANTED"));

        String alsoInFirst = ask(meeting, "BRA", brazilianViewer, Map.of("sessionId", first.toString()))
                .then().statusCode(201).extract().path("id");
        // 1 regular + 1 granted = 2: the first session is full.
        decide(meeting, alsoInFirst, true).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:speaker-pool-full"))
                .body("detail", containsString("Session 2020-06-09 12:00"));
        // The second session is another scope: it has room.
        String inSecond = ask(meeting, "BRA", brazilianViewer, Map.of("sessionId", second.toString()))
                .then().statusCode(201).extract().path("id");
        decide(meeting, inSecond, true).then().statusCode(200);
        String onItem = ask(meeting, "CHN", chineseViewer, Map.of("itemNumber", 5))
                .then().statusCode(201).body("scopeLabel", equalTo("Item 5 (C20/55)")).extract().path("id");
        decide(meeting, onItem, false).then().statusCode(200).body("status", equalTo("REFUSED"));
        decide(meeting, onItem, true).then().statusCode(409);

        // A regular speaker now would overfill the sessions that have a grant.
        register(meeting, "USA", token("USA"), person("Late Speaker", "SPEAKER")).then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:speaker-pool-full"));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION)) {
            List<ConsumerRecord<String, String>> events = probe.readUntil(records -> records.stream()
                    .filter(r -> r.key().startsWith(meeting + "/") && r.value().contains("additional-speaker"))
                    .count() >= 7, Duration.ofSeconds(30));
            List<JsonNode> mine = events.stream().filter(r -> r.key().startsWith(meeting + "/"))
                    .map(r -> read(r.value())).filter(e -> e.get("type").asText().contains("additional-speaker"))
                    .toList();
            assertThat(mine.stream().filter(e -> e.get("type").asText().equals(AdditionalSpeakerRequested.TYPE)))
                    .hasSize(4);
            assertThat(mine.stream().filter(e -> e.get("type").asText().equals(AdditionalSpeakerDecided.TYPE))
                    .map(e -> e.get("data").get("granted").asBoolean())).containsExactlyInAnyOrder(true, true, false);
        }
    }

    @Test
    void aRequestNamesAViewerOfTheDelegationAndAScopeTheMeetingHas() {
        String meeting = TestMeetings.meeting(5, 5);
        String speaker = registered(meeting, "KEN", person("Already Speaker", "SPEAKER"));
        String viewer = registered(meeting, "KEN", person("Some Viewer", "VIEWER"));
        ask(meeting, "KEN", speaker, Map.of("itemNumber", 1)).then().statusCode(409);
        ask(meeting, "KEN", viewer, Map.of("itemNumber", 99)).then().statusCode(400)
                .body("errors[0].field", equalTo("itemNumber"));
        ask(meeting, "KEN", viewer, Map.of()).then().statusCode(400).body("errors[0].field", equalTo("oneScope"));
        ask(meeting, "KEN", UUID.randomUUID(), Map.of("itemNumber", 1)).then().statusCode(404);
        ask(meeting, "BRA", viewer, Map.of("itemNumber", 1)).then().statusCode(404);
        as(token("KEN")).body(Map.of("participantId", viewer, "itemNumber", 1))
                .when().post("/meetings/" + meeting + "/delegations/BRA/additional-speakers").then().statusCode(403);
        as(token("KEN")).body(Map.of("grant", true))
                .when().post("/meetings/" + meeting + "/additional-speakers/" + UUID.randomUUID() + "/decision")
                .then().statusCode(403);
    }

    private JsonNode read(String value) {
        try {
            return mapper.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
