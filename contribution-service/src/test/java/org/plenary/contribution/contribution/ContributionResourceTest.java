package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.plenary.contribution.TestContributions.PROBLEM;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submit;
import static org.plenary.contribution.TestContributions.submitted;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.total;
import static org.plenary.contribution.TestContributions.with;

/** Submitting, reading and refusing contributions over HTTP, each test on a meeting of its own. */
@QuarkusTest
class ContributionResourceTest {

    @Inject
    MovableClock clock;

    private String openMeeting() {
        return TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
    }

    @Test
    void twoStatesSubmitOnC20_55AndTheContributionIsRecordedAsTheTemplateHasIt() {
        String meeting = openMeeting();
        Response response = submit(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));

        response.then().statusCode(201)
                .header("Location", containsString("/meetings/" + meeting + "/contributions/"))
                .header("ETag", equalTo("\"1\""))
                .header("Idempotent-Replayed", equalTo("false"))
                .body("status", equalTo("SUBMITTED"))
                .body("submittingMemberStates", contains("KEN", "BRA"))
                .body("leadMemberState", equalTo("KEN"))
                .body("itemNumber", equalTo(5))
                .body("documentReference", equalTo("C20/55"))
                .body("onTime", equalTo(true))
                .body("revision", equalTo(1))
                .body("contact.email", equalTo("jane.wanjiru@example.org"))
                .body("length.words", equalTo(26))
                .body("length.estimatedPages", equalTo(0.1f))
                .body("length.overRecommendation", equalTo(false))
                .body("warnings", hasSize(0))
                .body("publicReference", nullValue());

