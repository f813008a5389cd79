package org.plenary.contribution;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.plenary.infra.Engines;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Tokens, the letter's template filled in, and the calls every contribution test makes. */
public final class TestContributions {

    public static final String PROBLEM = "application/problem+json";

    private TestContributions() {
    }

    public static String token(String state) {
        return Engines.shared().tokens().memberState(state);
    }

    public static String secretariat() {
        return Engines.shared().tokens().secretariat();
    }

    /** The template filled in on the given reference by the states given, the first as lead: 26 words. */
    public static Map<String, Object> template(String reference, String... states) {
        return Map.of(
                "submittingMemberStates", List.of(states),
                "title", "Preparations for WRC-23 under the pandemic",
                "documentReference", reference,
                "commentsOnDocument", "We support the report and ask for a virtual preparatory meeting.",
                "proposedWayForward", "Council notes the report and instructs the secretariat accordingly.",
                "language", "en",
                "contact", Map.of("name", "Jane Wanjiru", "email", "jane.wanjiru@example.org"));
    }

    /** The body with one field replaced, or removed when value is null. */
    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Response submit(String meetingId, String token, Object body) {
        return as(token).body(body).when().post("/meetings/" + meetingId + "/contributions");
    }

    /** Submits and returns the new contribution's id. */
    public static String submitted(String meetingId, String token, Object body) {
        return submit(meetingId, token, body).then().statusCode(201).extract().path("id");
    }

    /** How many contributions this token's list shows, with the query given ("" or "?itemNumber=5"). */
    public static int total(String meetingId, String token, String query) {
        return given().auth().oauth2(token).when().get("/meetings/" + meetingId + "/contributions" + query)
                .then().statusCode(200).extract().path("total");
    }
}
