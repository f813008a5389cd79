package org.plenary.registration.delegation;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.registration.TestMeetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.secretariat;

/**
 * 200 participants, each cancelled and given a new link at the same moment: whichever comes first, the participant
 * ends cancelled, its place is free, and neither its old link nor a new one opens the meeting.
 */
@QuarkusTest
class RotationRaceTest {

    private static final List<String> STATES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2).getISO3Country()).sorted().skip(40).limit(20).toList();

    private record Registered(String state, String id, String link) {
    }

    @Test
    void aCancellationRacingARotationAlwaysEndsCancelledWithEveryLinkDead() throws Exception {
        String meeting = TestMeetings.meeting(10, 250);
        String token = secretariat();
        List<Registered> people = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String state = STATES.get(i % STATES.size());
            Map<String, Object> answer = as(token).body(person("Racer " + i + " " + state, "VIEWER"))
                    .when().post(TestMeetings.participants(meeting, state))
                    .then().statusCode(201).extract().jsonPath().getMap("");
            people.add(new Registered(state, (String) answer.get("id"), (String) answer.get("joinLink")));
        }

        ExecutorService clients = Executors.newFixedThreadPool(32);
        List<Future<String>> rotations = new ArrayList<>();
        List<Future<Integer>> cancellations = new ArrayList<>();
        try {
            for (Registered p : people) {
                String path = TestMeetings.participants(meeting, p.state()) + "/" + p.id();
                cancellations.add(clients.submit(() -> as(token).when().post(path + "/cancellation").statusCode()));
                rotations.add(clients.submit(() -> {
                    var response = as(token).when().post(path + "/link");
                    return response.statusCode() == 200 ? response.jsonPath().getString("joinLink")
                            : String.valueOf(response.statusCode());
                }));
            }
            assertThat(cancellations.stream().map(TestMeetings::join)).containsOnly(200);
            List<String> rotated = rotations.stream().map(TestMeetings::join).toList();
            assertThat(rotated).allSatisfy(r -> assertThat(r).matches("409|http.*/join/.*"));

            List<String> links = new ArrayList<>(people.stream().map(Registered::link).toList());
            links.addAll(rotated.stream().filter(r -> r.startsWith("http")).toList());
            for (String link : links) {
                given().redirects().follow(false).when().get("/join/" + link.substring(link.lastIndexOf('/') + 1))
                        .then().statusCode(410);
            }
        } finally {
            clients.shutdownNow();
        }

        Map<String, Object> usage = given().auth().oauth2(token).when().get("/meetings/" + meeting + "/capacity")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(((Map<?, ?>) usage.get("viewers")).get("used")).isEqualTo(0);
        for (String state : STATES) {
            List<String> statuses = given().auth().oauth2(token).when().get(TestMeetings.participants(meeting, state))
                    .then().statusCode(200).extract().jsonPath().getList("status");
            assertThat(statuses).as("participants of " + state).hasSize(10).containsOnly("CANCELLED");
        }
    }
}
