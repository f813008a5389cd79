package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.total;
import static org.plenary.contribution.TestContributions.with;

/** A member state's retry never makes a second contribution. */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    MovableClock clock;

    private Response submit(String meeting, String token, String key, Object body) {
        return as(token).header("Idempotency-Key", key).body(body).when().post("/meetings/" + meeting + "/contributions");
    }

    @Test
    void theSameKeyAndBodyReturnsTheFirstResultAndCreatesNothing() {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = template("C20/55", "KEN", "BRA");

        Response first = submit(meeting, token("KEN"), key, body);
        first.then().statusCode(201).header("Idempotent-Replayed", equalTo("false"));
        Response retry = submit(meeting, token("KEN"), key, body);
        retry.then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id")));
        assertThat(total(meeting, secretariat(), "")).isEqualTo(1);

        // The same key with another body is a client bug: refused, nothing created.
        submit(meeting, token("KEN"), key, with(body, "title", "Something else"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:plenary:problem:idempotency-key-reused"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // Keys belong to the caller: another state's identical key is its own.
        submit(meeting, token("BRA"), key, body).then().statusCode(201).header("Idempotent-Replayed", equalTo("false"));
        assertThat(total(meeting, secretariat(), "")).isEqualTo(2);
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneContribution() {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = template("C20/55", "KEN");
        List<String> ids = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> submit(meeting, token("KEN"), key, body)
                        .then().statusCode(201).extract().<String>path("id")))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(total(meeting, secretariat(), "")).isEqualTo(1);
    }

    @Test
    void aFailedRequestLeavesTheKeyFreeForTheCorrectedRetry() {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String key = UUID.randomUUID().toString();
        submit(meeting, token("KEN"), key, template("C20/99", "KEN")).then().statusCode(422);
        submit(meeting, token("KEN"), key, template("C20/99", "KEN")).then().statusCode(422)
                .body("type", equalTo("urn:plenary:problem:unknown-document-reference"));
        // A key is the request's: a corrected body needs a new key only once one has succeeded.
        submit(meeting, token("KEN"), key, template("C20/55", "KEN")).then().statusCode(201);
        submit(meeting, token("KEN"), "bad key with spaces", template("C20/55", "KEN"))
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(total(meeting, secretariat(), "")).isEqualTo(1);
    }
}