        String id = response.path("id");
        given().auth().oauth2(token("BRA")).when().get(response.header("Location"))
                .then().statusCode(200).body("id", equalTo(id)).body("commentsOnDocument", containsString("support"));
    }

    @Test
    void aReferenceIsReadAsADelegateWritesIt() {
        String meeting = openMeeting();
        submit(meeting, token("KEN"), template(" c20 / 055 ", "KEN"))
                .then().statusCode(201).body("documentReference", equalTo("C20/55")).body("itemNumber", equalTo(5));
        submit(meeting, token("KEN"), template("item 15", "KEN"))
                .then().statusCode(201).body("documentReference", equalTo("item 15")).body("itemNumber", equalTo(15));
        submit(meeting, token("KEN"), with(template("C20/55", "KEN"), "itemNumber", 5)).then().statusCode(201);
    }

    @Test
    void aReferenceNotOnTheAgendaIsRefusedWithTheReferencesThatExist() {
        String meeting = openMeeting();
        submit(meeting, token("KEN"), template("C20/99", "KEN"))
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:unknown-document-reference"))
                .body("detail", containsString("No item of " + meeting + "'s agenda has C20/99"))
                .body("errors[0].field", equalTo("documentReference"))
                .body("references.reference", contains("C20/55", "C20/5", "item 15"))
                .body("suggestions", hasSize(0));

        // "5" is item 5, which has a document: the problem says to use it (and does not take C20/5 for it).
        submit(meeting, token("KEN"), template("5", "KEN"))
                .then().statusCode(422).body("detail", containsString("refer to it as C20/55"))
                .body("suggestions[0].reference", equalTo("C20/55"));

        // No C20/15: item 15, without a document, carries that number.
        submit(meeting, token("KEN"), template("C20/15", "KEN"))
                .then().statusCode(422).body("suggestions.reference", contains("item 15"));

        submit(meeting, token("KEN"), with(template("C20/55", "KEN"), "itemNumber", 6))
                .then().statusCode(422).body("detail", containsString("C20/55 is not the reference of item 6"));

        submit(meeting, token("KEN"), template("the WRC report", "KEN"))
                .then().statusCode(422).body("detail", containsString("neither a document reference"));
        assertThat(total(meeting, secretariat(), "")).isZero();
    }

    @Test
    void aMemberStateSubmitsOnlyAsOneOfTheSubmittingStates() {
        String meeting = openMeeting();
        submit(meeting, token("CHN"), template("C20/55", "KEN", "BRA"))
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("CHN is not among [KEN, BRA]"));
        // As a co-submitter rather than the lead, it may.
        submit(meeting, token("BRA"), template("C20/55", "KEN", "BRA")).then().statusCode(201);
        // The secretariat submits on behalf of any states.
        submit(meeting, secretariat(), template("C20/55", "CHN")).then().statusCode(201)
                .body("submittedBy", equalTo("secretariat@itu.example.org"));
        assertThat(total(meeting, secretariat(), "")).isEqualTo(2);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheRule() {
        String meeting = openMeeting();
        Map<String, Object> valid = template("C20/55", "KEN", "BRA");

        submit(meeting, token("KEN"), with(valid, "submittingMemberStates", List.of("KEN", "XKX")))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("submittingMemberStates[1]"))
                .body("errors[0].rule", equalTo("ISO3166Alpha3"));
        submit(meeting, token("KEN"), with(valid, "submittingMemberStates", List.of("KEN", "BRA", "ken")))
                .then().statusCode(400)
                .body("errors[0].field", equalTo("submittingMemberStates[2]")).body("errors[0].rule", equalTo("unique"));
        submit(meeting, token("KEN"), with(valid, "submittingMemberStates", List.of()))
                .then().statusCode(400).body("errors[0].field", equalTo("submittingMemberStates"));
        submit(meeting, token("KEN"), with(valid, "submittingMemberStates",
                IntStream.range(0, 101).mapToObj(i -> "KEN").toList()))
                .then().statusCode(400).body("errors.rule", hasItem("Size"));
        submit(meeting, token("KEN"), with(valid, "title", "   "))
                .then().statusCode(400).body("errors[0].field", equalTo("title"))
                .body("errors[0].rule", equalTo("NotBlank"));
        submit(meeting, token("KEN"), with(valid, "commentsOnDocument", "x".repeat(50_001)))
                .then().statusCode(400).body("errors[0].field", equalTo("commentsOnDocument"))
                .body("errors[0].rule", equalTo("Size"));
        submit(meeting, token("KEN"), with(valid, "language", "de"))
                .then().statusCode(400).body("errors[0].field", equalTo("language"));
        submit(meeting, token("KEN"), with(valid, "contact", Map.of("name", "J", "email", "not-an-address")))
                .then().statusCode(400).body("errors[0].field", equalTo("contact.email"))
                .body("errors[0].rule", equalTo("Email"));
        submit(meeting, token("KEN"), with(valid, "proposedWayForward", null))
                .then().statusCode(400).body("errors[0].field", equalTo("proposedWayForward"));
        submit(meeting, token("KEN"), "{\"title\": ")
                .then().statusCode(400).contentType(PROBLEM);
        submit(meeting, token("KEN"), with(valid, "itemNumber", "five"))
                .then().statusCode(400).body("errors[0].field", equalTo("itemNumber"));

        // Far beyond any field's limit, the body is refused before it is read.
        submit(meeting, token("KEN"), with(valid, "commentsOnDocument", "x".repeat(2_000_000)))
                .then().statusCode(413).contentType(PROBLEM);

        submit("NO-SUCH-MEETING", token("KEN"), valid).then().statusCode(404).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(valid).when().post("/meetings/" + meeting + "/contributions")
                .then().statusCode(401).contentType(PROBLEM);
        assertThat(total(meeting, secretariat(), "")).isZero();
    }

    @Test
    void longerThanTwoPagesIsAcceptedWithAWarning() {
        String meeting = openMeeting();
        String longText = "word ".repeat(1_200);
        submit(meeting, token("KEN"), with(template("C20/55", "KEN"), "commentsOnDocument", longText))
                .then().statusCode(201)
                .body("length.overRecommendation", equalTo(true))
                .body("length.estimatedPages", equalTo(2.5f))
                .body("warnings[0].code", equalTo("LONGER_THAN_RECOMMENDED"))
                .body("warnings[0].message", containsString("at most 2 pages"));
    }

    @Test
    void afterTheDeadlineAMemberStateIsRefusedWithTheDeadlineInGenevaTime() {
        // The end of 2 June 2020 in Geneva, as the letter's extended deadline.
        Instant deadline = Instant.parse("2020-06-02T22:00:00Z");
        Instant before = clock.instant();
        String meeting = TestAgenda.meeting(deadline);
        try {
            clock.setNow(Instant.parse("2020-06-02T21:59:00Z"));
            submit(meeting, token("KEN"), template("C20/55", "KEN")).then().statusCode(201).body("onTime", equalTo(true));

            clock.setNow(Instant.parse("2020-06-03T08:30:00Z"));
            submit(meeting, token("KEN"), template("C20/55", "KEN"))
                    .then().statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("urn:plenary:problem:contribution-deadline-passed"))
                    .body("detail", containsString("closed at the end of 2 June 2020 "
                            + "(2020-06-03 00:00 +02:00 Europe/Zurich), 2020-06-02T22:00:00Z in UTC"))
                    .body("detail", containsString("it is now 2020-06-03 10:30 +02:00 Europe/Zurich"))
                    .body("deadline", equalTo("2020-06-02T22:00:00Z"))
                    .body("deadlineLocal", equalTo("2020-06-03T00:00+02:00"))
                    .body("timeZone", equalTo("Europe/Zurich"));

            // A member state cannot excuse itself; the secretariat can accept it late, with a reason.
            submit(meeting, token("KEN"), with(template("C20/55", "KEN"), "lateAcceptanceReason", "Network outage"))
                    .then().statusCode(403);
            submit(meeting, secretariat(), with(template("C20/55", "KEN"), "lateAcceptanceReason",
                    "Sent on time, lost in the mail relay"))
                    .then().statusCode(201)
                    .body("onTime", equalTo(false))
                    .body("lateAcceptance.reason", equalTo("Sent on time, lost in the mail relay"))
                    .body("lateAcceptance.acceptedBy", equalTo("secretariat@itu.example.org"));

            // The secretariat extends the deadline (agenda.events): the same submission is on time again.
            TestAgenda.moveDeadline(meeting, deadline, Instant.parse("2020-06-05T22:00:00Z"));
            submit(meeting, token("KEN"), template("C20/55", "KEN")).then().statusCode(201).body("onTime", equalTo(true));
            submit(meeting, secretariat(), with(template("C20/55", "KEN"), "lateAcceptanceReason", "Just in case"))
                    .then().statusCode(201).body("onTime", equalTo(true)).body("lateAcceptance", nullValue())
                    .body("warnings[0].code", equalTo("LATE_ACCEPTANCE_NOT_NEEDED"));
        } finally {
            clock.setNow(before);
        }
        assertThat(total(meeting, secretariat(), "")).isEqualTo(4);
    }

    @Test
    void anotherStatesDraftIsRefusedUntilPublishedThenReadableWithoutItsContact() {
        String meeting = openMeeting();
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        String path = "/meetings/" + meeting + "/contributions/" + id;

        given().auth().oauth2(token("CHN")).when().get(path)
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("is not published"));
        given().auth().oauth2(token("CHN")).when().get(path + "/revisions").then().statusCode(403);
        as(token("CHN")).body(template("C20/55", "CHN")).when().put(path).then().statusCode(403);
        given().auth().oauth2(token("CHN")).when().post(path + "/withdrawal").then().statusCode(403);
        as(token("KEN")).when().post(path + "/publication").then().statusCode(403);
        assertThat(total(meeting, token("CHN"), "")).isZero();
        assertThat(total(meeting, token("BRA"), "")).isEqualTo(1);

        as(secretariat()).when().post(path + "/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("publicReference", equalTo(meeting + "/1")).body("publishedAt", notNullValue());
        given().auth().oauth2(token("CHN")).when().get(path)
                .then().statusCode(200).body("title", notNullValue()).body("contact", nullValue());
        assertThat(total(meeting, token("CHN"), "")).isEqualTo(1);
        as(secretariat()).when().post(path + "/publication").then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:contribution-status-conflict"));

        given().auth().oauth2(token("CHN")).when().get("/meetings/" + meeting + "/contributions/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aSubmittingStateRevisesBeforeTheDeadlineAndEveryRevisionIsKept() {
        String meeting = openMeeting();
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        String path = "/meetings/" + meeting + "/contributions/" + id;

        Map<String, Object> revised = with(template("C20/55", "KEN", "BRA", "CHN"), "title", "WRC-23: a joint view");
        as(token("KEN")).header("If-Match", "\"1\"").body(revised).when().put(path)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("revision", equalTo(2)).body("title", equalTo("WRC-23: a joint view"))
                .body("submittingMemberStates", contains("KEN", "BRA", "CHN"));
        // The same content again is no new revision.
        as(token("BRA")).body(revised).when().put(path).then().statusCode(200).body("revision", equalTo(2));
        // Revising what was read before another state's revision is refused.
        as(token("KEN")).header("If-Match", "\"1\"").body(template("C20/55", "KEN")).when().put(path)
                .then().statusCode(412).body("currentRevision", equalTo(2));
        // A member state cannot revise itself off the list.
        as(token("KEN")).body(template("C20/55", "BRA")).when().put(path).then().statusCode(403);
        as(token("KEN")).body(template("C20/99", "KEN")).when().put(path).then().statusCode(422);

        given().auth().oauth2(token("CHN")).when().get(path + "/revisions")
                .then().statusCode(200).body("", hasSize(2))
                .body("[0].title", equalTo("Preparations for WRC-23 under the pandemic"))
                .body("[0].submittingMemberStates", contains("KEN", "BRA"))
                .body("[1].title", equalTo("WRC-23: a joint view"))
                .body("[1].revisedBy", equalTo("focal-point@ken.example.org"));

        as(secretariat()).when().post(path + "/publication").then().statusCode(200);
        as(token("KEN")).body(template("C20/55", "KEN", "BRA")).when().put(path)
                .then().statusCode(409).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aRevisionAfterTheDeadlineIsRefused() {
        Instant before = clock.instant();
        String meeting = TestAgenda.meeting(before.plus(Duration.ofHours(1)));
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN"));
        try {
            clock.setNow(before.plus(Duration.ofHours(2)));
            as(token("KEN")).body(with(template("C20/55", "KEN"), "title", "Too late"))
                    .when().put("/meetings/" + meeting + "/contributions/" + id)
                    .then().statusCode(422).body("type", equalTo("urn:plenary:problem:contribution-deadline-passed"));
        } finally {
            clock.setNow(before);
        }
        given().auth().oauth2(token("KEN")).when().get("/meetings/" + meeting + "/contributions/" + id)
                .then().body("revision", equalTo(1)).body("title", not(equalTo("Too late")));
    }

    @Test
    void theLeadOrTheSecretariatWithdrawsOnce() {
        String meeting = openMeeting();
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        String path = "/meetings/" + meeting + "/contributions/" + id;

        as(token("BRA")).body(Map.of("reason", "Not ours")).when().post(path + "/withdrawal")
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("may take itself off"));
        as(token("KEN")).body(Map.of("reason", "Superseded by a joint contribution")).when().post(path + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo("KEN"))
                .body("withdrawalReason", equalTo("Superseded by a joint contribution"));
        // A bare POST, without body or Content-Type, is a withdrawal without a reason.
        given().auth().oauth2(token("KEN")).when().post(path + "/withdrawal").then().statusCode(409);
        as(secretariat()).when().post(path + "/publication").then().statusCode(409);
        // Still readable by its submitters, as withdrawn.
        given().auth().oauth2(token("KEN")).when().get(path).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void listsFilterByItemStateAndStatusAndPage() {
        String meeting = openMeeting();
        String a = submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        submitted(meeting, token("BRA"), template("item 15", "BRA"));
        String c = submitted(meeting, token("CHN"), template("C20/5", "CHN"));
        submitted(meeting, token("CHN"), template("C20/55", "CHN"));
        as(secretariat()).when().post("/meetings/" + meeting + "/contributions/" + c + "/publication")
                .then().statusCode(200);

        assertThat(total(meeting, secretariat(), "")).isEqualTo(4);
        assertThat(total(meeting, secretariat(), "?itemNumber=5")).isEqualTo(2);
        assertThat(total(meeting, secretariat(), "?memberState=bra")).isEqualTo(2);
        assertThat(total(meeting, secretariat(), "?status=PUBLISHED")).isEqualTo(1);
        assertThat(total(meeting, secretariat(), "?itemNumber=5&memberState=KEN")).isEqualTo(1);
        // KEN sees its own and the published one, whatever the filter says.
        assertThat(total(meeting, token("KEN"), "")).isEqualTo(2);
        assertThat(total(meeting, token("KEN"), "?memberState=CHN")).isEqualTo(1);

        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?size=3&page=0")
                .then().statusCode(200).body("total", equalTo(4)).body("contributions", hasSize(3))
                .body("contributions[0].id", equalTo(a))
                .body("contributions[0].commentsOnDocument", nullValue())
                .body("contributions[0].submittingMemberStates", contains("KEN", "BRA"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?size=3&page=1")
                .then().statusCode(200).body("contributions", hasSize(1));
        // A page the API allows, so far past the end that its rows' numbers pass an int: empty, as any page past it.
        for (String farPastTheEnd : List.of("page=21474837&size=100", "page=2147483647&size=200")) {
            given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?" + farPastTheEnd)
                    .then().statusCode(200).body("total", equalTo(4)).body("contributions", hasSize(0));
        }

        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?status=LOST")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?size=1000")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        // A parameter that cannot be read is named, with what it should have been.
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions?itemNumber=five")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("five"))
                .body("errors[0].field", equalTo("itemNumber")).body("errors[0].rule", equalTo("type"))
                .body("errors[0].message", equalTo("expected a number, not 'five'"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("contributionId"))
                .body("errors[0].message", startsWith("expected a UUID, e.g. "));
    }

    @Test
    void publicationsOfOneMeetingAreNumberedInOrderWithoutGapsOrDuplicates() {
        String meeting = openMeeting();
        List<String> ids = IntStream.range(0, 6)
                .mapToObj(i -> submitted(meeting, token("KEN"), template("C20/55", "KEN"))).toList();
        List<String> references = ids.stream()
                .map(id -> CompletableFuture.supplyAsync(() -> as(secretariat())
                        .when().post("/meetings/" + meeting + "/contributions/" + id + "/publication")
                        .then().statusCode(200).extract().<String>path("publicReference")))
                .toList().stream().map(CompletableFuture::join).toList();
        assertThat(references).containsExactlyInAnyOrder(IntStream.rangeClosed(1, 6)
                .mapToObj(n -> meeting + "/" + n).toArray(String[]::new));
    }
}
