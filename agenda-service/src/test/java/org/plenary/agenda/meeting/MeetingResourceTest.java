package org.plenary.agenda.meeting;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.infra.DevTokens;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class MeetingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");

    private static String meeting(String id, String timeZone) {
        return """
                {"id": "%s", "title": {"en": "Rehearsal", "zh": "彩排"}, "timeZone": "%s",
                 "startsOn": "2021-03-01", "contributionDeadlineDate": "2021-02-20", "contributionDeadlineTime": "17:00",
                 "mailboxes": {"contributions": "contributions@example.org", "speakerRegistration": "reg@example.org",
                               "speakerRegistrationCc": "remote@example.org", "secretariat": "gbs@example.org"},
                 "capacity": {"speakers": 10, "viewers": 20, "speakersPerDelegationMin": 1, "speakersPerDelegationMax": 3}}
                """.formatted(id, timeZone);
    }

    @Test
    void theSecretariatCreatesAMeetingAndItIsAnnounced() {
        String id = UniqueIds.id("T");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(meeting(id, "Asia/Tokyo"))
                .when().post("/meetings")
                .then().statusCode(201)
                .header("Location", endsWith("/meetings/" + id))
                // 20 February 17:00 in Tokyo (UTC+9)
                .body("contributionDeadline", equalTo("2021-02-20T08:00:00Z"))
                .body("contributionDeadlineLocal", startsWith("2021-02-20T17:00+09:00"));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            probe.readUntil(records -> records.stream().anyMatch(r -> id.equals(r.key())
                    && r.value().contains(MeetingScheduled.TYPE)), Duration.ofSeconds(30));
        }
        given().auth().oauth2(kenya).when().get("/meetings")
                .then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void aSecondMeetingWithTheSameIdIsAConflict() {
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(meeting("C20-VC", "Europe/Zurich"))
                .when().post("/meetings")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:meeting-already-exists"));
    }

    @Test
    void invalidFieldsAreNamedWithTheirRule() {
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(meeting("lower case", "Europe/Zurich").replace("contributions@example.org", "not-an-email"))
                .when().post("/meetings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:validation"))
                .body("errors.field", hasItem("id"))
                .body("errors.rule", hasItem("Pattern"))
                .body("errors.field", hasItem("mailboxes.contributions"))
                .body("errors.rule", hasItem("Email"));

        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(meeting("TZBAD", "Mars/Olympus"))
                .when().post("/meetings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("timeZone"))
                .body("errors[0].rule", equalTo("TimeZone"));
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequestsNotServerErrors() {
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body("{\"id\": \"X1\", ")
                .when().post("/meetings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:malformed-json"));

        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(meeting("WRONGTYPE", "Europe/Zurich").replace("\"speakers\": 10", "\"speakers\": \"many\""))
                .when().post("/meetings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("capacity.speakers"))
                .body("errors[0].rule", equalTo("type"))
                .body("detail", containsString("a number"));

        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body(meeting("BADDATE", "Europe/Zurich").replace("2021-03-01", "1 March"))
                .when().post("/meetings")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("startsOn"));
    }

    @Test
    void tokensAreRequiredTrustedAndOfTheRightRole() {
        given().when().get("/meetings/C20-VC")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:plenary:problem:unauthorized"));

        given().auth().oauth2(DevTokens.signedByStranger()).when().get("/meetings/C20-VC")
                .then().statusCode(401).contentType(PROBLEM);

        given().auth().oauth2(kenya).contentType(ContentType.JSON).body(meeting("KENYA1", "Africa/Nairobi"))
                .when().post("/meetings")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:forbidden"));
    }

    @Test
    void unknownMeetingsAndPathsAreProblems() {
        given().auth().oauth2(kenya).when().get("/meetings/NOPE")
                .then().statusCode(404).contentType(PROBLEM)
                .body("detail", equalTo("Meeting NOPE does not exist"));

        given().auth().oauth2(kenya).when().get("/no/such/path")
                .then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(kenya).when().delete("/meetings/C20-VC")
                .then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void theOpenApiDocumentSaysEveryErrorIsAProblem() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/meetings'.post.responses.'400'.description", containsString("Invalid"))
                .body("paths.'/meetings'.post.responses.'400'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/meetings/{meetingId}/contribution-deadline'.put.responses.'404'.content."
                        + "'application/problem+json'.schema.$ref", equalTo("#/components/schemas/Problem"));
    }

    @Test
    void theSecretariatChangesAMeetingAndItsFullStateIsAnnouncedAgain() {
        String id = org.plenary.agenda.TestMeetings.create("E");
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body("""
                        {"title": {"zh": "彩排"}, "startsOn": "2020-06-10",
                         "mailboxes": {"contributions": "new-contributions@example.org", "speakerRegistration": "r@example.org",
                                       "speakerRegistrationCc": "rc@example.org", "secretariat": "s@example.org",
                                       "sender": "council@example.org"},
                         "contact": {"name": "Ms Béatrice Pluchon", "phone": "+41 22 730 6266", "email": "s@example.org"},
                         "addressedTo": "COUNCIL_MEMBER_STATES", "observersAllowed": false}""")
                .when().patch("/meetings/" + id)
                .then().statusCode(200)
                .body("titles.en", equalTo("Rehearsal"))
                .body("titles.zh", equalTo("彩排"))
                .body("startsOn", equalTo("2020-06-10"))
                .body("mailboxes.contributions", equalTo("new-contributions@example.org"))
                .body("mailboxes.sender", equalTo("council@example.org"))
                .body("contact.phone", equalTo("+41 22 730 6266"))
                .body("addressedTo", equalTo("COUNCIL_MEMBER_STATES"))
                .body("observersAllowed", equalTo(false))
                .body("capacity.speakers", equalTo(300));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            probe.readUntil(records -> records.stream().filter(r -> id.equals(r.key())
                    && r.value().contains(MeetingScheduled.TYPE)).count() == 2
                    && records.stream().anyMatch(r -> id.equals(r.key())
                    && r.value().contains("new-contributions@example.org")
                    && r.value().contains("\"sender\":\"council@example.org\"")
                    && r.value().contains("\"name\":\"Ms Béatrice Pluchon\"")
                    && r.value().contains("\"addressedTo\":\"COUNCIL_MEMBER_STATES\"")
                    && r.value().contains("\"observersAllowed\":false")), Duration.ofSeconds(30));
        }
        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body("{\"contact\": {\"name\": \"Béatrice\", \"phone\": \"call me\"}}")
                .when().patch("/meetings/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("contact.phone"));
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body("{\"addressedTo\": \"EVERYONE\"}")
                .when().patch("/meetings/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("addressedTo"));

        given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body("{\"capacity\": {\"speakers\": 10, \"viewers\": 10, \"speakersPerDelegationMin\": 4, "
                        + "\"speakersPerDelegationMax\": 3}}")
                .when().patch("/meetings/" + id)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("capacity.speakersPerDelegationMin"));
        given().auth().oauth2(kenya).contentType(ContentType.JSON).body("{\"startsOn\": \"2020-07-01\"}")
                .when().patch("/meetings/" + id).then().statusCode(403);
        given().auth().oauth2(secretariat).contentType(ContentType.JSON).body("{\"startsOn\": \"2020-07-01\"}")
                .when().patch("/meetings/NOPE").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(kenya).when().get("/meetings/" + id)
                .then().body("startsOn", equalTo("2020-06-10")).body("capacity.speakersPerDelegationMax", equalTo(3));
    }
}
