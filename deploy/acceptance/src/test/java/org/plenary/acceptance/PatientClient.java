package org.plenary.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A member state's system as the APIs ask it to behave when a service is in trouble: a creation carries an
 * {@code Idempotency-Key}; a 503 is sent again after its {@code Retry-After}, a refused or reset connection after a
 * second, with the same key and body, until the service answers something else; a request never waits longer than
 * {@link #TIMEOUT}. Every attempt is kept, answered or not, for the scene to judge.
 */
final class PatientClient {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A call that gets no answer but 503s and broken connections for this long fails the scene. */
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final Duration AFTER_A_BROKEN_CONNECTION = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One try of a call: the answer's status and what a client reads from it, or the error when there was none.
     *
     * @param status -1 when the connection was refused, reset or timed out
     */
    record Attempt(String call, int port, Instant at, Duration took, int status, String contentType,
                   String retryAfter, String problemType, String error) {

        boolean timedOut() {
            return error != null && error.startsWith(HttpTimeoutException.class.getSimpleName());
        }
    }

    /** The answer a call ended with, and how many attempts it took. */
    record Answer(int status, HttpResponse<String> response, JsonNode body, int attempts) {

        boolean replayed() {
            return response.headers().firstValue("Idempotent-Replayed").map(Boolean::parseBoolean).orElse(false);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();

    /**
     * @param idempotencyKey null for a call that needs none (a read, an idempotent change)
     * @param json           the body, or null
     */
    Answer send(String token, String method, int port, String path, String idempotencyKey, String json)
            throws InterruptedException {
        String call = method + " :" + port + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(TIMEOUT).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        Instant giveUp = Instant.now().plus(GIVE_UP);
        for (int attempt = 1; ; attempt++) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError(call + " got no answer but 503s and broken connections for " + GIVE_UP);
            }
            Instant at = Instant.now();
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException broken) {
                attempts.add(new Attempt(call, port, at, Duration.between(at, Instant.now()), -1, null, null, null,
                        broken.getClass().getSimpleName() + ": " + broken.getMessage()));
                Thread.sleep(AFTER_A_BROKEN_CONNECTION.toMillis());
                continue;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            JsonNode body = parse(response.body());
            attempts.add(new Attempt(call, port, at, Duration.between(at, Instant.now()), response.statusCode(),
                    contentType, retryAfter, body == null ? null : body.path("type").asText(null), null));
            if (response.statusCode() == 503 && retryAfter != null) {
                Thread.sleep(Duration.ofSeconds(Long.parseLong(retryAfter)).toMillis());
                continue;
            }
            return new Answer(response.statusCode(), response, body, attempt);
        }
    }

    List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
