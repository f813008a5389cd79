package org.plenary.registration.delegation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.registration.TestMeetings;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.participants;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.register;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

@QuarkusTest
class RegistrationResourceTest {

    private static Map<String, Object> waiting(String name) {
        Map<String, Object> body = person(name, "VIEWER");
        body.put("waitIfFull", true);
        return body;
    }

    @Test
    void aDelegationNamesOneToThreeSpeakersAndAFourthIsRefusedSayingWhichLimit() {
        String meeting = TestMeetings.meeting(300, 2000);
        register(meeting, "KEN", token("KEN"), person("Amina Odhiambo", "SPEAKER"))
                .then().statusCode(201)
                .header("Location", containsString(participants(meeting, "KEN") + "/"))
                .body("role", equalTo("SPEAKER")).body("status", equalTo("ACTIVE"))
                .body("joinLink", matchesPattern("http://localhost:8083/join/[A-Za-z0-9_-]{43}"));
        registered(meeting, "KEN", person("Brian Kiprop", "SPEAKER"));
        registered(meeting, "KEN", person("Cynthia Wanjiku", "SPEAKER"));
        register(meeting, "KEN", token("KEN"), person("David Otieno", "SPEAKER"))
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:delegation-speaker-limit"))
                .body("limit", equalTo("speakersPerDelegation")).body("capacity", equalTo(3)).body("used", equalTo(3));
        // A viewer place is still open to the same person.
        registered(meeting, "KEN", person("David Otieno", "VIEWER"));

        given().auth().oauth2(token("KEN")).when().get("/meetings/" + meeting + "/capacity")
                .then().statusCode(200)
                .body("speakers.used", equalTo(3)).body("speakers.free", equalTo(297))
                .body("viewers.used", equalTo(1))
                .body("delegations", hasSize(1)).body("delegations[0].speakers", equalTo(3))
                .body("delegationsWithoutSpeaker", nullValue());
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("delegationsWithoutSpeaker", hasItem("BRA"))
                .body("delegationsWithoutSpeaker", not(hasItem("KEN")));
    }

    @Test
    void aFullSpeakerPoolIsRefusedWithItsUsage() {
        String meeting = TestMeetings.meeting(2, 10);
        registered(meeting, "KEN", person("Speaker One", "SPEAKER"));
        registered(meeting, "BRA", person("Speaker Two", "SPEAKER"));
        register(meeting, "CHN", token("CHN"), person("Speaker Three", "SPEAKER"))
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:speaker-pool-full"))
                .body("limit", equalTo("speakers")).body("capacity", equalTo(2)).body("used", equalTo(2));
    }

