package org.plenary.infra.quarkus;

import io.restassured.RestAssured;
import org.plenary.infra.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** What every Plenary service must serve, checked the same way in each service's tests. */
public final class ServiceContract {

    private ServiceContract() {
    }

    /**
     * Ready with its database (Kafka is not part of readiness: writes go on through the outbox), the health groups
     * outbox and consumers served, their gauges in the metrics; OpenAPI with its title and the bearer scheme the
     * dashboard authorizes with, every operation fit for a generated client, and the document the one committed in
     * docs/api ({@link CommittedContract});
     * Swagger UI; a problem+json 404 for a path that does not exist; and a problem+json, never an empty answer, for a
     * NUL in a path, a URI too long and headers too large.
     */
    public static void assertServed(String openApiTitle) {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"))
                .body(org.hamcrest.Matchers.not(containsString("Kafka connection")));
        given().when().get("/q/health/group/outbox").then().body("checks.name", org.hamcrest.Matchers.hasItem("Outbox"));
        given().when().get("/q/health/group/consumers").then()
                .body("checks.name", org.hamcrest.Matchers.hasItem("Event consumers"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("plenary_outbox_waiting"))
                .body(containsString("plenary_outbox_oldest_seconds")).body(containsString("plenary_consumers_retrying"))
                // Each consumer's lag behind the end of its partitions, as the Kafka client measures it.
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo(openApiTitle))
                .body("components.securitySchemes.bearerAuth.scheme", equalTo("bearer"))
                .body("components.schemas.Problem.properties.errors.type", equalTo("array"));
        CommittedContract.assertOperationsGenerateGoodClients();
        CommittedContract.assertServedAsCommitted(openApiTitle.substring(openApiTitle.indexOf(' ') + 1));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/meetings/C20-VC/nothing-here").then().statusCode(404)
                .contentType("application/problem+json");
        // Not every service has GET /meetings/{meetingId}: a 404 is as good an answer as a 400, a 500 is not.
        assertRefusedWithProblem("GET /meetings/%00", "", "4", "urn:plenary:problem:");
        assertRefusedWithProblem("GET /meetings/" + "a".repeat(5_000), "", "414", "urn:plenary:problem:uri-too-long");
        assertRefusedWithProblem("GET /meetings/C20-VC", "X-Padding: " + "x".repeat(30_000) + "\r\n", "431",
                "urn:plenary:problem:headers-too-large");
    }

    /**
     * Sent as raw HTTP/1.1, as a hostile client would, with no client library to tidy it: the answer is a problem with
     * a status starting with {@code status}, its body containing {@code expected}.
     */
    private static void assertRefusedWithProblem(String requestLine, String headers, String status,
                                                 String expected) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((requestLine + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).as(requestLine.substring(0, Math.min(60, requestLine.length())))
                    .startsWith("HTTP/1.1 " + status).containsIgnoringCase("content-type: application/problem+json")
                    .contains(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two kinds of caller every operation must stand: the secretariat and a member state (Kenya). */
    public static Map<String, String> secretariatAndAMemberState() {
        return Map.of("secretariat", Engines.shared().tokens().secretariat(),
                "KEN", Engines.shared().tokens().memberState("KEN"));
    }
}
