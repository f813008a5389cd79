package org.plenary.agenda.contributions;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** contribution.events as contribution-service publishes them, listed under the seeded agenda's items. */
@QuarkusTest
class ContributionEventsConsumerTest {

    private static final String AGENDA = "/meetings/C20-VC/agenda";

    @Inject
    ObjectMapper mapper;

    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");
    private final String brazil = Engines.shared().tokens().memberState("BRA");
    private final String china = Engines.shared().tokens().memberState("CHN");

    private UUID itemId(int number) {
        return UUID.fromString(given().auth().oauth2(secretariat).when().get(AGENDA)
                .then().extract().path("items[" + (number - 1) + "].id"));
    }

    private EventEnvelope publish(UUID contributionId, String type, Object data) throws Exception {
        return send(EventEnvelope.of(type, "contribution-service", contributionId.toString(), Instant.now(),
                mapper.valueToTree(data)));
    }

    private EventEnvelope send(EventEnvelope event) throws Exception {
        TopicProbe.send(Engines.shared().kafka().bootstrapServers(), Topics.CONTRIBUTION, event.subject(),
                mapper.writeValueAsString(event), Map.of());
        return event;
    }

    private EventEnvelope publish(UUID contributionId, String type, Object data, long version) throws Exception {
        return send(EventEnvelope.of(type, "contribution-service", contributionId.toString(), Instant.now(),
                mapper.valueToTree(data), version));
    }

    private ContributionSubmitted submitted(UUID id, int item, String title, boolean onTime) {
        return new ContributionSubmitted(id, "C20-VC", itemId(item), item, "C20/55", List.of("KEN", "BRA"), title,
                "en", onTime, 1, Instant.now(), "Kenya and Brazil support it.", "The Council takes note.");
    }

    private String titlesUnder(int item) {
        return "items[" + (item - 1) + "].contributions.title";
    }

    @Test
    void anOlderEventReplayedUnderANewIdAfterTheWithdrawalDoesNotBringTheContributionBack() throws Exception {
        UUID id = UUID.randomUUID();
        ContributionSubmitted submission = submitted(id, 6, "Replayed contribution", true);
        publish(id, ContributionSubmitted.TYPE, submission, 1);
        publish(id, ContributionRevised.TYPE, new ContributionRevised(id, "C20-VC", submission.itemId(), 6, "C20/55",
                List.of("KEN", "BRA"), "Revised contribution", "en", true, 2, Instant.now(), List.of(),
                "Kenya and Brazil support it.", "The Council takes note."), 2);
        publish(id, ContributionWithdrawn.TYPE, new ContributionWithdrawn(id, "C20-VC", "KEN", Instant.now(), 5,
                "C20/55", "Joint view", List.of("KEN"), null), 3);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(secretariat).when().get(AGENDA).then()
                        .body(titlesUnder(6), not(hasItem("Revised contribution"))));

        // The submission and the revision again, each under a new id (a dead letter re-injected, a replay), then a
        // marker on the same partition: once the marker is listed, the replays were read, and changed nothing.
        publish(id, ContributionSubmitted.TYPE, submission, 1);
        publish(id, ContributionRevised.TYPE, new ContributionRevised(id, "C20-VC", submission.itemId(), 6, "C20/55",
                List.of("KEN", "BRA"), "Revised contribution", "en", true, 2, Instant.now(), List.of(),
                "Kenya and Brazil support it.", "The Council takes note."), 2);
        UUID marker = UUID.randomUUID();
        send(EventEnvelope.of(ContributionSubmitted.TYPE, "contribution-service", id.toString(), Instant.now(),
                mapper.valueToTree(submitted(marker, 6, "Marker contribution", true)), 1L));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(secretariat).when().get(AGENDA).then()
                        .body(titlesUnder(6), hasItem("Marker contribution")));
        given().auth().oauth2(secretariat).when().get(AGENDA).then()
                .body(titlesUnder(6), not(hasItem("Revised contribution")))
                .body(titlesUnder(6), not(hasItem("Replayed contribution")));
    }

    @Test
    void anOnTimeContributionIsListedUnderItsItemForThoseWhoMaySeeIt() throws Exception {
        UUID id = UUID.randomUUID();
        ContributionSubmitted first = submitted(id, 5, "Draft on WRC-23", true);
        EventEnvelope submission = publish(id, ContributionSubmitted.TYPE, first);
        publish(id, ContributionRevised.TYPE, new ContributionRevised(id, "C20-VC", first.itemId(), 5, "C20/55",
                List.of("KEN", "BRA"), "Joint contribution on WRC-23", "en", true, 2, Instant.now(), List.of(),
                "Kenya and Brazil support it.", "The Council takes note."));
        send(submission); // the same event delivered again must not undo the revision

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(secretariat).when().get(AGENDA).then()
                        .body(titlesUnder(5), hasItem("Joint contribution on WRC-23"))
                        .body(titlesUnder(5), not(hasItem("Draft on WRC-23"))));
        given().auth().oauth2(kenya).when().get(AGENDA).then()
                .body(titlesUnder(5), hasItem("Joint contribution on WRC-23"));
        given().auth().oauth2(brazil).when().get(AGENDA).then() // a co-submitter, not the lead
                .body(titlesUnder(5), hasItem("Joint contribution on WRC-23"));
        given().auth().oauth2(china).when().get(AGENDA).then()
                .body(titlesUnder(5), not(hasItem("Joint contribution on WRC-23")));

        publish(id, ContributionPublished.TYPE, new ContributionPublished(id, "C20-VC", "C20-VC/7", Instant.now(),
                List.of("KEN", "BRA"), "Joint contribution on WRC-23", "C20/55"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(china).when().get(AGENDA).then()
                        .body(titlesUnder(5), hasItem("Joint contribution on WRC-23"))
                        .body("items[4].contributions.find { it.id == '" + id + "' }.publicReference",
                                equalTo("C20-VC/7")));

        publish(id, ContributionWithdrawn.TYPE, new ContributionWithdrawn(id, "C20-VC", "KEN", Instant.now(), 5,
                "C20/55", "Joint view", List.of("KEN"), null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(secretariat).when().get(AGENDA).then()
                        .body(titlesUnder(5), not(hasItem("Joint contribution on WRC-23"))));
    }

    @Test
    void aLateContributionIsNotListedOnTheDraftAgenda() throws Exception {
        UUID late = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        publish(late, ContributionSubmitted.TYPE, submitted(late, 6, "Accepted late", false));
        publish(marker, ContributionSubmitted.TYPE, submitted(marker, 6, "On time marker", true));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(secretariat).when().get(AGENDA).then()
                        .body(titlesUnder(6), hasItem("On time marker")));
        given().auth().oauth2(secretariat).when().get(AGENDA).then()
                .body(titlesUnder(6), not(hasItem("Accepted late")));
    }
}
