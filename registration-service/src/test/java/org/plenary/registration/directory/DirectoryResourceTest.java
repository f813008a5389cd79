package org.plenary.registration.directory;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
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
    void theSeededDirectoryHasTheUnMemberStatesAndShowsContactsOnlyToTheirState() {
        given().auth().oauth2(token("KEN")).when().get("/member-states")
                .then().statusCode(200).body("", hasSize(193))
                .body("find { it.code == 'KEN' }.name", equalTo("Kenya"))
                .body("find { it.code == 'KEN' }.contactPersons", notNullValue())
                .body("find { it.code == 'BRA' }.contactPersons", nullValue());
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
                    && !r.value().contains("Lucía")).count() == 1, Duration.ofSeconds(30));
        }
    }

    @Test
    void theSecretariatAddsAStateByItsIsoCode() {
        as(secretariat()).body(Map.of("name", "Holy See")).when().put("/member-states/VAT")
                .then().statusCode(200).body("code", equalTo("VAT"));
        as(secretariat()).body(Map.of("name", "Nowhere")).when().put("/member-states/XYZ")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        as(token("KEN")).body(Map.of("name", "Kenya!")).when().put("/member-states/KEN").then().statusCode(403);
    }
}
