package org.plenary.notification.ledger;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.infra.Engines;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.secretariat;

/** SMTP goes away while emails are due: nothing is dropped, and when it returns each goes out once, in order. */
@QuarkusTest
class SmtpOutageTest {

    @Test
    void whileSmtpIsDownEmailsWaitAndRetryThenEachIsDeliveredOnceInOrder() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String key = meeting + "/" + state;
        List<String> addresses = IntStream.range(0, 5)
                .mapToObj(i -> "participant" + i + "." + meeting.toLowerCase() + "@example.org").toList();
        Engines.shared().mail().stopSmtp();
        try {
            for (String address : addresses) {
                EventEnvelope registered = TestEvents.envelope(ParticipantRegistered.TYPE, "registration-service", key,
                        TestEvents.activeParticipant(meeting, state, address, address, null, "en",
                                "VIEWER", "http://localhost:8083/join/" + address));
                TestEvents.publish(Topics.REGISTRATION, key, registered);
            }
            // Recorded, tried, failed, and waiting for a retry: nothing lost, nothing delivered.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<String> statuses = given().auth().oauth2(secretariat())
                        .when().get("/deliveries?meetingId=" + meeting).then().statusCode(200)
                        .extract().jsonPath().getList("deliveries.status");
                assertThat(statuses).hasSize(5).contains("FAILED").doesNotContain("SENT", "DEAD");
            });
            assertThat(given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&status=FAILED")
                    .then().extract().jsonPath().getString("deliveries[0].lastError")).isNotBlank();
            assertThat(addresses).allSatisfy(address -> assertThat(inbox(address)).isEmpty());
        } finally {
            Engines.shared().mail().startSmtp();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(given().auth().oauth2(secretariat())
                .when().get("/deliveries?meetingId=" + meeting + "&status=SENT").then().extract()
                .jsonPath().getInt("total")).isEqualTo(5));
        assertThat(addresses).allSatisfy(address -> assertThat(inbox(address)).hasSize(1));
        // Sent in the order recorded: the ledger lists newest first, so sending times run backwards down the page.
        List<String> createdNewestFirst = given().auth().oauth2(secretariat())
                .when().get("/deliveries?meetingId=" + meeting).then().extract().jsonPath().getList("deliveries.sentAt");
        assertThat(createdNewestFirst).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));
    }

    @Test
    void anEmailThatNeverGetsThroughIsDeadVisibleAndResendable() {
        String meeting = TestEvents.meetingAhead();
        String address = "unlucky." + meeting.toLowerCase() + "@example.org";
        String key = meeting + "/KEN";
        Engines.shared().mail().stopSmtp();
        try {
            TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(ParticipantRegistered.TYPE,
                    "registration-service", key, TestEvents.activeParticipant(meeting, "KEN",
                            "Unlucky", address, null, "en", "VIEWER", "http://localhost:8083/join/x")));
            // Eight attempts, the backoff shortened for tests (0.2 s doubling to 1 s): dead, kept, with its error.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(secretariat())
                    .when().get("/deliveries?meetingId=" + meeting + "&status=DEAD").then()
                    .body("total", org.hamcrest.Matchers.equalTo(1))
                    .body("deliveries[0].attempts", org.hamcrest.Matchers.equalTo(8))
                    .body("deliveries[0].lastError", org.hamcrest.Matchers.containsString("Connection refused")));
        } finally {
            Engines.shared().mail().startSmtp();
        }
        String dead = given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting)
                .then().extract().path("deliveries[0].id");
        assertThat(inbox(address)).isEmpty();
        given().auth().oauth2(secretariat()).when().post("/deliveries/" + dead + "/resend").then().statusCode(201);
        TestEvents.awaitMail(address, meeting, 1);
        given().auth().oauth2(secretariat()).when().get("/deliveries/" + dead)
                .then().body("status", org.hamcrest.Matchers.equalTo("DEAD"));
    }
}
