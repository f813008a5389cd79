package org.plenary.registration.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.secretariat;
import static org.plenary.registration.TestMeetings.token;

@QuarkusTest
class DirectoryResourceTest {

    @Test
    void theSeededDirectoryIsTheItuMembershipWithTheCouncilsMemberStatesAndShowsContactsOnlyToTheirState() {
        given().auth().oauth2(token("KEN")).when().get("/member-states")
                .then().statusCode(200)
                .body("find { it.code == 'KEN' }.name", equalTo("Kenya"))
                .body("find { it.code == 'KEN' }.contactPersons", notNullValue())
                .body("find { it.code == 'BRA' }.contactPersons", nullValue());
        // Other tests add states to the shared directory; the seeded ones are all there with their categories.
        Map<String, String> seeded = SeedStates.categories();
        List<Map<String, Object>> directory = given().auth().oauth2(secretariat()).when().get("/member-states")
                .then().statusCode(200).extract().path("");
        Map<String, Object> categories = directory.stream().filter(state -> seeded.containsKey(state.get("code")))
                .collect(Collectors.toMap(state -> (String) state.get("code"), state -> state.get("category")));
        assertThat(categories).hasSize(193).isEqualTo(seeded);
        assertThat(categories.values().stream().filter(SeedStates.COUNCIL::equals)).hasSize(48);

        for (String council : List.of("KEN", "BRA", "CHN")) {
            given().auth().oauth2(token("KEN")).when().get("/member-states/" + council)
                    .then().statusCode(200).body("category", equalTo("COUNCIL_MEMBER_STATE"));
        }
        given().auth().oauth2(token("KEN")).when().get("/member-states/GBR")
                .then().statusCode(200).body("category", equalTo("MEMBER_STATE"));
        given().auth().oauth2(token("KEN")).when().get("/member-states/VAT")
                .then().statusCode(200).body("name", equalTo("Vatican City")).body("category", equalTo("MEMBER_STATE"));
        given().auth().oauth2(token("KEN")).when().get("/member-states/PLW")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(token("BRA")).when().get("/member-states/bra")
                .then().statusCode(200).body("contactPersons[0].name", equalTo("Mariana Costa"));
        given().auth().oauth2(secretariat()).when().get("/member-states/CHN")
                .then().body("contactPersons[0].language", equalTo("zh"));
        given().auth().oauth2(token("KEN")).when().get("/member-states/ATA").then().statusCode(404);
    }

