package org.plenary.registration.delegation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.RepeatedTest;
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
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.secretariat;

/**
 * Viewers register without the meeting's lock while the pool has room (ViewerFastPath): 400
 * concurrent registrations from 40 delegations at a pool of 250, 40 of them the same person twice at the same
 * moment. Exactly 250 get in, each person once, and every counter agrees with the rows.
 */
@QuarkusTest
class ViewerPoolConcurrencyTest {

    private static final List<String> STATES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2).getISO3Country()).sorted().limit(40).toList();

    @RepeatedTest(2)
    void thePoolNeverOverflowsAndNobodyIsRegisteredTwice() throws Exception {
        String meeting = TestMeetings.meeting(300, 250);
        String token = secretariat();
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < 360; i++) {
            people.add(person("Viewer " + i + " " + STATES.get(i % STATES.size()), "VIEWER"));
        }
        people.addAll(people.subList(0, 40));
        ExecutorService clients = Executors.newFixedThreadPool(48);
        try {
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                String state = STATES.get(i % 360 % STATES.size());
                Map<String, Object> body = people.get(i);
                attempts.add(clients.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                        .body(body).when().post(TestMeetings.participants(meeting, state)).statusCode()));
            }
            List<Integer> statuses = attempts.stream().map(TestMeetings::join).toList();
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(250);
        } finally {
            clients.shutdownNow();
        }

        Map<String, Object> usage = given().auth().oauth2(token).when().get("/meetings/" + meeting + "/capacity")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(((Map<?, ?>) usage.get("viewers")).get("used")).isEqualTo(250);
        List<Map<String, Object>> delegations = given().auth().oauth2(token)
                .when().get("/meetings/" + meeting + "/capacity").then().extract().jsonPath().getList("delegations");
        assertThat(delegations.stream().mapToInt(d -> (Integer) d.get("viewers")).sum()).isEqualTo(250);
        List<String> emails = new ArrayList<>();
        for (Map<String, Object> d : delegations) {
            List<String> active = given().auth().oauth2(token)
                    .when().get(TestMeetings.participants(meeting, (String) d.get("memberState")))
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'ACTIVE' }.email");
            assertThat(active).as("active viewers of " + d.get("memberState")).hasSize((Integer) d.get("viewers"));
            emails.addAll(active);
        }
        assertThat(emails).hasSize(250).doesNotHaveDuplicates();
    }
}
