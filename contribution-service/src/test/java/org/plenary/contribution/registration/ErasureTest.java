package org.plenary.contribution.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submitted;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.with;

/** A person erased in registration-service: the contributions they answered for keep everything but their contact. */
@QuarkusTest
class ErasureTest {

    @Inject
    MovableClock clock;

    @Inject
    ObjectMapper mapper;

    @Test
    void theContactOfEveryContributionAndRevisionIsErasedAndTheRestKept() throws Exception {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String email = "jane.erasable." + UUID.randomUUID() + "@example.org";
        Map<String, Object> contact = Map.of("name", "Jane Erasable", "email", email);
        String id = submitted(meeting, token("KEN"), with(template("C20/55", "KEN"), "contact", contact));
        String path = "/meetings/" + meeting + "/contributions/" + id;
        as(token("KEN")).body(with(with(template("C20/55", "KEN"), "contact", contact), "title", "Revised"))
                .when().put(path).then().statusCode(200);
        String kept = submitted(meeting, token("KEN"), template("C20/55", "KEN"));

        UUID erasure = UUID.randomUUID();
        EventEnvelope event = EventEnvelope.of(PersonalDataErased.TYPE, "registration-service", "erasure",
                Instant.now(), mapper.valueToTree(new PersonalDataErased(erasure,
                        PersonalDataErased.hashOf(email.toUpperCase()), "sealed:v1:unused", "secretariat",
                        Instant.now())));
        TopicProbe.send(Engines.shared().kafka().bootstrapServers(), Topics.REGISTRATION, "erasure",
                mapper.writeValueAsString(event), Map.of());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get(path).then().body("contact.name", equalTo("(erased)"))
                .body("contact.email", equalTo("erased@erased.invalid")));
        given().auth().oauth2(secretariat()).when().get(path).then().body("title", equalTo("Revised"))
                .body("revision", equalTo(2)).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(secretariat()).when().get(path + "/revisions").then()
                .body("contact.email", equalTo(java.util.List.of("erased@erased.invalid", "erased@erased.invalid")));
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/contributions/" + kept).then()
                .body("contact.email", equalTo("jane.wanjiru@example.org"));
    }
}
