package org.plenary.notification.ledger;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.infra.Engines;
import org.plenary.notification.TestEvents;
import org.plenary.notification.emails.SealedLink;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.plenary.notification.TestEvents.secretariat;

/** The secretariat reads the ledger, one delivery with its content, and resends. Nobody else reads it. */
@QuarkusTest
class DeliveryResourceTest {

    @Test
    void theSecretariatFindsADeliveryReadsItsContentAndResendsIt() {
        String meeting = TestEvents.meetingAhead();
        String address = "amina." + meeting.toLowerCase() + "@example.org";
        String key = meeting + "/KEN";
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(ParticipantRegistered.TYPE,
                "registration-service", key, TestEvents.activeParticipant(meeting, "KEN",
                        "Amina Odhiambo", address, "Councillor", "en", "SPEAKER", "http://localhost:8083/join/amina")));
        TestEvents.awaitMail(address, meeting, 1);

        String id = given().auth().oauth2(secretariat())
                .when().get("/deliveries?kind=PARTICIPANT_LINK&status=SENT&recipient=" + address)
                .then().statusCode(200).body("total", equalTo(1))
                .body("deliveries[0].to[0]", equalTo(address))
                .body("deliveries[0].text", org.hamcrest.Matchers.nullValue())
                .extract().path("deliveries[0].id");
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&status=DEAD")
                .then().body("total", equalTo(0));
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&from=2999-01-01T00:00:00Z")
                .then().body("total", equalTo(0));
        // A page the API allows, so far past the end that its rows' numbers pass an int: empty, as any page past it.
        for (String farPastTheEnd : List.of("page=10737419&size=200", "page=2147483647&size=500")) {
            given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&" + farPastTheEnd)
                    .then().statusCode(200).body("total", equalTo(1)).body("deliveries", hasSize(0));
        }
        given().auth().oauth2(secretariat()).when().get("/deliveries/" + id)
                .then().statusCode(200)
                // The ledger never shows the link: it is sealed until the message goes to the relay.
                .body("text", containsString("Your speaker link: " + SealedLink.PLACEHOLDER))
                .body("text", not(containsString("/join/amina")))
                .body("html", containsString("<a href=\"" + SealedLink.PLACEHOLDER + "\">"))
                .body("html", not(containsString("/join/amina")));

        given().auth().oauth2(secretariat()).when().post("/deliveries/" + id + "/resend")
                .then().statusCode(201).body("resendOf", equalTo(id)).body("status", equalTo("PENDING"));
        TestEvents.awaitMail(address, meeting, 2);
        // The copy sent again carries the working link, as the first did.
        assertThat(TestEvents.inbox(address)).extracting(TestEvents.Received::text)
                .allSatisfy(text -> assertThat(text).contains("Your speaker link: http://localhost:8083/join/amina"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get("/deliveries?recipient=" + address + "&status=SENT").then().body("total", equalTo(2)));
    }

    @Test
    void badFiltersAndOtherCallersAreRefused() {
        given().auth().oauth2(secretariat()).when().get("/deliveries?status=LOST")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("status"));
        given().auth().oauth2(secretariat()).when().get("/deliveries/" + UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(Engines.shared().tokens().memberState("KEN")).when().get("/deliveries")
                .then().statusCode(403);
        given().when().get("/deliveries").then().statusCode(401);
    }
}
