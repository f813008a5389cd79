package org.plenary.registration.join;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.platform.time.MovableClock;
import org.plenary.registration.TestMeetings;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.participants;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.register;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

@QuarkusTest
class JoinResourceTest {

    @Inject
    MovableClock clock;

    private static Response follow(String link) {
        return given().redirects().follow(false).when().get(URI.create(link).getPath());
    }

    @Test
    void aLinkLeadsBySpeakerOrViewerAndStopsWhenRotatedOrCancelled() {
        String meeting = TestMeetings.meeting(10, 10);
        Response speaker = register(meeting, "KEN", token("KEN"), person("Amina Speaker", "SPEAKER"));
        Response viewer = register(meeting, "KEN", token("KEN"), person("Brian Viewer", "VIEWER"));
        String speakerLink = speaker.path("joinLink");
        String viewerLink = viewer.path("joinLink");
        follow(speakerLink).then().statusCode(303)
                .header("Location", equalTo("https://platform.example.org/" + meeting + "/speak"));
        follow(viewerLink).then().statusCode(303)
                .header("Location", equalTo("https://platform.example.org/" + meeting + "/watch"));

        String rotated = as(token("KEN")).when()
                .post(participants(meeting, "KEN") + "/" + speaker.path("id") + "/link")
                .then().statusCode(200).extract().path("joinLink");
        follow(speakerLink).then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:join-link-gone"));
        follow(rotated).then().statusCode(303);

        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + viewer.path("id") + "/cancellation")
                .then().statusCode(200);
        follow(viewerLink).then().statusCode(410);
        given().redirects().follow(false).when().get("/join/not-a-token").then().statusCode(404);
    }

    @Test
    void aViewerGrantedASessionSpeaksWhileItRunsOnly() {
        String meeting = TestMeetings.meeting(10, 10);
        Instant before = clock.instant();
        Instant start = Instant.parse("2020-06-09T10:00:00Z");
        UUID session = TestMeetings.session(meeting, start);
        Response viewer = register(meeting, "KEN", token("KEN"), person("Cynthia Viewer", "VIEWER"));
        String link = viewer.path("joinLink");
        await().atMost(Duration.ofSeconds(30)).until(() -> as(token("KEN"))
                .body(Map.of("participantId", viewer.path("id"), "sessionId", session.toString()))
                .when().post("/meetings/" + meeting + "/delegations/KEN/additional-speakers").statusCode() == 201);
        String request = given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/additional-speakers")
                .then().extract().path("[0].id");
        as(secretariat()).body(Map.of("grant", true)).when()
                .post("/meetings/" + meeting + "/additional-speakers/" + request + "/decision").then().statusCode(200);
        try {
            clock.setNow(start.plus(Duration.ofMinutes(30)));
            follow(link).then().statusCode(303).header("Location", equalTo("https://platform.example.org/" + meeting
                    + "/speak"));
            clock.setNow(start.plus(Duration.ofHours(3)));
            follow(link).then().statusCode(303).header("Location", not(equalTo("https://platform.example.org/"
                    + meeting + "/speak")));
        } finally {
            clock.setNow(before);
        }
    }
}
