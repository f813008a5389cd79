package org.plenary.infra.quarkus;

import io.restassured.response.Response;
import org.plenary.infra.DevTokens;
import org.plenary.infra.Engines;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * Well-signed tokens that must not be trusted, on every operation of the service's OpenAPI document that names a
 * security requirement: a member state without a {@code member_state} claim, with a claim that is not an ISO
 * 3166-1 alpha-3 code in capitals, a token that is both secretariat and member state, and a member_state claim on
 * a secretariat token are refused with a 403 problem; a token for another audience, or older than the maximum token
 * age however long it is valid, with a 401. The refusal comes
 * before any rule, so the path's parameters need not name anything that exists and nothing can be stored.
 */
public final class UntrustedTokenProbe {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private UntrustedTokenProbe() {
    }

    /** One line per operation and token that was not refused as it should be; empty when all were. */
    public static List<String> run() {
        DevTokens tokens = Engines.shared().tokens();
        Map<String, String> forbidden = new LinkedHashMap<>();
        forbidden.put("member state without claim", tokens.claiming(Set.of("member-state"), null, DevTokens.AUDIENCE));
        forbidden.put("member state claiming 'usa'", tokens.claiming(Set.of("member-state"), "usa", DevTokens.AUDIENCE));
        forbidden.put("member state claiming 'XYZ'", tokens.claiming(Set.of("member-state"), "XYZ", DevTokens.AUDIENCE));
        forbidden.put("member state claiming a list",
                tokens.claiming(Set.of("member-state"), List.of("USA"), DevTokens.AUDIENCE));
        forbidden.put("both roles", tokens.claiming(Set.of("member-state", "secretariat"), "KEN", DevTokens.AUDIENCE));
        forbidden.put("secretariat claiming KEN", tokens.claiming(Set.of("secretariat"), "KEN", DevTokens.AUDIENCE));
        Map<String, String> unauthenticated = Map.of(
                "another audience", tokens.claiming(Set.of("secretariat"), null, "another-application"),
                "a token issued 31 days ago", tokens.secretariatIssuedAt(Instant.now().minus(Duration.ofDays(31))));

        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> failures = new ArrayList<>();
        for (var path : paths.entrySet()) {
            String concrete = path.getKey().replaceAll("\\{[A-Za-z]+}", "X1");
            for (var operation : path.getValue().entrySet()) {
                if (!METHODS.contains(operation.getKey()) || !secured(operation.getValue())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                for (var token : forbidden.entrySet()) {
                    expect(failures, name, token.getKey(), send(operation.getKey(), concrete, token.getValue()), 403);
                }
                for (var token : unauthenticated.entrySet()) {
                    expect(failures, name, token.getKey(), send(operation.getKey(), concrete, token.getValue()), 401);
                }
            }
        }
        return failures;
    }

    private static boolean secured(Object operation) {
        Object security = ((Map<?, ?>) operation).get("security");
        return security instanceof List<?> requirements && !requirements.isEmpty();
    }

    private static Response send(String method, String path, String token) {
        return given().auth().oauth2(token).contentType("application/json").body("{}").request(method, path);
    }

    private static void expect(List<String> failures, String operation, String token, Response response, int status) {
        if (response.statusCode() != status || !response.contentType().startsWith("application/problem+json")) {
            failures.add(operation + " with " + token + ": " + response.statusCode() + " " + response.contentType()
                    + " " + response.asString());
        }
    }
}
