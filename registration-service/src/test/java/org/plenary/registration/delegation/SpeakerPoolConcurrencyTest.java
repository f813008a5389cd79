package org.plenary.registration.delegation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.RepeatedTest;
import org.plenary.registration.TestMeetings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.secretariat;

/**
 * The letter's pool under fire: 1,000 concurrent speaker registrations from 200 delegations (5 each) at a pool of
 * 300, as fast as the service takes them. Exactly 300 get in, no delegation above 3, nothing else than 201 or 409.
 */
@QuarkusTest
class SpeakerPoolConcurrencyTest {

    private static final List<String> STATES = Arrays.stream(Locale.getISOCountries())
            .map(alpha2 -> new Locale("", alpha2).getISO3Country()).sorted().limit(200).toList();

    @RepeatedTest(2)
    void thePoolNeverOverflowsAndNoDelegationPassesThree() throws Exception {
        String meeting = TestMeetings.meeting(300, 2000);
        String token = secretariat();
        ExecutorService clients = Executors.newFixedThreadPool(64);
        try {
            List<Future<Integer>> attempts = IntStream.range(0, 1_000).mapToObj(i -> {
                String state = STATES.get(i % STATES.size());
                Map<String, Object> body = person("Speaker " + i + " " + state, "SPEAKER");
                return clients.submit(() -> given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                        .when().post(TestMeetings.participants(meeting, state)).statusCode());
            }).toList();
            List<Integer> statuses = attempts.stream().map(TestMeetings::join).toList();
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(300);
        } finally {
            clients.shutdownNow();
        }

        Map<String, Object> usage = given().auth().oauth2(token).when().get("/meetings/" + meeting + "/capacity")
                .then().statusCode(200).extract().jsonPath().getMap("");
        assertThat(((Map<?, ?>) usage.get("speakers")).get("used")).isEqualTo(300);
        List<Map<String, Object>> delegations = given().auth().oauth2(token)
                .when().get("/meetings/" + meeting + "/capacity").then().extract().jsonPath().getList("delegations");
        assertThat(delegations).allSatisfy(d -> assertThat((Integer) d.get("speakers")).isBetween(0, 3));
        assertThat(delegations.stream().mapToInt(d -> (Integer) d.get("speakers")).sum()).isEqualTo(300);
        // The counters agree with the rows: each delegation's list has as many active speakers as counted.
        for (Map<String, Object> d : delegations.subList(0, 20)) {
            List<String> roles = given().auth().oauth2(token)
                    .when().get(TestMeetings.participants(meeting, (String) d.get("memberState")))
                    .then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'ACTIVE' }.role");
            assertThat(roles.stream().filter("SPEAKER"::equals).count()).isEqualTo(((Integer) d.get("speakers")).longValue());
        }
    }
}
