package org.plenary.agenda.agenda;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Proposals on the seeded meeting; each test uses items and states of its own, and counts relative to before. */
@QuarkusTest
class ProposalResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String MEETING = "/meetings/C20-VC";

    private final String secretariat = Engines.shared().tokens().secretariat();

    private static String token(String state) {
        return Engines.shared().tokens().memberState(state);
    }

    private Response propose(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(MEETING + "/proposals");
    }

    private int count(int itemNumber, String kind) {
        Integer count = given().auth().oauth2(secretariat).when().get(MEETING + "/agenda")
                .then().statusCode(200).extract().path("items[" + (itemNumber - 1) + "].proposals." + kind);
        return count == null ? 0 : count;
    }

    private int meetingCount(String kind) {
        Integer count = given().auth().oauth2(secretariat).when().get(MEETING + "/agenda")
                .then().statusCode(200).extract().path("meetingProposals." + kind);
        return count == null ? 0 : count;
    }

    @Test
    void threeStatesProposeMovingAnItemAndTheCountMovesAndIsAnnounced() {
        int before = count(30, "MOVE_TO_PHYSICAL_MEETING");
        String kenya = null;
        for (String state : List.of("KEN", "BRA", "CHN")) {
            String id = propose(token(state), "{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 30}")
                    .then().statusCode(201)
                    .body("memberState", equalTo(state))
                    .body("itemNumber", equalTo(30))
                    .extract().path("id");
            kenya = kenya == null ? id : kenya;
        }
        assertThat(count(30, "MOVE_TO_PHYSICAL_MEETING")).isEqualTo(before + 3);
        // The letter's own count for this item is untouched.
        assertThat(count(30, "MOVE_TO_VIRTUAL_CONSULTATION")).isEqualTo(4);

        // A retry is the same proposal: one state counts once per item and kind.
        propose(token("KEN"), "{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 30}")
                .then().statusCode(200).body("id", equalTo(kenya));
        assertThat(count(30, "MOVE_TO_PHYSICAL_MEETING")).isEqualTo(before + 3);

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            probe.readUntil(records -> records.stream().anyMatch(r -> "C20-VC".equals(r.key())
                    && r.value().contains(AgendaItemChanged.TYPE) && r.value().contains("\"number\":30")
                    && r.value().contains("\"MOVE_TO_PHYSICAL_MEETING\":" + (before + 3))), Duration.ofSeconds(30));
        }

        // Another state cannot withdraw it; its own state can, and the count follows.
        given().auth().oauth2(token("BRA")).when().delete(MEETING + "/proposals/" + kenya)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(token("KEN")).when().delete(MEETING + "/proposals/" + kenya)
                .then().statusCode(204);
        assertThat(count(30, "MOVE_TO_PHYSICAL_MEETING")).isEqualTo(before + 2);
    }

    @Test
    void newItemsAndDiscussingEverythingVirtuallyAreProposalsOnTheWholeAgenda() {
        int newItems = meetingCount("NEW_ITEM");
        int discussAll = meetingCount("DISCUSS_ALL_ITEMS_VIRTUALLY");
        propose(token("FRA"), "{\"kind\": \"NEW_ITEM\", \"proposedTitle\": {\"en\": \"Digital inclusion\", "
                + "\"fr\": \"Inclusion numérique\"}}")
                .then().statusCode(201)
                .body("itemNumber", nullValue())
                .body("proposedTitle.fr", equalTo("Inclusion numérique"));
        propose(token("FRA"), "{\"kind\": \"DISCUSS_ALL_ITEMS_VIRTUALLY\"}").then().statusCode(201);
        assertThat(meetingCount("NEW_ITEM")).isEqualTo(newItems + 1);
        assertThat(meetingCount("DISCUSS_ALL_ITEMS_VIRTUALLY")).isEqualTo(discussAll + 1);

        given().auth().oauth2(token("KEN")).when().get(MEETING + "/proposals")
                .then().statusCode(200).body("findAll { it.memberState == 'FRA' }.kind",
                        org.hamcrest.Matchers.hasItems("NEW_ITEM", "DISCUSS_ALL_ITEMS_VIRTUALLY"));
    }

    @Test
    void aStateActsForItselfAndTheSecretariatNamesTheState() {
        propose(token("RUS"), "{\"kind\": \"MOVE_TO_VIRTUAL_CONSULTATION\", \"itemNumber\": 32, \"memberState\": \"USA\"}")
                .then().statusCode(403).contentType(PROBLEM);
        propose(secretariat, "{\"kind\": \"MOVE_TO_VIRTUAL_CONSULTATION\", \"itemNumber\": 32}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("memberState"));
        propose(secretariat, "{\"kind\": \"MOVE_TO_VIRTUAL_CONSULTATION\", \"itemNumber\": 32, \"memberState\": \"USA\"}")
                .then().statusCode(201).body("memberState", equalTo("USA"));
    }

    @Test
    void everyMalformedProposalIsRefusedWithItsFieldAndRule() {
        propose(token("ARG"), "{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 99}")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:item-not-on-agenda"))
                .body("errors[0].field", equalTo("itemNumber"))
                .body("detail", containsString("1 to 52"));
        propose(token("ARG"), "{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("itemNumber"));
        propose(token("ARG"), "{\"kind\": \"NEW_ITEM\", \"proposedTitle\": {\"fr\": \"Sans titre anglais\"}}")
                .then().statusCode(400).body("errors[0].field", equalTo("proposedTitle.en"));
        propose(token("ARG"), "{\"kind\": \"DISCUSS_ALL_ITEMS_VIRTUALLY\", \"itemNumber\": 3}")
                .then().statusCode(400).body("errors[0].field", equalTo("itemNumber"));
        propose(token("ARG"), "{\"kind\": \"MOVE_SOMEWHERE\", \"itemNumber\": 3}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].rule", equalTo("enum"))
                .body("errors[0].message", containsString("MOVE_TO_PHYSICAL_MEETING"));
        given().auth().oauth2(token("ARG")).contentType(ContentType.JSON)
                .body("{\"kind\": \"DISCUSS_ALL_ITEMS_VIRTUALLY\"}")
                .when().post("/meetings/NOPE/proposals").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void concurrentRetriesOfOneProposalCountOnce() {
        int before = count(33, "MOVE_TO_PHYSICAL_MEETING");
        List<CompletableFuture<Integer>> attempts = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> propose(token("IND"),
                        "{\"kind\": \"MOVE_TO_PHYSICAL_MEETING\", \"itemNumber\": 33}").statusCode()))
                .toList();
        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(count(33, "MOVE_TO_PHYSICAL_MEETING")).isEqualTo(before + 1);
    }
}
