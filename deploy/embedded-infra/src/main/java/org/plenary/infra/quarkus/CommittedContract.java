package org.plenary.infra.quarkus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's OpenAPI document is part of the product: the one it serves is the one committed in
 * {@code docs/api/<service>.yaml}, so a change of contract is always a visible diff, and every operation is one a
 * client generator makes a good method of (an operationId that reads as a verb, a typed body on every success that
 * has one). Run a service's contract test with {@code -Dplenary.api.update=true} to write the served document there
 * after a deliberate change; the README's "The API" says how such a change is versioned.
 */
final class CommittedContract {

    static final String UPDATE = "plenary.api.update";
    private static final Path DOCS = Path.of(System.getProperty("plenary.root", "..")).resolve("docs/api");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String VERB = "(get|list|add|change|remove|adopt|compare|record|withdraw|schedule|cancel"
            + "|allocate|publish|create|submit|revise|register|rotate|request|decide|set|save|replace|erase|follow"
            + "|resend)[A-Z][A-Za-z]*";

    private CommittedContract() {
    }

    static void assertServedAsCommitted(String service) {
        String served = given().when().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        Path committed = DOCS.resolve(service + ".yaml");
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(DOCS);
                Files.writeString(committed, served, StandardCharsets.UTF_8);
            }
            assertThat(committed).as("the committed contract of " + service).exists();
            assertThat(served).as("the served OpenAPI document of %s differs from %s: review the change, then run "
                            + "its contract test with -D%s=true to commit it", service, committed, UPDATE)
                    .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertOperationsGenerateGoodClients() {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(
                    given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> faults = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (!METHODS.contains(entry.getKey())) {
                    return;
                }
                String operation = entry.getKey().toUpperCase() + " " + path.getKey();
                String id = entry.getValue().path("operationId").asText("");
                if (!id.matches(VERB)) {
                    faults.add(operation + ": operationId '" + id + "' does not read as a verb");
                }
                entry.getValue().path("responses").fields().forEachRemaining(response -> {
                    boolean success = response.getKey().startsWith("2") && !response.getKey().equals("204");
                    boolean typed = false;
                    for (JsonNode media : response.getValue().path("content")) {
                        typed |= media.has("schema");
                    }
                    if (success && !typed) {
                        faults.add(operation + ": " + response.getKey() + " has no typed body");
                    }
                });
            });
        }
        assertThat(faults).as("operations a generated client would make poor methods of").isEmpty();
    }
}
