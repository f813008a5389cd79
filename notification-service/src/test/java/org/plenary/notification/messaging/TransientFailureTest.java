package org.plenary.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.infra.UniqueIds;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/**
 * Transient is not poison: an event that cannot be processed yet (here a contribution to a meeting this service has
 * not heard of) is retried for as long as it takes, the consumer reported degraded meanwhile, and processed once it
 * can be. Nothing goes to the dead-letter topic. (Tests cap the backoff at 0.2 s; production's cap is 30 s.)
 */
@QuarkusTest
class TransientFailureTest {

    @Test
    void anEventThatCannotBeProcessedYetIsRetriedPastAnyFixedBudgetAndThenSent() {
        String meeting = UniqueIds.id("T");
        String state = TestEvents.state();
        String focal = TestEvents.focalPoint(state, "en");
        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(state), "Before its meeting");
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        // Far past the old budget of 8 retries: the consumer is degraded, not dead, and says which event holds it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/health/group/consumers")
                .then().statusCode(503).body("checks[0].status", equalTo("DOWN"))
                .body("checks[0].data.'notification-service " + submitted.id() + "'",
                        containsString("failures in")));
        await().atMost(Duration.ofSeconds(60)).until(() -> failures(submitted) > 20);
        given().when().get("/q/health/ready").then().statusCode(200);

        TestEvents.announce(meeting, Instant.parse("2030-06-02T22:00:00Z"), LocalDate.of(2030, 6, 9));
        TestEvents.awaitMail(focal, "Before its meeting", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/group/consumers")
                .then().statusCode(200));
        given().auth().oauth2(TestEvents.secretariat()).when().get("/deliveries?meetingId=" + meeting)
                .then().body("total", equalTo(1)).body("deliveries[0].status", equalTo("SENT"));
        given().when().get("/q/metrics").then().body(containsString("plenary_consumers_retrying 0.0"));
    }

    private static int failures(EventEnvelope event) {
        String data = given().when().get("/q/health/group/consumers").then().extract()
                .path("checks[0].data.'notification-service " + event.id() + "'");
        return data == null ? 0 : Integer.parseInt(data.substring(data.indexOf(": ") + 2, data.indexOf(" failures")));
    }
}
