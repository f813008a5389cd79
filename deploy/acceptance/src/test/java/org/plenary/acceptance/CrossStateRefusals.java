package org.plenary.acceptance;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.acceptance.Api.AGENDA;
import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.MEETING;
import static org.plenary.acceptance.Api.NOTIFICATION;
import static org.plenary.acceptance.Api.REGISTRATION;
import static org.plenary.acceptance.Api.SECRETARIAT;

/**
 * China's token against Kenya's objects, on every operation the four services publish in their OpenAPI documents:
 * each is either refused (403, or 404 where the answer must not even confirm the object) or open to every state by
 * design, and then its answer carries nothing of Kenya's that is not public. An operation added to a service without
 * being classified here fails the check, so the list cannot fall behind the API.
 */
final class CrossStateRefusals {

    private static final String ATTACKER = "CHN";
    private static final String VICTIM = "KEN";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    /** Operations that take no bearer token by design: a join link is its own credential. */
    private static final Map<String, String> WITHOUT_TOKEN = Map.of(
            "GET 8083 /join/{token}", "the link in a participant's email is the credential");

    private record Call(boolean open, String body, String query, Consumer<Response> check) {
    }

    private static Call refused(String body) {
        return new Call(false, body, null, response -> {
        });
    }

    private static Call refused() {
        return refused(null);
    }

    private static Call open() {
        return new Call(true, null, null, response -> {
        });
    }

    private final Api api;
    private final Map<String, String> story;

    CrossStateRefusals(Api api, Map<String, String> story) {
        this.api = api;
        this.story = story;
    }

