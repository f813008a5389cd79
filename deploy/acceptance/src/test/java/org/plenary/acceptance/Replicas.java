package org.plenary.acceptance;

import io.restassured.path.json.JsonPath;
import org.plenary.acceptance.WritingStates.Kind;
import org.plenary.acceptance.WritingStates.Write;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.acceptance.Api.AGENDA;
import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.NOTIFICATION;
import static org.plenary.acceptance.Api.REGISTRATION;
import static org.plenary.acceptance.Api.SECRETARIAT;

/** The copies each service keeps of another's data, compared with the original through the APIs. */
final class Replicas {

    private Replicas() {
    }

    /**
     * What agenda-service says of the meeting is what the others act on: the deadline and the items in
     * contribution-service, the pools in registration-service, the reminders in notification-service; and
     * agenda-service lists under its items every contribution made.
     */
    static void assertTheyAgreeWithAgendaService(Api api, String meeting, List<Write> writes) {
        JsonPath scheduled = api.as(SECRETARIAT, AGENDA).get("/meetings/" + meeting).then().statusCode(200).extract()
                .jsonPath();
        Instant deadline = Instant.parse(scheduled.getString("contributionDeadline"));
        assertThat(deadline).as("the deadline extended while Kafka was away").isEqualTo("2020-07-17T22:00:00Z");
        JsonPath agenda = api.as(SECRETARIAT, AGENDA).get("/meetings/" + meeting + "/agenda").then().statusCode(200)
                .extract().jsonPath();
        List<String> items = agenda.getList("items.documentReference", String.class);
        assertThat(items).containsExactly("C21/1", "C21/2", "C21/3", "C21/4", "C21/5");
        List<String> contributions = writes.stream().filter(w -> w.kind() == Kind.CONTRIBUTION).map(Write::id)
                .toList();
        long viewers = writes.stream().filter(w -> w.kind() == Kind.VIEWER).count();

        Eventually.await("contribution-service applies agenda-service's deadline and items", () -> List.of(
                        api.as(SECRETARIAT, CONTRIBUTION).get("/meetings/" + meeting + "/contribution-deadline")
                                .then().statusCode(200).extract().<String>path("deadline"),
                        api.as(SECRETARIAT, CONTRIBUTION).get("/meetings/" + meeting + "/agenda-items").then()
                                .statusCode(200).extract().jsonPath().getList("documentReference").toString()),
                known -> assertThat(known).containsExactly(deadline.toString(), items.toString()));
        Eventually.await("registration-service's pools are agenda-service's, and count every viewer",
                () -> api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + meeting + "/capacity").then()
                        .statusCode(200).extract().jsonPath(),
                pools -> {
                    assertThat(pools.getInt("speakers.capacity")).isEqualTo(scheduled.getInt("capacity.speakers"));
                    assertThat(pools.getInt("viewers.capacity")).isEqualTo(scheduled.getInt("capacity.viewers"));
                    assertThat(pools.getLong("viewers.used")).isEqualTo(viewers);
                });
        Eventually.await("notification-service's reminders follow the deadline", () -> api.as(SECRETARIAT,
                        NOTIFICATION).get("/meetings/" + meeting + "/reminders").then().statusCode(200).extract()
                        .jsonPath().<Map<String, Object>>getList("$").stream()
                        .filter(r -> r.get("kind").equals("CONTRIBUTION_DEADLINE")).toList(),
                reminders -> assertThat(reminders).isNotEmpty().allSatisfy(r -> assertThat(r.get("dueAt"))
                        .isEqualTo(deadline.minus(Duration.parse((String) r.get("offset"))).toString())));
        Eventually.await("agenda-service lists every contribution under its item", () -> api.as(SECRETARIAT, AGENDA)
                        .get("/meetings/" + meeting + "/agenda").then().statusCode(200).extract().jsonPath()
                        .getList("items.contributions.id.flatten()", String.class),
                listed -> assertThat(listed).containsExactlyInAnyOrderElementsOf(contributions));
    }

}
