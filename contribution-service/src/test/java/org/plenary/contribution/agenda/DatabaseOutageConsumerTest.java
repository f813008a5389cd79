package org.plenary.contribution.agenda;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.events.EventEnvelope;
import org.plenary.infra.Engines;
import org.plenary.infra.TcpGate;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The deadline extension that must not be lost: agenda-service's single ContributionDeadlineChanged arrives while
 * this service's database is away (failing over, restarting) for 20 s, past the eight retries that once sent such an
 * event to the dead-letter topic (the test profile caps the backoff at 2 s). The consumer holds it, reports itself
 * degraded meanwhile, and applies it once the database is back: the member states are judged against the extended
 * deadline.
 */
@QuarkusTest
class DatabaseOutageConsumerTest {

    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @Inject
    MovableClock clock;

    @Test
    void aDeadlineExtensionArrivingWhileTheDatabaseIsAwayIsAppliedOnceItIsBack() {
        Instant deadline = clock.instant().plus(Duration.ofDays(7));
        Instant extended = deadline.plus(Duration.ofDays(3));
        String meeting = TestAgenda.meeting(deadline);
        TcpGate database = Engines.shared().postgres().gate();
        String holding = "contribution-service ";

        database.close();
        EventEnvelope extension;
        try {
            extension = TestAgenda.extendDeadline(meeting, deadline, extended);
            String key = holding + extension.id();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> consumers().statusCode(503)
                    .body("checks[0].data.'" + key + "'", containsString("failures in")));
            // The whole outage: the event is held, never set aside, the consumer degraded all along.
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> consumers().statusCode(503)
                            .body("checks[0].data.'" + key + "'", containsString("failures in")));
            assertThat(failures(key)).as("retries past the old budget of 8").isGreaterThan(8);
        } finally {
            database.open();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Engines.shared().tokens().secretariat())
                        .when().get("/meetings/" + meeting + "/contribution-deadline")
                        .then().statusCode(200).body("deadline", equalTo(extended.toString())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> consumers().statusCode(200));
        try (TopicProbe deadLetters = new TopicProbe(Engines.shared().kafka().bootstrapServers(),
                "agenda.events.dlq")) {
            assertThat(deadLetters.readAvailable()).filteredOn(record -> meeting.equals(record.key())).isEmpty();
        }
    }

    private static io.restassured.response.ValidatableResponse consumers() {
        return given().when().get("/q/health/group/consumers").then();
    }

    private static int failures(String key) {
        String data = consumers().extract().path("checks[0].data.'" + key + "'");
        return Integer.parseInt(data.substring(data.indexOf(": ") + 2, data.indexOf(" failures")));
    }
}
