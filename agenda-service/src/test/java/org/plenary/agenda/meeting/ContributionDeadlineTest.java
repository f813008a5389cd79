package org.plenary.agenda.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.TestMeetings;
import org.plenary.events.Topics;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ContributionDeadlineTest {

    private static final String PROBLEM = "application/problem+json";

    /** As in the letter's rehearsal (the local run): 27 May 2020, 09:00 in Geneva, the 2020 deadlines ahead. */
    private static final Instant REHEARSAL = Instant.parse("2020-05-27T07:00:00Z");

    @Inject
    ObjectMapper mapper;

    @Inject
    MovableClock clock;

    /** How far the clock was moved back to the rehearsal, to move it forward again after each test. */
    private Duration moved;

    @BeforeEach
    void rehearseTheLetter() {
        moved = Duration.between(clock.instant(), REHEARSAL);
        clock.advance(moved);
    }

    @AfterEach
    void backToToday() {
        clock.advance(moved.negated());
    }

    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");

    private String newMeeting() {
        return TestMeetings.create("D");
    }

    private Response change(String meetingId, String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/meetings/" + meetingId + "/contribution-deadline");
    }

    @Test
    void theSecretariatExtendsTheDeadlineAndTheHistoryKeepsWhoWhenWhyAndBefore() throws Exception {
        String id = newMeeting();
        change(id, secretariat, "{\"date\": \"2020-06-05\", \"time\": \"12:00\", \"reason\": \"Requested by the African group\"}")
                .then().statusCode(200)
                .body("contributionDeadline", equalTo("2020-06-05T10:00:00Z"))
                .body("contributionDeadlineLocal", equalTo("2020-06-05T12:00+02:00[Europe/Zurich]"));

        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].previousDeadline", nullValue())
                .body("[0].reason", equalTo("Meeting scheduled"))
                .body("[1].deadline", equalTo("2020-06-05T10:00:00Z"))
                .body("[1].previousDeadline", equalTo("2020-06-02T22:00:00Z"))
                .body("[1].reason", equalTo("Requested by the African group"))
                .body("[1].changedBy", equalTo("secretariat@itu.example.org"));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            List<JsonNode> changes = probe.readUntil(records -> deadlineEvents(records, id).size() >= 2,
                    Duration.ofSeconds(30)).stream().filter(r -> id.equals(r.key())).map(this::json)
                    .filter(e -> e.get("type").asText().equals(ContributionDeadlineChanged.TYPE)).toList();
            assertThat(changes.get(1).at("/data/deadline").asText()).isEqualTo("2020-06-05T10:00:00Z");
            assertThat(changes.get(1).at("/data/previousDeadline").asText()).isEqualTo("2020-06-02T22:00:00Z");
            assertThat(changes.get(1).at("/data/timeZone").asText()).isEqualTo("Europe/Zurich");
            assertThat(changes.get(1).at("/data/reason").asText()).isEqualTo("Requested by the African group");
        }
    }

    @Test
    void settingTheCurrentDeadlineAgainChangesNothing() {
        String id = newMeeting();
        change(id, secretariat, "{\"date\": \"2020-06-02\", \"reason\": \"Confirmed\"}").then().statusCode(200)
                .body("contributionDeadline", equalTo("2020-06-02T22:00:00Z"));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().body("", hasSize(1));
    }

    @Test
    void concurrentChangesAreAppliedOneAfterTheOtherWithTheRightPreviousValue() {
        String id = newMeeting();
        List<CompletableFuture<Integer>> changes = IntStream.rangeClosed(3, 10)
                .mapToObj(day -> CompletableFuture.supplyAsync(() -> change(id, secretariat,
                        "{\"date\": \"2020-06-%02d\", \"reason\": \"Change %d\"}".formatted(day, day)).statusCode()))
                .toList();
        assertThat(changes.stream().map(CompletableFuture::join)).containsOnly(200);

        List<String> deadlines = given().auth().oauth2(kenya)
                .when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().statusCode(200).body("", hasSize(9)).extract().path("deadline");
        List<String> previous = given().auth().oauth2(kenya)
                .when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().extract().path("previousDeadline");
        for (int i = 1; i < deadlines.size(); i++) {
            assertThat(previous.get(i)).as("change %d follows change %d", i, i - 1).isEqualTo(deadlines.get(i - 1));
        }
    }

    @Test
    void onlyTheSecretariatMovesTheDeadlineAndEveryRefusalSaysWhy() {
        String id = newMeeting();
        change(id, kenya, "{\"date\": \"2020-06-30\", \"reason\": \"We need more time\"}")
                .then().statusCode(403).contentType(PROBLEM);
        change(id, secretariat, "{\"date\": \"2020-06-30\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("reason"))
                .body("errors[0].rule", equalTo("NotBlank"));
        change(id, secretariat, "{\"date\": \"30 June\", \"reason\": \"x\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("date"));
        change("NOPE", secretariat, "{\"date\": \"2020-06-30\", \"reason\": \"x\"}")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().body("", hasSize(1)).body("[0].deadline", equalTo("2020-06-02T22:00:00Z"));
    }

    @Test
    void aDeadlineAlreadyPassedIsRefusedNamingNowAndNobodyIsTold() {
        String id = newMeeting();
        change(id, secretariat, "{\"date\": \"2019-06-05\", \"reason\": \"Mistyped year\"}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].rule", equalTo("Future"))
                .body("errors[0].message", equalTo("the new deadline, 2019-06-05 24:00 Europe/Zurich time, has "
                        + "already passed: it is now 2020-05-27 09:00 there"));
        // Earlier the same day is past too; later that day is not.
        change(id, secretariat, "{\"date\": \"2020-05-27\", \"time\": \"08:59\", \"reason\": \"Closed\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("date"));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/contribution-deadline/history")
                .then().body("", hasSize(1)).body("[0].deadline", equalTo("2020-06-02T22:00:00Z"));
        change(id, secretariat, "{\"date\": \"2020-05-27\", \"time\": \"18:00\", \"reason\": \"Brought forward\"}")
                .then().statusCode(200).body("contributionDeadline", equalTo("2020-05-27T16:00:00Z"));
    }

    @Test
    void theCurrentDeadlineSetAgainOnceItHasPassedChangesNothingAndIsNoError() {
        String id = newMeeting();
        clock.advance(Duration.ofDays(10));
        try {
            change(id, secretariat, "{\"date\": \"2020-06-02\", \"reason\": \"Confirmed\"}").then()
                    .statusCode(200).body("contributionDeadline", equalTo("2020-06-02T22:00:00Z"));
        } finally {
            clock.advance(Duration.ofDays(-10));
        }
    }

    private List<ConsumerRecord<String, String>> deadlineEvents(List<ConsumerRecord<String, String>> records, String id) {
        return records.stream().filter(r -> id.equals(r.key()) && r.value().contains(ContributionDeadlineChanged.TYPE))
                .toList();
    }

    private JsonNode json(ConsumerRecord<String, String> record) {
        try {
            return mapper.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
