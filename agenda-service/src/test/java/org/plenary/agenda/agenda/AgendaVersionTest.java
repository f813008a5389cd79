package org.plenary.agenda.agenda;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.TestMeetings;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AgendaVersionTest {

    private static final String PROBLEM = "application/problem+json";

    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");

    private String newMeetingWithThreeItems() {
        String id = TestMeetings.create("V");
        for (int n = 1; n <= 3; n++) {
            addItem(id, "{\"number\": %d, \"title\": {\"en\": \"Item %d\"}, \"documentReference\": \"C20/%d\", \"outcome\": \"NONE\"}"
                    .formatted(n, n, 10 + n)).then().statusCode(201);
        }
        return id;
    }

    private Response addItem(String meetingId, String body) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(body)
                .when().post("/meetings/" + meetingId + "/agenda/items");
    }

    private Response changeItem(String meetingId, int number, String body) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(body)
                .when().patch("/meetings/" + meetingId + "/agenda/items/" + number);
    }

    private Response adopt(String meetingId, String body) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(body)
                .when().post("/meetings/" + meetingId + "/agenda/versions");
    }

    @Test
    void adoptionFreezesVersionOneAndEveryLaterChangeIsTheNextVersionWithItsReason() {
        String id = newMeetingWithThreeItems();
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", nullValue());

        adopt(id, "{}").then().statusCode(201).body("number", equalTo(1)).body("reason", nullValue())
                .body("items", hasSize(3));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda")
                .then().body("status", equalTo("ADOPTED")).body("version", equalTo(1));
        adopt(id, "{\"reason\": \"again\"}").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:agenda-unchanged"));

        // After adoption a change without a reason is refused, and nothing changes.
        changeItem(id, 2, "{\"title\": {\"en\": \"Renamed\"}}").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda")
                .then().body("items[1].title", equalTo("Item 2")).body("version", equalTo(1));

        changeItem(id, 2, "{\"title\": {\"en\": \"Item 2, as agreed\"}, \"reason\": \"Title agreed\"}")
                .then().statusCode(200).body("title", equalTo("Item 2, as agreed"));
        changeItem(id, 3, "{\"number\": 5, \"reason\": \"Room for two new items\"}")
                .then().statusCode(200).body("number", equalTo(5));
        given().auth().oauth2(secretariat).queryParam("reason", "Moved to the physical meeting")
                .when().delete("/meetings/" + id + "/agenda/items/1").then().statusCode(204);
        addItem(id, "{\"number\": 6, \"title\": {\"en\": \"COVID-19\"}, \"outcome\": \"UNSPECIFIED\", \"reason\": \"Proposed by 5 states\"}")
                .then().statusCode(201);

        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda/versions")
                .then().statusCode(200)
                .body("number", contains(1, 2, 3, 4, 5))
                .body("reason", contains(null, "Title agreed", "Room for two new items",
                        "Moved to the physical meeting", "Proposed by 5 states"));
        // Version 1 is as it was adopted.
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda/versions/1")
                .then().statusCode(200).body("items.number", contains(1, 2, 3))
                .body("items[1].title.en", equalTo("Item 2"));

        given().auth().oauth2(kenya).queryParam("from", 1).queryParam("to", 5)
                .when().get("/meetings/" + id + "/agenda/versions/compare")
                .then().statusCode(200)
                .body("added.title.en", contains("COVID-19"))
                .body("removed.title.en", contains("Item 1"))
                .body("renumbered", hasSize(1)).body("renumbered[0].from", equalTo(3)).body("renumbered[0].to", equalTo(5))
                .body("retitled", hasSize(1)).body("retitled[0].from.en", equalTo("Item 2"))
                .body("retitled[0].to.en", equalTo("Item 2, as agreed"));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            probe.readUntil(records -> records.stream().filter(r -> id.equals(r.key())
                    && r.value().contains(AgendaAdopted.TYPE)).count() == 5
                    && records.stream().anyMatch(r -> id.equals(r.key()) && r.value().contains(AgendaItemRemoved.TYPE)),
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void editsAreValidatedAndReservedToTheSecretariat() {
        String id = newMeetingWithThreeItems();
        addItem(id, "{\"number\": 2, \"title\": {\"en\": \"Twice\"}, \"outcome\": \"NONE\"}")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:item-number-taken"))
                .body("errors[0].field", equalTo("number"));
        addItem(id, "{\"number\": 4, \"title\": {\"en\": \"Bad document\"}, \"documentReference\": \"doc 55\", \"outcome\": \"NONE\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("documentReference"))
                .body("errors[0].rule", equalTo("Pattern"));
        addItem(id, "{\"number\": 4, \"title\": {\"fr\": \"Sans anglais\"}, \"outcome\": \"NONE\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("title"));
        addItem(id, "{\"number\": 4, \"title\": {\"en\": \"Odd outcome\"}, \"outcome\": \"MAYBE\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("outcome"))
                .body("errors[0].rule", equalTo("enum"));
        changeItem(id, 1, "{\"number\": 3}").then().statusCode(409);
        changeItem(id, 9, "{\"number\": 10}").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(kenya).contentType(ContentType.JSON).body("{\"number\": 4, \"title\": {\"en\": \"x\"}, \"outcome\": \"NONE\"}")
                .when().post("/meetings/" + id + "/agenda/items").then().statusCode(403);
        given().auth().oauth2(kenya).contentType(ContentType.JSON).body("{}")
                .when().post("/meetings/" + id + "/agenda/versions").then().statusCode(403);
        given().auth().oauth2(kenya).queryParam("from", 1)
                .when().get("/meetings/" + id + "/agenda/versions/compare").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda/versions/9")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/agenda")
                .then().body("items.number", contains(1, 2, 3));
    }
}
