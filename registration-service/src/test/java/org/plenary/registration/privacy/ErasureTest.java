package org.plenary.registration.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.sealing.Sealer;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.registration.TestMeetings;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.participants;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

/** One person's data erased on request: gone from every row and contact list, the counts and history intact. */
@QuarkusTest
class ErasureTest {

    @Inject
    ObjectMapper mapper;

    @Inject
    Sealer sealer;

    @Inject
    EntityManager entityManager;

    @Test
    void aPersonIsErasedFromParticipantsAndContactsAndTheOthersAreTold() throws Exception {
        String meeting = TestMeetings.meeting(10, 10);
        Map<String, Object> amina = person("Amina Erasable", "SPEAKER");
        String email = (String) amina.get("email");
        String id = registered(meeting, "MNG", amina);
        // The same person waits for a viewer place in another meeting, whose pool is full.
        String full = TestMeetings.meeting(10, 0);
        Map<String, Object> waiting = person("Amina Erasable", "VIEWER");
        waiting.put("waitIfFull", true);
        String waitingId = registered(full, "MNG", waiting);
        registered(meeting, "MNG", person("Bold Remains", "VIEWER"));
        as(token("MNG")).body(List.of(Map.of("name", "Amina Erasable", "email", email.toUpperCase(), "language", "en"),
                        Map.of("name", "Other Focal", "email", "other.focal@mng.example.org", "language", "en")))
                .when().put("/member-states/MNG/contact-persons").then().statusCode(200);

        as(token("MNG")).body(Map.of("email", email)).when().post("/personal-data/erasures").then().statusCode(403);
        as(secretariat()).body(Map.of("email", "not an address")).when().post("/personal-data/erasures")
                .then().statusCode(400).body("errors[0].field", equalTo("email"));
        String erasureId = as(secretariat()).body(Map.of("email", email.toUpperCase()))
                .when().post("/personal-data/erasures").then().statusCode(200)
                .body("participants", equalTo(2)).body("contactPersons", equalTo(1))
                .extract().path("erasureId");

        given().auth().oauth2(secretariat()).when().get(participants(meeting, "MNG") + "/" + id).then()
                .statusCode(200).body("name", equalTo("(erased)")).body("role", equalTo("SPEAKER"))
                .body("status", equalTo("ACTIVE")).body("function", nullValue());
        // Waiting, they leave the waiting list: a larger pool gives no place, and no link, to an erased address.
        given().auth().oauth2(secretariat()).when().get(participants(full, "MNG") + "/" + waitingId).then()
                .body("status", equalTo("CANCELLED")).body("name", equalTo("(erased)"));
        as(secretariat()).body(Map.of("speakers", 10, "viewers", 5, "speakersPerDelegationMax", 3))
                .when().put("/meetings/" + full + "/capacity").then().statusCode(200)
                .body("viewers.used", equalTo(0)).body("waiting", equalTo(0));
        String participantsAnswer = given().auth().oauth2(secretariat()).when().get(participants(meeting, "MNG"))
                .then().extract().asString();
        assertThat(participantsAnswer).doesNotContainIgnoringCase(email).doesNotContain("Amina").contains("Bold Remains");
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity").then()
                .body("speakers.used", equalTo(1)).body("viewers.used", equalTo(1));
        String directory = given().auth().oauth2(secretariat()).when().get("/member-states/MNG").then().extract().asString();
        assertThat(directory).doesNotContainIgnoringCase(email).contains("other.focal@mng.example.org");

        List<JsonNode> told;
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION)) {
            told = probe.readUntil(records -> records.stream().anyMatch(r -> r.value().contains(erasureId)),
                            Duration.ofSeconds(30)).stream().map(ConsumerRecord::value).map(this::read)
                    .filter(e -> e.get("type").asText().equals(PersonalDataErased.TYPE)).toList();
        }
        JsonNode erased = told.stream().filter(e -> e.get("data").get("erasureId").asText().equals(erasureId))
                .findFirst().orElseThrow().get("data");
        assertThat(erased.toString()).doesNotContainIgnoringCase(email);
        assertThat(erased.get("emailSha256").asText()).isEqualTo(PersonalDataErased.hashOf(email));
        assertThat(sealer.open(erased.get("sealedEmail").asText(), erasureId)).isEqualTo(email.toLowerCase());
        // The published events that named the person left the outbox.
        Number naming = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where published_at is not null and strpos(lower(envelope), ?1) > 0")
                .setParameter(1, email.toLowerCase()).getSingleResult());
        assertThat(naming.longValue()).isZero();
    }

    private JsonNode read(String value) {
        try {
            return mapper.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