    private Map<String, Call> calls() {
        String joint = """
                {"submittingMemberStates": ["KEN"], "title": "On behalf of Kenya", "documentReference": "C20/55",
                 "commentsOnDocument": "c", "proposedWayForward": "p", "language": "en",
                 "contact": {"name": "Someone", "email": "someone@chn.example.org"}}""";
        String clock = "{\"advance\": \"PT1M\"}";
        return Map.ofEntries(
                entry("GET 8081 /clock", open()), entry("PUT 8081 /clock", refused(clock)),
                entry("GET 8081 /meetings", open()),
                entry("POST 8081 /meetings", refused("{\"id\": \"X\"}")),
                entry("GET 8081 /meetings/{meetingId}", open()),
                entry("PATCH 8081 /meetings/{meetingId}", refused("{\"startsOn\": \"2020-06-10\"}")),
                entry("GET 8081 /meetings/{meetingId}/agenda", open()),
                entry("GET 8081 /meetings/{meetingId}/agenda.csv", open()),
                entry("GET 8081 /meetings/{meetingId}/agenda.html", open()),
                entry("POST 8081 /meetings/{meetingId}/agenda/items",
                        refused("{\"number\": 60, \"title\": {\"en\": \"x\"}}")),
                entry("DELETE 8081 /meetings/{meetingId}/agenda/items/{number}", refused()),
                entry("PATCH 8081 /meetings/{meetingId}/agenda/items/{number}",
                        refused("{\"title\": {\"en\": \"x\"}}")),
                entry("GET 8081 /meetings/{meetingId}/agenda/versions", open()),
                entry("POST 8081 /meetings/{meetingId}/agenda/versions", refused("{\"reason\": \"x\"}")),
                entry("GET 8081 /meetings/{meetingId}/agenda/versions/compare",
                        new Call(true, null, "from=1&to=1", response -> {
                        })),
                entry("GET 8081 /meetings/{meetingId}/agenda/versions/{number}", open()),
                entry("PUT 8081 /meetings/{meetingId}/contribution-deadline",
                        refused("{\"date\": \"2020-06-30\", \"reason\": \"x\"}")),
                entry("GET 8081 /meetings/{meetingId}/contribution-deadline/history", open()),
                // China may record its own proposals, never Kenya's.
                entry("POST 8081 /meetings/{meetingId}/proposals",
                        refused("{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 7, "
                                + "\"memberState\": \"KEN\"}")),
                entry("GET 8081 /meetings/{meetingId}/proposals", open()),
                entry("DELETE 8081 /meetings/{meetingId}/proposals/{proposalId}", refused()),
                entry("POST 8081 /meetings/{meetingId}/sessions", refused(
                        "{\"title\": {\"en\": \"x\"}, \"date\": \"2020-06-10\", \"start\": \"12:00\", "
                                + "\"end\": \"13:00\"}")),
                entry("DELETE 8081 /meetings/{meetingId}/sessions/{sessionId}", refused()),
                entry("PUT 8081 /meetings/{meetingId}/sessions/{sessionId}/allocations",
                        refused("[{\"itemNumber\": 6, \"minutes\": 10}]")),
                entry("GET 8081 /meetings/{meetingId}/time-plan", open()),
                entry("GET 8081 /meetings/{meetingId}/time-plan.ics", open()),
                entry("POST 8081 /meetings/{meetingId}/time-plan/publication", refused()),

                entry("GET 8082 /clock", open()), entry("PUT 8082 /clock", refused(clock)),
                entry("GET 8082 /meetings/{meetingId}/agenda-items", open()),
                entry("GET 8082 /meetings/{meetingId}/contribution-deadline", open()),
                entry("POST 8082 /meetings/{meetingId}/contributions", refused(joint)),
                entry("GET 8082 /meetings/{meetingId}/contributions", open()),
                entry("PUT 8082 /meetings/{meetingId}/contributions/{contributionId}", refused(joint)),
                entry("GET 8082 /meetings/{meetingId}/contributions/{contributionId}", refused()),
                entry("POST 8082 /meetings/{meetingId}/contributions/{contributionId}/publication", refused()),
                entry("GET 8082 /meetings/{meetingId}/contributions/{contributionId}/revisions", refused()),
                entry("POST 8082 /meetings/{meetingId}/contributions/{contributionId}/withdrawal",
                        refused("{\"reason\": \"x\"}")),
                entry("DELETE 8082 /meetings/{meetingId}/contributions/{contributionId}/submitting-member-states"
                        + "/{memberState}", refused()),

                entry("GET 8083 /clock", open()), entry("PUT 8083 /clock", refused(clock)),
                entry("GET 8083 /meetings/{meetingId}/additional-speakers", open()),
                entry("POST 8083 /meetings/{meetingId}/additional-speakers/{requestId}/decision",
                        refused("{\"grant\": false, \"reason\": \"x\"}")),
                entry("GET 8083 /meetings/{meetingId}/capacity", new Call(true, null, null, response ->
                        assertThat(response.jsonPath().getList("delegations.memberState", String.class))
                                .as("a member state sees its own delegation only").doesNotContain(VICTIM))),
                entry("PUT 8083 /meetings/{meetingId}/capacity",
                        refused("{\"speakers\": 400, \"viewers\": 2000, \"speakersPerDelegationMax\": 3}")),
                entry("POST 8083 /meetings/{meetingId}/delegations/{memberState}/additional-speakers",
                        refused("{\"participantId\": \"" + story.get("kenViewer") + "\", \"itemNumber\": 5}")),
                entry("POST 8083 /meetings/{meetingId}/delegations/{memberState}/participants",
                        refused("{\"name\": \"N\", \"email\": \"n@chn.example.org\", \"function\": \"f\", "
                                + "\"language\": \"en\", \"role\": \"VIEWER\"}")),
                entry("GET 8083 /meetings/{meetingId}/delegations/{memberState}/participants", refused()),
                entry("GET 8083 /meetings/{meetingId}/delegations/{memberState}/participants/{participantId}",
                        refused()),
                entry("POST 8083 /meetings/{meetingId}/delegations/{memberState}/participants/{participantId}"
                        + "/cancellation", refused()),
                entry("POST 8083 /meetings/{meetingId}/delegations/{memberState}/participants/{participantId}/link",
                        refused()),
                entry("PUT 8083 /meetings/{meetingId}/delegations/{memberState}/participants/{participantId}/role",
                        refused("{\"role\": \"VIEWER\"}")),
                entry("POST 8083 /personal-data/erasures",
                        refused("{\"email\": \"grace.mwangi@ca.ken.example.org\"}")),
                entry("GET 8083 /member-states", open()),
                entry("PUT 8083 /member-states/{code}", refused("{\"name\": \"Renamed\"}")),
                entry("PUT 8083 /member-states/{code}/category", refused("{\"category\": \"MEMBER_STATE\"}")),
                entry("GET 8083 /member-states/{code}", open()),
                entry("PUT 8083 /member-states/{code}/contact-persons",
                        refused("[{\"name\": \"Impostor\", \"email\": \"impostor@chn.example.org\", "
                                + "\"language\": \"en\"}]")),

                entry("GET 8084 /clock", open()), entry("PUT 8084 /clock", refused(clock)),
                entry("GET 8084 /contact-persons/{memberState}", refused()),
                entry("GET 8084 /deliveries", refused()),
                entry("GET 8084 /deliveries/{id}", refused()),
                entry("POST 8084 /deliveries/{id}/resend", refused()),
                entry("GET 8084 /meetings/{meetingId}/reminders", open()),
                entry("PUT 8084 /meetings/{meetingId}/reminders/offsets", refused("{\"offsets\": [\"P1D\"]}")));
    }