    @Test
    void aFullViewerPoolOffersTheWaitingListAndACancelledPlaceGoesToTheFirstWaiting() {
        String meeting = TestMeetings.meeting(10, 1);
        String viewer = registered(meeting, "KEN", person("Viewer One", "VIEWER"));
        register(meeting, "BRA", token("BRA"), person("Viewer Two", "VIEWER"))
                .then().statusCode(409).body("type", equalTo("urn:plenary:problem:viewer-pool-full"))
                .body("detail", containsString("waitIfFull"));
        String first = register(meeting, "BRA", token("BRA"), waiting("Viewer Two"))
                .then().statusCode(201).body("status", equalTo("WAITING")).body("joinLink", nullValue())
                .extract().path("id");
        String second = registered(meeting, "CHN", waiting("Viewer Three"));

        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + viewer + "/cancellation")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(token("BRA")).when().get(participants(meeting, "BRA") + "/" + first)
                .then().body("status", equalTo("ACTIVE")).body("role", equalTo("VIEWER"));
        given().auth().oauth2(token("CHN")).when().get(participants(meeting, "CHN") + "/" + second)
                .then().body("status", equalTo("WAITING"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("viewers.used", equalTo(1)).body("waiting", equalTo(1));
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + viewer + "/cancellation")
                .then().statusCode(409);
        // Still waiting, China's viewer becomes a speaker instead: a speaker place, and a link at last.
        as(token("CHN")).body(Map.of("role", "SPEAKER")).when().put(participants(meeting, "CHN") + "/" + second + "/role")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("role", equalTo("SPEAKER"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("speakers.used", equalTo(1)).body("waiting", equalTo(0));
    }

    @Test
    void aParticipantMovesBetweenRolesOnlyIntoAFreePlace() {
        String meeting = TestMeetings.meeting(1, 1);
        String speaker = registered(meeting, "KEN", person("Speaker", "SPEAKER"));
        String viewer = registered(meeting, "KEN", person("Viewer", "VIEWER"));
        as(token("KEN")).body(Map.of("role", "SPEAKER")).when().put(participants(meeting, "KEN") + "/" + viewer + "/role")
                .then().statusCode(409).body("type", equalTo("urn:plenary:problem:speaker-pool-full"));
        as(token("KEN")).body(Map.of("role", "VIEWER")).when().put(participants(meeting, "KEN") + "/" + speaker + "/role")
                .then().statusCode(409).body("type", equalTo("urn:plenary:problem:viewer-pool-full"));
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + speaker + "/cancellation").then().statusCode(200);
        as(token("KEN")).body(Map.of("role", "SPEAKER")).when().put(participants(meeting, "KEN") + "/" + viewer + "/role")
                .then().statusCode(200).body("role", equalTo("SPEAKER"));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("speakers.used", equalTo(1)).body("viewers.used", equalTo(0));
    }

    @Test
    void aMemberStateActsOnlyOnItsOwnDelegationAndAnotherStatesIdsAreNotFound() {
        String meeting = TestMeetings.meeting(10, 10);
        String brazilian = registered(meeting, "BRA", person("Mariana Costa", "SPEAKER"));
        registered(meeting, "KEN", person("Grace Mwangi", "SPEAKER"));

        register(meeting, "BRA", token("KEN"), person("Intruder", "SPEAKER")).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "BRA")).then().statusCode(403);
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "BRA") + "/" + brazilian)
                .then().statusCode(403);
        // Under its own delegation, another state's participant id is simply not there.
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "KEN") + "/" + brazilian)
                .then().statusCode(404).contentType(PROBLEM).body("detail", not(containsString("Mariana")));
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + brazilian + "/cancellation").then().statusCode(404);
        as(token("KEN")).body(Map.of("role", "VIEWER")).when().put(participants(meeting, "KEN") + "/" + brazilian + "/role")
                .then().statusCode(404);
        as(token("KEN")).when().post(participants(meeting, "KEN") + "/" + brazilian + "/link").then().statusCode(404);
        as(token("KEN")).when().post(participants(meeting, "BRA") + "/" + brazilian + "/link").then().statusCode(403);
        // The secretariat manages all.
        given().auth().oauth2(secretariat()).when().get(participants(meeting, "BRA")).then().statusCode(200)
                .body("", hasSize(1));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndTheRule() {
        String meeting = TestMeetings.meeting(10, 10);
        Map<String, Object> valid = person("Amina Odhiambo", "SPEAKER");
        Map<String, Object> badRole = new java.util.HashMap<>(valid);
        badRole.put("role", "CHAIR");
        register(meeting, "KEN", token("KEN"), badRole).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("role"));
        Map<String, Object> badEmail = new java.util.HashMap<>(valid);
        badEmail.put("email", "amina");
        register(meeting, "KEN", token("KEN"), badEmail).then().statusCode(400)
                .body("errors[0].field", equalTo("email")).body("errors[0].rule", equalTo("Email"));
        register(meeting, "XKX", secretariat(), valid).then().statusCode(400)
                .body("errors[0].field", equalTo("memberState"));
        register("NO-SUCH-MEETING", "KEN", token("KEN"), valid).then().statusCode(404).contentType(PROBLEM);

        registered(meeting, "KEN", valid);
        Map<String, Object> samePerson = person("Amina Odhiambo", "VIEWER");
        samePerson.put("email", "AMINA.ODHIAMBO@delegation.example.org");
        register(meeting, "KEN", token("KEN"), samePerson).then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:already-registered"))
                .body("memberState", equalTo("KEN")).body("detail", containsString("as SPEAKER (ACTIVE)"));
        // One person, one delegation of a meeting; another delegation learns that, not whose or in what role.
        register(meeting, "CHN", token("CHN"), samePerson).then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:already-registered"))
                .body("detail", containsString("in another delegation")).body("detail", not(containsString("KEN")))
                .body("detail", not(containsString("SPEAKER"))).body("memberState", nullValue())
                .body("participantId", nullValue());
        register(meeting, "CHN", secretariat(), samePerson).then().statusCode(409)
                .body("detail", containsString("in the delegation of KEN"));
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "KEN") + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void aLargerViewerPoolGoesToTheWaitingListFirstInOrder() {
        String meeting = TestMeetings.meeting(10, 1);
        registered(meeting, "KEN", person("Viewer First", "VIEWER"));
        String second = registered(meeting, "BRA", waiting("Viewer Second"));
        String third = registered(meeting, "KEN", waiting("Viewer Third"));
        as(secretariat()).body(Map.of("speakers", 10, "viewers", 2, "speakersPerDelegationMax", 3))
                .when().put("/meetings/" + meeting + "/capacity").then().statusCode(200)
                .body("viewers.used", equalTo(2)).body("waiting", equalTo(1));
        given().auth().oauth2(token("BRA")).when().get(participants(meeting, "BRA") + "/" + second)
                .then().body("status", equalTo("ACTIVE"));
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "KEN") + "/" + third)
                .then().body("status", equalTo("WAITING"));
        // A newcomer does not overtake the one still waiting.
        String fourth = registered(meeting, "CHN", waiting("Viewer Fourth"));
        as(secretariat()).body(Map.of("speakers", 10, "viewers", 3, "speakersPerDelegationMax", 3))
                .when().put("/meetings/" + meeting + "/capacity").then().statusCode(200);
        given().auth().oauth2(token("KEN")).when().get(participants(meeting, "KEN") + "/" + third)
                .then().body("status", equalTo("ACTIVE"));
        given().auth().oauth2(token("CHN")).when().get(participants(meeting, "CHN") + "/" + fourth)
                .then().body("status", equalTo("WAITING"));
    }

    @Test
    void theSecretariatSetsThePoolsButNeverBelowTheirUse() {
        String meeting = TestMeetings.meeting(10, 10);
        registered(meeting, "KEN", person("Speaker One", "SPEAKER"));
        registered(meeting, "KEN", person("Speaker Two", "SPEAKER"));
        as(secretariat()).body(Map.of("speakers", 1, "viewers", 10, "speakersPerDelegationMax", 3))
                .when().put("/meetings/" + meeting + "/capacity")
                .then().statusCode(409).body("type", equalTo("urn:plenary:problem:capacity-below-usage"));
        as(token("KEN")).body(Map.of("speakers", 100, "viewers", 10, "speakersPerDelegationMax", 3))
                .when().put("/meetings/" + meeting + "/capacity").then().statusCode(403);
        as(secretariat()).body(Map.of("speakers", 2, "viewers", 5000, "speakersPerDelegationMax", 2))
                .when().put("/meetings/" + meeting + "/capacity")
                .then().statusCode(200).body("speakers.free", equalTo(0)).body("viewers.capacity", equalTo(5000));
        register(meeting, "BRA", token("BRA"), person("Speaker Three", "SPEAKER")).then().statusCode(409)
                .body("type", equalTo("urn:plenary:problem:speaker-pool-full"));
    }
}
