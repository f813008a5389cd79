package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submit;
import static org.plenary.contribution.TestContributions.submitted;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.with;

/** A member state's system polling its contributions: the revision as ETag, 304 until something changes. */
@QuarkusTest
class ContributionCachingTest {

    @Inject
    MovableClock clock;

    private String openMeeting() {
        return TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
    }

    private static Response read(String path, String ifNoneMatch) {
        return given().auth().oauth2(token("KEN")).header("If-None-Match", ifNoneMatch).when().get(path);
    }

    @Test
    void theRevisionIsTheETagAndIfNoneMatchWithItGets304UntilTheNextRevision() {
        String meeting = openMeeting();
        Response created = submit(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Cache-Control")).isEqualTo("no-store");
        String path = "/meetings/" + meeting + "/contributions/" + created.path("id");

        Response first = given().auth().oauth2(token("KEN")).when().get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        assertThat(first.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(first.header("Vary")).isEqualTo("Authorization, Accept, Accept-Language, Accept-Encoding, Origin");
        for (String ifNoneMatch : new String[] {"\"1\"", "W/\"1\"", "\"0\", \"1\""}) {
            Response again = read(path, ifNoneMatch);
            assertThat(again.statusCode()).as(ifNoneMatch).isEqualTo(304);
            assertThat(again.asByteArray()).isEmpty();
            assertThat(again.header("ETag")).isEqualTo("\"1\"");
        }

        Response revised = as(token("BRA")).header("If-Match", "\"1\"")
                .body(with(template("C20/55", "KEN", "BRA"), "title", "WRC-23: a joint view")).when().put(path);
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(revised.header("Cache-Control")).isEqualTo("no-store");

        Response after = read(path, "\"1\"");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isEqualTo("\"2\"");
        assertThat(after.jsonPath().getString("title")).isEqualTo("WRC-23: a joint view");

        // Publication makes no new revision, but it changes what a reader sees: the old tag no longer matches.
        given().auth().oauth2(secretariat()).when().post(path + "/publication").then().statusCode(200);
        Response published = read(path, "\"2\"");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.header("ETag")).isEqualTo("\"2-published\"");
        assertThat(published.jsonPath().getString("status")).isEqualTo("PUBLISHED");
        assertThat(read(path, "\"2-published\"").statusCode()).isEqualTo(304);
    }

    @Test
    void aListHasAnETagOfItsContentAndANewContributionChangesIt() {
        String meeting = openMeeting();
        submitted(meeting, token("KEN"), template("C20/55", "KEN"));
        String path = "/meetings/" + meeting + "/contributions";
        String before = given().auth().oauth2(token("KEN")).when().get(path)
                .then().statusCode(200).extract().header("ETag");
        assertThat(before).isNotNull();
        assertThat(read(path, before).statusCode()).isEqualTo(304);

        submitted(meeting, token("KEN"), template("C20/55", "KEN"));

        Response after = read(path, before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before);
        assertThat(after.jsonPath().getInt("total")).isEqualTo(2);
    }

    @Test
    void anotherStatesUnpublishedContributionIsRefusedWhateverItsETag() {
        String meeting = openMeeting();
        String id = submitted(meeting, token("KEN"), template("C20/55", "KEN"));
        Response refused = given().auth().oauth2(token("CHN")).header("If-None-Match", "\"1\"")
                .when().get("/meetings/" + meeting + "/contributions/" + id);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refused.header("ETag")).isNull();
    }
}
