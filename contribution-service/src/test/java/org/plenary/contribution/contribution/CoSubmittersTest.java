package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.plenary.contribution.TestContributions.PROBLEM;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submitted;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.with;

/** The lead keeps its contribution: a co-submitter can leave it, never take it over or shut another state out. */
@QuarkusTest
class CoSubmittersTest {

    @Inject
    MovableClock clock;

    private String path;

    private void kenyaSubmitsWithBrazilAndChina() {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        path = "/meetings/" + meeting + "/contributions/"
                + submitted(meeting, token("KEN"), template("C20/55", "KEN", "BRA", "CHN"));
    }

    @Test
    void aCoSubmitterCannotMakeItselfTheLeadNorRemoveAnotherState() {
        kenyaSubmitsWithBrazilAndChina();
        as(token("BRA")).body(template("C20/55", "BRA")).when().put(path)
                .then().statusCode(403).contentType(PROBLEM).body("detail", containsString("fixed at submission"));
        as(token("BRA")).body(template("C20/55", "BRA", "KEN", "CHN")).when().put(path).then().statusCode(403);
        as(token("BRA")).body(template("C20/55", "KEN", "BRA")).when().put(path)
                .then().statusCode(403).body("detail", containsString("may only take itself off"));
        as(token("BRA")).body(template("C20/55", "KEN", "BRA", "CHN", "USA")).when().put(path).then().statusCode(403);
        as(token("BRA")).when().delete(path + "/submitting-member-states/CHN").then().statusCode(403);
        as(token("BRA")).when().delete(path + "/submitting-member-states/KEN")
                .then().statusCode(403).body("detail", containsString("is the lead"));

        // Nothing changed: Kenya still leads and reads its contribution; Brazil may still revise the text.
        given().auth().oauth2(token("KEN")).when().get(path).then().statusCode(200)
                .body("revision", equalTo(1)).body("submittingMemberStates", contains("KEN", "BRA", "CHN"));
        as(token("BRA")).body(with(template("C20/55", "KEN", "BRA", "CHN"), "title", "A better title"))
                .when().put(path).then().statusCode(200).body("revision", equalTo(2));
    }

    @Test
    void aCoSubmitterDeclinesBeingNamedAndLosesAccessTheOthersKeepIt() {
        kenyaSubmitsWithBrazilAndChina();
        given().auth().oauth2(token("CHN")).when().get(path).then().statusCode(200);
        as(token("CHN")).when().delete(path + "/submitting-member-states/chn").then().statusCode(200)
                .body("submittingMemberStates", contains("KEN", "BRA")).body("revision", equalTo(2));
        given().auth().oauth2(token("CHN")).when().get(path).then().statusCode(403);
        as(token("CHN")).when().delete(path + "/submitting-member-states/CHN").then().statusCode(403);
        given().auth().oauth2(token("KEN")).when().get(path + "/revisions").then().statusCode(200)
                .body("", hasSize(2)).body("[1].changeReason", equalTo("CHN declined being named"));
    }

    @Test
    void theLeadAddsAndRemovesCoSubmittersAndOnlyTheSecretariatChangesTheLeadWithAReason() {
        kenyaSubmitsWithBrazilAndChina();
        as(token("KEN")).when().delete(path + "/submitting-member-states/BRA").then().statusCode(200)
                .body("submittingMemberStates", contains("KEN", "CHN"));
        as(token("KEN")).body(template("C20/55", "KEN", "CHN", "USA")).when().put(path).then().statusCode(200);
        as(token("KEN")).body(template("C20/55", "CHN", "KEN", "USA")).when().put(path).then().statusCode(403);

        as(secretariat()).body(template("C20/55", "CHN", "KEN", "USA")).when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("changeReason"));
        as(secretariat()).body(with(template("C20/55", "CHN", "KEN", "USA"), "changeReason",
                        "Kenya asked China to lead (letter of 28 May)"))
                .when().put(path).then().statusCode(200).body("submittingMemberStates", contains("CHN", "KEN", "USA"));
        given().auth().oauth2(token("CHN")).when().get(path + "/revisions").then().statusCode(200)
                .body("[-1].changeReason", equalTo("lead KEN → CHN: Kenya asked China to lead (letter of 28 May)"));
        as(token("KEN")).body(Map.of("reason", "no")).when().post(path + "/withdrawal").then().statusCode(403);
    }
}