    @Test
    void aNameThatIsNotAJsonStringIsRefusedNotStoredAsText() {
        for (String name : List.of("true", "12345", "1.5")) {
            as(secretariat()).body("{\"name\": " + name + "}").when().put("/member-states/TKL")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("name")).body("errors[0].rule", equalTo("type"));
        }
        given().auth().oauth2(secretariat()).when().get("/member-states/TKL").then().statusCode(404);
    }

    @Test
    void aStateMaintainsItsOwnContactsAndEachChangeIsAnnounced() {
        List<Map<String, String>> contacts = List.of(
                Map.of("name", "Pedro Álvarez", "email", "pedro.alvarez@mtc.per.example.org", "language", "es"),
                Map.of("name", "Lucía Ramos", "email", "lucia.ramos@mtc.per.example.org", "language", "es"));
        as(token("PER")).body(contacts).when().put("/member-states/PER/contact-persons")
                .then().statusCode(200).body("contactPersons", hasSize(2))
                .body("contactPersons[1].name", equalTo("Lucía Ramos"));
        as(token("KEN")).body(contacts).when().put("/member-states/PER/contact-persons")
                .then().statusCode(403).contentType(PROBLEM);
        as(token("PER")).body(List.of(Map.of("name", "X", "email", "not-an-address", "language", "es")))
                .when().put("/member-states/PER/contact-persons")
                .then().statusCode(400).body("errors[0].field", equalTo("[0].email"));
        as(secretariat()).body(contacts.subList(0, 1)).when().put("/member-states/PER/contact-persons")
                .then().statusCode(200).body("contactPersons", hasSize(1));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION)) {
            probe.readUntil(records -> records.stream().filter(r -> "PER".equals(r.key())
                    && r.value().contains(ContactPersonsChanged.TYPE)
                    && r.value().contains("\"changedBy\":\"secretariat@itu.example.org\"")
                    && r.value().contains("\"category\":\"MEMBER_STATE\"")
                    && !r.value().contains("Lucía")).count() == 1, Duration.ofSeconds(30));
        }
    }

    @Test
    void theSecretariatAddsAStateByItsIsoCode() {
        as(secretariat()).body(Map.of("name", "Cook Islands")).when().put("/member-states/COK")
                .then().statusCode(200).body("code", equalTo("COK")).body("category", equalTo("MEMBER_STATE"));
        as(secretariat()).body(Map.of("name", "Nowhere")).when().put("/member-states/XYZ")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(token("KEN")).body(Map.of("name", "Kenya!")).when().put("/member-states/KEN").then().statusCode(403);
    }

    @Test
    void theSecretariatSetsAStatesCategoryAndEachChangeIsAnnouncedWithTheContacts() {
        as(secretariat()).body(Map.of("name", "Niue")).when().put("/member-states/NIU").then().statusCode(200);
        as(secretariat()).body(List.of(Map.of("name", "Sione Tukuitonga", "email", "sione@niu.example.org",
                "language", "en"))).when().put("/member-states/NIU/contact-persons").then().statusCode(200);

        as(secretariat()).body(Map.of("category", "COUNCIL_MEMBER_STATE")).when().put("/member-states/niu/category")
                .then().statusCode(200).body("code", equalTo("NIU")).body("category", equalTo("COUNCIL_MEMBER_STATE"))
                .body("contactPersons[0].name", equalTo("Sione Tukuitonga"));
        given().auth().oauth2(token("KEN")).when().get("/member-states/NIU")
                .then().body("category", equalTo("COUNCIL_MEMBER_STATE"));

        as(token("NIU")).body(Map.of("category", "MEMBER_STATE")).when().put("/member-states/NIU/category")
                .then().statusCode(403).contentType(PROBLEM);
        as(secretariat()).body(Map.of("category", "OBSERVER")).when().put("/member-states/NIU/category")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("category")).body("errors[0].rule", equalTo("enum"));
        as(secretariat()).body(Map.of()).when().put("/member-states/NIU/category")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("category")).body("errors[0].rule", equalTo("NotNull"));
        as(secretariat()).body(Map.of("category", "MEMBER_STATE")).when().put("/member-states/TKL/category")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(secretariat()).when().get("/member-states/NIU")
                .then().body("category", equalTo("COUNCIL_MEMBER_STATE"));

        // The category it already has changes nothing; back to a Member State is announced.
        as(secretariat()).body(Map.of("category", "COUNCIL_MEMBER_STATE")).when().put("/member-states/NIU/category")
                .then().statusCode(200).body("category", equalTo("COUNCIL_MEMBER_STATE"));
        as(secretariat()).body(Map.of("category", "MEMBER_STATE")).when().put("/member-states/NIU/category")
                .then().statusCode(200).body("category", equalTo("MEMBER_STATE"));
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION)) {
            List<ConsumerRecord<String, String>> niue = niue(probe.readUntil(records -> {
                List<ConsumerRecord<String, String>> seen = niue(records);
                return seen.size() >= 2 && seen.get(seen.size() - 1).value().contains("\"category\":\"MEMBER_STATE\"")
                        && seen.stream().anyMatch(r -> r.value().contains("\"category\":\"COUNCIL_MEMBER_STATE\""));
            }, Duration.ofSeconds(30)));
            // One partition per key, in order: contacts, Council, Member State; the repeated Council said nothing.
            assertThat(niue).hasSize(3);
            assertThat(niue.get(1).value()).contains("\"category\":\"COUNCIL_MEMBER_STATE\"")
                    .contains("\"email\":\"sione@niu.example.org\"")
                    .contains("\"changedBy\":\"secretariat@itu.example.org\"");
            assertThat(niue.get(2).value()).contains("\"category\":\"MEMBER_STATE\"");
        }
    }

    private static List<ConsumerRecord<String, String>> niue(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> "NIU".equals(r.key()) && r.value().contains(ContactPersonsChanged.TYPE))
                .toList();
    }
}
