package org.plenary.notification.ledger;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.events.sealing.Sealer;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.notification.TestEvents.secretariat;

/** A person erased on request: the ledger keeps which emails went, when and how, not their address or name. */
@QuarkusTest
class LedgerErasureTest {

    @Test
    void theAddressAndWhatNamedThePersonLeaveTheLedgerItsHistoryStays() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String erased = "amina.erasable." + meeting.toLowerCase() + "@example.org";
        String other = "brian.stays." + meeting.toLowerCase() + "@example.org";
        String key = meeting + "/" + state;
        ParticipantRegistered registered = TestEvents.activeParticipant(meeting, state, "Amina Erasable", erased,
                "Councillor", "en", "SPEAKER", "http://localhost:8083/join/amina-erasable");
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(ParticipantRegistered.TYPE,
                "registration-service", key, registered));
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(SpeakersChanged.TYPE, "registration-service",
                key, new SpeakersChanged(meeting, state, List.of(
                        new SpeakersChanged.Speaker(UUID.randomUUID(), "Amina Erasable", erased, "Councillor"),
                        new SpeakersChanged.Speaker(UUID.randomUUID(), "Brian Stays", other, null)), Instant.now())));
        TestEvents.awaitMail(erased, meeting, 1);
        String registration = TestEvents.mailbox(meeting, "sg-registration");
        TestEvents.awaitMail(registration, "Speakers of", 1);

        UUID erasure = UUID.randomUUID();
        String sealed = Arc.container().instance(Sealer.class).get().seal(erased, erasure.toString());
        TestEvents.publish(Topics.REGISTRATION, "erasure", TestEvents.envelope(PersonalDataErased.TYPE,
                "registration-service", "erasure", new PersonalDataErased(erasure, PersonalDataErased.hashOf(erased),
                        sealed, "secretariat", Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get("/deliveries?recipient=" + erased).then().body("total", equalTo(0)));
        List<Map<String, Object>> rows = given().auth().oauth2(secretariat())
                .when().get("/deliveries?meetingId=" + meeting).then().extract().jsonPath().getList("deliveries");
        assertThat(rows).extracting(r -> r.get("kind")).containsExactlyInAnyOrder("PARTICIPANT_LINK",
                "SPEAKERS_CHANGED");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("status")).isEqualTo("SENT"));
        for (Map<String, Object> row : rows) {
            String full = given().auth().oauth2(secretariat()).when().get("/deliveries/" + row.get("id")).then()
                    .statusCode(200).extract().asString();
            assertThat(full).doesNotContainIgnoringCase(erased).doesNotContain("Amina");
            if (row.get("kind").equals("SPEAKERS_CHANGED")) {
                assertThat(full).contains("Brian Stays", other);
            } else {
                assertThat(full).contains("erased@erased.invalid").contains("at the request of the person");
            }
        }
    }
}
