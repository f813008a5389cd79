package org.plenary.registration.delegation;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;
import org.plenary.registration.TestMeetings;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.participants;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.register;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

/**
 * A meeting addressed to the ITU Council's Member States (KEN, BRA, CHN in the seed) takes the other states (MLT, not
 * of the Council) as observers when it admits them, and refuses them when it does not.
 */
@QuarkusTest
class AudienceTest {

    @Test
    void aCouncilMeetingWithoutObserversRefusesAnotherStatesDelegationSayingWhomItIsFor() {
        String meeting = TestMeetings.meeting(300, 2000, MeetingScheduled.COUNCIL_MEMBER_STATES, false);
        register(meeting, "KEN", token("KEN"), person("Amina Audience", "SPEAKER"))
                .then().statusCode(201).body("observer", equalTo(false));

        for (String role : List.of("SPEAKER", "VIEWER")) {
            register(meeting, "MLT", token("MLT"), person("Malta " + role, role))
                    .then().statusCode(403).contentType(PROBLEM)
                    .body("type", equalTo("urn:plenary:problem:not-addressed"))
                    .body("memberState", equalTo("MLT"))
                    .body("audience", equalTo("COUNCIL_MEMBER_STATES"))
                    .body("category", equalTo("MEMBER_STATE"))
                    .body("observersAllowed", equalTo(false));
        }
        // The meeting's audience is the rule, whoever registers.
        register(meeting, "MLT", secretariat(), person("Malta Secretariat", "VIEWER"))
                .then().statusCode(403).body("type", equalTo("urn:plenary:problem:not-addressed"));
        // A state the directory does not list is not of the Council either.
        register(meeting, "MSR", token("MSR"), person("Montserrat Viewer", "VIEWER"))
                .then().statusCode(403).body("memberState", equalTo("MSR")).body("category", equalTo(null));

        given().auth().oauth2(token("MLT")).when().get(participants(meeting, "MLT"))
                .then().statusCode(200).body("", empty());
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("speakers.used", equalTo(1)).body("viewers.used", equalTo(0))
                .body("delegations", hasSize(1)).body("delegations[0].memberState", equalTo("KEN"))
                .body("delegations[0].observer", equalTo(false))
                .body("delegationsWithoutSpeaker", hasSize(47))
                .body("delegationsWithoutSpeaker", hasItem("BRA"))
                .body("delegationsWithoutSpeaker", not(hasItem("MLT")));
    }

    @Test
    void aCouncilMeetingThatAdmitsObserversRegistersOtherStatesAsObservers() {
        String meeting = TestMeetings.meeting(300, 2000, MeetingScheduled.COUNCIL_MEMBER_STATES, true);
        String observer = register(meeting, "MLT", token("MLT"), person("Maria Borg", "SPEAKER"))
                .then().statusCode(201).body("role", equalTo("SPEAKER")).body("observer", equalTo(true))
                .extract().path("id");
        registered(meeting, "BRA", person("Bruno Addressee", "VIEWER"));

        given().auth().oauth2(token("MLT")).when().get(participants(meeting, "MLT") + "/" + observer)
                .then().statusCode(200).body("observer", equalTo(true));
        given().auth().oauth2(token("BRA")).when().get(participants(meeting, "BRA"))
                .then().statusCode(200).body("[0].observer", equalTo(false));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("delegations.find { it.memberState == 'MLT' }.observer", equalTo(true))
                .body("delegations.find { it.memberState == 'BRA' }.observer", equalTo(false))
                .body("delegationsWithoutSpeaker", hasItem("BRA"))
                .body("delegationsWithoutSpeaker", not(hasItem("MLT")));
    }

    @Test
    void aMeetingForAllMemberStatesHasNoObservers() {
        String meeting = TestMeetings.meeting(300, 2000);
        register(meeting, "MLT", token("MLT"), person("Mario Vella", "VIEWER"))
                .then().statusCode(201).body("observer", equalTo(false));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/capacity")
                .then().body("delegations[0].observer", equalTo(false))
                .body("delegationsWithoutSpeaker", hasItem("MLT"));
    }

    @Test
    void aStateThatLeavesTheCouncilKeepsItsParticipantsAsObserversButRegistersNoMore() {
        as(secretariat()).body(Map.of("name", "Saint Helena")).when().put("/member-states/SHN")
                .then().statusCode(200);
        as(secretariat()).body(Map.of("category", "COUNCIL_MEMBER_STATE")).when().put("/member-states/SHN/category")
                .then().statusCode(200);
        String meeting = TestMeetings.meeting(300, 2000, MeetingScheduled.COUNCIL_MEMBER_STATES, false);
        String first = register(meeting, "SHN", token("SHN"), person("Helena First", "VIEWER"))
                .then().statusCode(201).body("observer", equalTo(false)).extract().path("id");

        as(secretariat()).body(Map.of("category", "MEMBER_STATE")).when().put("/member-states/SHN/category")
                .then().statusCode(200);
        // The delegation exists now: a second viewer takes the path without the meeting's lock, and is refused there.
        register(meeting, "SHN", token("SHN"), person("Helena Second", "VIEWER"))
                .then().statusCode(403).body("type", equalTo("urn:plenary:problem:not-addressed"))
                .body("category", equalTo("MEMBER_STATE"));
        given().auth().oauth2(token("SHN")).when().get(participants(meeting, "SHN"))
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(first))
                .body("[0].observer", equalTo(true));
    }

    @Test
    void anAudienceTheContractDoesNotKnowIsSetAsideAndTheMeetingsNextAnnouncementApplies() {
        String meeting = UniqueIds.id("R");
        TestMeetings.announce(TestMeetings.scheduled(meeting, 300, 2000, "OBSERVERS_ONLY", false));
        TestMeetings.announce(TestMeetings.scheduled(meeting, 300, 2000, MeetingScheduled.COUNCIL_MEMBER_STATES,
                false));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + meeting + "/capacity").statusCode() == 200);
        register(meeting, "MLT", token("MLT"), person("Mark Camilleri", "VIEWER"))
                .then().statusCode(403).body("audience", equalTo("COUNCIL_MEMBER_STATES"));

        try (TopicProbe dlq = new TopicProbe(Engines.shared().kafka().bootstrapServers(),
                Topics.AGENDA + Topics.DLQ_SUFFIX)) {
            ConsumerRecord<String, String> dead = dlq.readUntil(records -> records.stream()
                    .anyMatch(r -> meeting.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> meeting.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.value()).contains("OBSERVERS_ONLY");
            assertThat(TopicProbe.header(dead, "dead-letter-reason")).contains("addressedTo 'OBSERVERS_ONLY'");
        }
    }
}
