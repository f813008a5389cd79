package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.events.Topics;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.infra.Engines;
import org.plenary.infra.TcpGate;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.contribution.TestContributions.PROBLEM;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.total;

/**
 * PostgreSQL away (restarting, failing over): the service answers 503 busy with Retry-After, as its OpenAPI document
 * promises, never a 500; the member state's retry with its Idempotency-Key, once the database is back, makes the
 * contribution once.
 */
@QuarkusTest
class DatabaseAwayTest {

    @Inject
    MovableClock clock;

    @Test
    void whileTheDatabaseIsAwayRequestsAre503WithRetryAfterAndTheRetryMakesOneContribution() {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = template("C20/55", "KEN");
        TcpGate database = Engines.shared().postgres().gate();

        database.close();
        try {
            for (Response answer : new Response[]{submit(meeting, key, body),
                    as(token("KEN")).when().get("/meetings/" + meeting + "/contributions")}) {
                answer.then().statusCode(503).contentType(PROBLEM).header("Retry-After", "1")
                        .body("type", equalTo("urn:plenary:problem:busy"))
                        .body("detail", containsString("database cannot be reached"));
            }
        } finally {
            database.open();
        }

        // As a client honouring Retry-After does: the same key again until the service answers.
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> submit(meeting, key, body), answer -> answer.statusCode() == 201).path("id");
        assertThat(submit(meeting, key, body).<String>path("id")).isEqualTo(id);
        assertThat(total(meeting, secretariat(), "")).isEqualTo(1);
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.CONTRIBUTION)) {
            probe.readUntil(records -> records.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
            assertThat(probe.readAvailable()).filteredOn(r -> id.equals(r.key()))
                    .singleElement().extracting(r -> r.value()).asString().contains(ContributionSubmitted.TYPE);
        }
    }

    private static Response submit(String meeting, String key, Map<String, Object> body) {
        return as(token("KEN")).header("Idempotency-Key", key).body(body).when()
                .post("/meetings/" + meeting + "/contributions");
    }
}