    void assertChinaIsRefusedOnKenyasObjects() {
        String delivery = api.as(SECRETARIAT, NOTIFICATION).queryParam("kind", "CONTRIBUTION").get("/deliveries")
                .then().statusCode(200).extract().path("deliveries[0].id");
        Map<String, String> values = Map.of("meetingId", MEETING, "contributionId", story.get("joint"),
                "memberState", VICTIM, "code", VICTIM, "participantId", story.get("kenSpeaker"),
                "requestId", story.get("kenRequest"), "proposalId", story.get("kenProposal"),
                "sessionId", story.get("session"), "id", delivery);
        List<String> secrets = secrets();
        Map<String, Object> before = kenyaAsTheSecretariatSeesIt();

        Map<String, Call> calls = calls();
        TreeSet<String> published = new TreeSet<>();
        for (int port : List.of(AGENDA, CONTRIBUTION, REGISTRATION, NOTIFICATION)) {
            published.addAll(operations(port));
        }
        TreeSet<String> classified = new TreeSet<>(calls.keySet());
        classified.addAll(WITHOUT_TOKEN.keySet());
        assertThat(published).as("every published operation is classified here").isEqualTo(classified);

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Call> entry : new TreeMap<>(calls).entrySet()) {
            String[] operation = entry.getKey().split(" ");
            Call call = entry.getValue();
            String path = substitute(operation[2], values);
            RequestSpecification request = api.as(ATTACKER, Integer.parseInt(operation[1]));
            if (call.body() != null) {
                request.body(call.body());
            }
            Response response = request.request(operation[0], path + (call.query() == null ? "" : "?" + call.query()));
            String body = response.asString();
            String said = entry.getKey() + " → " + response.statusCode() + " " + abbreviate(body);
            if (call.open()) {
                if (response.statusCode() != 200) {
                    failures.add("open to every state, yet " + said);
                }
                secrets.stream().filter(body::contains)
                        .forEach(secret -> failures.add("leaks " + secret + ": " + said));
                try {
                    call.check().accept(response);
                } catch (AssertionError e) {
                    failures.add(e.getMessage() + ": " + said);
                }
            } else if (response.statusCode() != 403 && response.statusCode() != 404) {
                failures.add("not refused: " + said);
            } else if (!response.contentType().startsWith("application/problem+json")) {
                failures.add("refused without a problem: " + said);
            }
        }
        assertThat(failures).as("China's token on Kenya's objects").isEmpty();
        assertThat(kenyaAsTheSecretariatSeesIt()).as("nothing of Kenya's changed").isEqualTo(before);
    }

    /** What China must not learn: Kenya's draft contribution, participants, contact persons and requests. */
    private List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(story.get("joint"), "Preparations for WRC-23",
                story.get("kenRequest"), "@ken.example.org", "@ca.ken.example.org"));
        secrets.addAll(api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + MEETING + "/delegations/KEN/participants")
                .then().statusCode(200).extract().<List<String>>path("id"));
        return secrets;
    }

    private Map<String, Object> kenyaAsTheSecretariatSeesIt() {
        JsonPath contribution = api.as(SECRETARIAT, CONTRIBUTION)
                .get("/meetings/" + MEETING + "/contributions/" + story.get("joint")).jsonPath();
        return Map.of(
                "contribution", contribution.getString("status") + " r" + contribution.getInt("revision"),
                "participants", api.as(SECRETARIAT, REGISTRATION)
                        .get("/meetings/" + MEETING + "/delegations/KEN/participants").jsonPath()
                        .getList("collect { it.name + ' ' + it.role + ' ' + it.status }"),
                "contacts", api.as(SECRETARIAT, REGISTRATION).get("/member-states/KEN").jsonPath()
                        .getList("contactPersons.email"),
                "proposals", api.as(SECRETARIAT, AGENDA).get("/meetings/" + MEETING + "/proposals").jsonPath()
                        .getList("findAll { it.memberState == 'KEN' }.id"),
                "requests", api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + MEETING + "/additional-speakers")
                        .jsonPath().getList("collect { it.id + ' ' + it.status }"));
    }

    /** "METHOD port path" of every operation in a service's OpenAPI document. */
    private static List<String> operations(int port) {
        Map<String, Map<String, Object>> paths = RestAssured.given().baseUri("http://localhost").port(port)
                .queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().path("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.keySet().stream()
                .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> operations.add(method.toUpperCase() + " " + port + " " + path)));
        return operations;
    }

    private static String substitute(String template, Map<String, String> values) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = name.equals("number") ? (template.contains("/versions/") ? "1" : "5") : values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in " + template);
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(path).toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
