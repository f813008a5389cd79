package org.plenary.infra.quarkus;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.LogConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.plenary.infra.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;

/**
 * Drives every operation of a service's own OpenAPI document with hostile values, one at a time, in every path,
 * query and header parameter and every member of its JSON body: NUL and other control characters, CRLF, U+2028,
 * right-to-left marks, a broken code point, oversize values, wrong types, unknown enum values; and whole bodies that
 * are not the object asked for, deeply nested or cut short. Each request goes out with the secretariat's token and
 * with a member state's. It finds what a member state's client should never meet: a 5xx, a 4xx that is not
 * problem+json, and a refused request that changed what the service stores ({@link StoredState}). An operation it
 * cannot build a request for (a path parameter without a value to use) is reported too.
 */
public final class HostileInputProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The suite logs a request in case it fails; that pretty-printing would choke on a body nested 5,000 deep. */
    private static final RestAssuredConfig UNLOGGED = RestAssured.config().logConfig(new LogConfig());
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Percent-encoded, as a client would put them in a path or a query. */
    private static final List<String> IN_URI = List.of("%00", "a%0D%0ABcc:%20x", "%07", "%C2%85", "%E2%80%A8",
            "%E2%80%AE%E2%80%8Fevil", "%ED%A0%80", "%C0%80", "%25", "-1", "99999999999999999999",
            "%27%3B%20drop%20table%20x%3B--", "a".repeat(5_000));
    /** What a header can carry on the wire (a raw control character never reaches a service: the decoder stops it). */
    private static final List<String> IN_HEADER = List.of("x".repeat(30_000), "\"quoted\" <angle> {brace}", "é",
            "-1");
    private static final List<Object> IN_BODY = List.of("\u0000", "a\u0000b", "a\r\nBcc: x@example.org", "\u0007",
            "\u0085", "\u2028", "\u202E\u200Fevil", "\uD800", "x".repeat(100_000), "NOT_A_VALUE", "",
            12_345, -1, 1e308, true, List.of(), Map.of("nested", Map.of()));
    private static final List<String> WHOLE_BODIES = List.of("", "null", "[]", "\"text\"", "12", "{\"unterminated",
            "{\"a\": 1, \"a\": 2}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"x\":".repeat(2_000) + "1" + "}".repeat(2_000));

    private final Map<String, String> pathValues;
    private final Map<String, String> tokens;
    private final StoredState stored;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** The service under test, as Quarkus points RestAssured at it: scheme, host, port and root path. */
    private final String base = RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath
            .replaceAll("/$", "");
    private final List<String> failures = new ArrayList<>();
    private Map<String, Object> document;
    private int requests;

    /**
     * @param pathValues a value that exists (or at least fits) for each path parameter name, e.g. meetingId
     * @param tokens     the tokens to try, by a name for the report (the secretariat's and a member state's)
     * @param stored     what the service stores, read before and after each request
     */
    public HostileInputProbe(Map<String, String> pathValues, Map<String, String> tokens, StoredState stored) {
        this.pathValues = pathValues;
        this.tokens = tokens;
        this.stored = stored;
    }

    /** What was found, one line per finding; empty when the service stood. */
    public List<String> run() {
        document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("");
        Duration clockOffset = clockOffset();
        try {
            Map<String, Map<String, Object>> paths = cast(document.get("paths"));
            Map<String, String> before = stored.read();
            for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
                for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                    if (METHODS.contains(operation.getKey())) {
                        before = probe(operation.getKey().toUpperCase(), path.getKey(), cast(operation.getValue()),
                                before);
                    }
                }
            }
        } finally {
            restoreClock(clockOffset);
            stored.close();
        }
        return failures;
    }

    public int requests() {
        return requests;
    }

    private Map<String, String> probe(String method, String template, Map<String, Object> operation,
                                      Map<String, String> before) {
        String name = method + " " + template;
        Matcher parameter = PATH_PARAMETER.matcher(template);
        while (parameter.find()) {
            if (!pathValues.containsKey(parameter.group(1))) {
                failures.add(name + ": cannot classify, no value for {" + parameter.group(1) + "}");
                return before;
            }
        }
        List<Map<String, Object>> parameters = operation.containsKey("parameters")
                ? cast(operation.get("parameters")) : List.of();
        Object body = body(operation);
        if (body == Unbuildable.BODY) {
            failures.add(name + ": cannot classify, its request body is not JSON");
            return before;
        }
        String bodyText = body == null ? null : write(body);
        List<Variant> variants = new ArrayList<>();
        for (Map<String, Object> p : parameters) {
            String in = (String) p.get("in");
            String pname = (String) p.get("name");
            if ("path".equals(in)) {
                IN_URI.forEach(v -> variants.add(new Variant(pname + "=" + abbreviate(v),
                        fill(template, Map.of(pname, v)), Map.of(), Map.of(), bodyText)));
            } else if ("query".equals(in)) {
                IN_URI.forEach(v -> variants.add(new Variant(pname + "=" + abbreviate(v), fill(template, Map.of()),
                        Map.of(pname, v), Map.of(), bodyText)));
            } else if ("header".equals(in)) {
                IN_HEADER.forEach(v -> variants.add(new Variant(pname + ": " + abbreviate(v),
                        fill(template, Map.of()), Map.of(), Map.of(pname, v), bodyText)));
            }
        }
        if (body != null) {
            for (List<Object> member : members(body, new ArrayList<>())) {
                for (Object hostile : IN_BODY) {
                    variants.add(new Variant(pointer(member) + "=" + abbreviate(String.valueOf(hostile)),
                            fill(template, Map.of()), Map.of(), Map.of(), write(replace(body, member, 0, hostile))));
                }
            }
            WHOLE_BODIES.forEach(b -> variants.add(new Variant("body " + abbreviate(b), fill(template, Map.of()),
                    Map.of(), Map.of(), b)));
        }
        for (Variant variant : variants) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                before = send(name, method, variant, token, before);
            }
        }
        return before;
    }

    private record Variant(String label, String path, Map<String, String> query, Map<String, String> headers,
                           String body) {
    }

    private Map<String, String> send(String name, String method, Variant variant, Map.Entry<String, String> token,
                                     Map<String, String> before) {
        Answer response = request(method, variant, token.getValue());
        String said = name + " [" + token.getKey() + "] " + variant.label() + " → " + response.statusCode() + " "
                + abbreviate(response.body());
        Map<String, String> after = stored.read();
        int status = response.statusCode();
        if (status >= 500) {
            failures.add("5xx: " + said);
        } else if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add("4xx without a problem: " + said);
            }
            if (!StoredState.changes(before, after).isEmpty()) {
                after = changedByTheRequest(method, variant, token.getValue(), said);
            }
        }
        return after;
    }

    /**
     * A table changed around a refused request; the service's consumers may still have been applying an event of an
     * earlier test. Once the tables are still, the same request is sent again: only a change it makes again is a
     * finding.
     */
    private Map<String, String> changedByTheRequest(String method, Variant variant, String token, String said) {
        Map<String, String> still = stored.readWhenStill();
        request(method, variant, token);
        Map<String, String> after = stored.read();
        StoredState.changes(still, after).forEach(table -> failures.add("refused, yet " + table + " changed: "
                + said));
        return after;
    }

    /**
     * One request as the client of a member state would send it, on the JDK's HTTP client: thousands go out, and the
     * probe's own cost per request (not the service's) would otherwise be most of its time.
     */
    private Answer request(String method, Variant variant, String token) {
        if (!variant.headers().isEmpty()) {
            return throughRestAssured(method, variant, token);
        }
        StringBuilder uri = new StringBuilder(base).append(variant.path());
        String separator = "?";
        for (Map.Entry<String, String> query : variant.query().entrySet()) {
            uri.append(separator).append(query.getKey()).append('=').append(query.getValue());
            separator = "&";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(1));
        variant.headers().forEach(request::header);
        if (variant.body() != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, variant.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(variant.body()));
        requests++;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The few header variants go through RestAssured: the JDK's client writes header values in US-ASCII, so "é" would
     * reach the service as "?", where RestAssured sends its byte.
     */
    private Answer throughRestAssured(String method, Variant variant, String token) {
        RequestSpecification request = given().config(UNLOGGED).urlEncodingEnabled(false).auth().oauth2(token);
        variant.headers().forEach(request::header);
        if (variant.body() != null) {
            request.contentType("application/json").body(variant.body());
        }
        requests++;
        Response response = request.request(method, variant.path());
        return new Answer(response.statusCode(), response.contentType(), response.asString());
    }

    private record Answer(int statusCode, String contentType, String body) {
    }

    /** A JSON body built from the operation's schema (examples where it gives them), or null without a body. */
    private Object body(Map<String, Object> operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        Map<String, Object> content = cast(((Map<?, ?>) operation.get("requestBody")).get("content"));
        Map<String, Object> json = cast(content.get("application/json"));
        if (json == null) {
            return Unbuildable.BODY;
        }
        return example(cast(json.get("schema")), 0);
    }

    private enum Unbuildable { BODY }

    private Object example(Map<String, Object> schema, int depth) {
        if (schema == null || depth > 8) {
            return "x";
        }
        if (schema.containsKey("$ref")) {
            String ref = (String) schema.get("$ref");
            Map<String, Object> schemas = cast(((Map<?, ?>) document.get("components")).get("schemas"));
            return example(cast(schemas.get(ref.substring(ref.lastIndexOf('/') + 1))), depth + 1);
        }
        if (schema.containsKey("example")) {
            return schema.get("example");
        }
        if (schema.containsKey("enum")) {
            return ((List<?>) schema.get("enum")).get(0);
        }
        Object type = schema.get("type");
        String kind = type instanceof List<?> types ? String.valueOf(types.get(0)) : String.valueOf(type);
        return switch (kind) {
            case "object" -> {
                Map<String, Object> properties = schema.containsKey("properties") ? cast(schema.get("properties"))
                        : Map.of();
                Map<String, Object> object = new LinkedHashMap<>();
                properties.forEach((k, v) -> object.put(k, example(cast(v), depth + 1)));
                if (properties.isEmpty() && schema.get("additionalProperties") instanceof Map<?, ?> values) {
                    object.put("en", example(cast(values), depth + 1));
                }
                yield object;
            }
            case "array" -> List.of(example(cast(schema.get("items")), depth + 1));
            case "integer", "number" -> 1;
            case "boolean" -> false;
            default -> switch (String.valueOf(schema.get("format"))) {
                case "date" -> "2020-06-10";
                case "date-time" -> "2020-06-01T08:00:00Z";
                case "uuid" -> "00000000-0000-0000-0000-000000000000";
                case "email" -> "someone@example.org";
                default -> "x";
            };
        };
    }

    /** Every member of a body, as its path of keys and indexes, objects and arrays included. */
    private static List<List<Object>> members(Object value, List<Object> at) {
        List<List<Object>> members = new ArrayList<>();
        if (value instanceof Map<?, ?> object) {
            object.forEach((k, v) -> {
                List<Object> next = new ArrayList<>(at);
                next.add(k);
                members.add(next);
                members.addAll(members(v, next));
            });
        } else if (value instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                members.add(next);
                members.addAll(members(array.get(i), next));
            }
        }
        return members;
    }

    private static Object replace(Object value, List<Object> member, int depth, Object hostile) {
        if (depth == member.size()) {
            return hostile;
        }
        Object key = member.get(depth);
        if (value instanceof Map<?, ?> object) {
            Map<Object, Object> copy = new LinkedHashMap<>(object);
            copy.put(key, replace(object.get(key), member, depth + 1, hostile));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<?>) value);
        copy.set((Integer) key, replace(copy.get((Integer) key), member, depth + 1, hostile));
        return copy;
    }

    private static String pointer(List<Object> member) {
        StringBuilder pointer = new StringBuilder();
        member.forEach(part -> pointer.append('/').append(part));
        return pointer.toString();
    }

    private String fill(String template, Map<String, String> hostile) {
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = hostile.getOrDefault(parameter.group(1), pathValues.get(parameter.group(1)));
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    /** The service's clock may be moved by a request the probe makes; it is put back where it was. */
    private Duration clockOffset() {
        Instant now = Instant.parse(given().auth().oauth2(Engines.shared().tokens().secretariat()).get("/clock")
                .then().statusCode(200).extract().path("now"));
        return Duration.between(Instant.now(), now);
    }

    private void restoreClock(Duration offset) {
        given().auth().oauth2(Engines.shared().tokens().secretariat()).contentType("application/json")
                .body("{\"now\": \"" + Instant.now().plus(offset) + "\"}").put("/clock").then().statusCode(200);
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        String shown = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
