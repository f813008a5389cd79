package org.plenary.contribution.agenda;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** agenda.events as agenda-service publishes them, read into this service's replica through the real broker. */
@QuarkusTest
class AgendaEventsConsumerTest {

    @Inject
    ObjectMapper mapper;

    private final String kafka = Engines.shared().kafka().bootstrapServers();
    private final String token = Engines.shared().tokens().memberState("BRA");

    private String meetingId() {
        return UniqueIds.id("M");
    }

    private EventEnvelope envelope(String type, String meetingId, Object data) {
        return EventEnvelope.of(type, "agenda-service", meetingId, Instant.now(), mapper.valueToTree(data));
    }

    private EventEnvelope envelope(String type, String meetingId, Object data, long version) {
        return EventEnvelope.of(type, "agenda-service", meetingId, Instant.now(), mapper.valueToTree(data), version);
    }

    private void publish(EventEnvelope event) throws Exception {
        TopicProbe.send(kafka, Topics.AGENDA, event.subject(), mapper.writeValueAsString(event), Map.of());
    }

    private MeetingScheduled meeting(String id) {
        return new MeetingScheduled(id, Map.of("en", "Test meeting"), "Europe/Zurich", LocalDate.of(2020, 6, 9),
                Instant.parse("2020-06-02T22:00:00Z"), null, null);
    }

    private AgendaItemAdded item(String meetingId, UUID itemId, int number, String title) {
        return new AgendaItemAdded(meetingId, itemId, number, Map.of("en", title, "zh", "议项"), "C20/55",
                "RESOLUTION", "VIRTUAL_CONSULTATION", Map.of("MOVE_TO_PHYSICAL_MEETING", 2));
    }

    @Test
    void publishedMeetingsAndItemsBecomeTheReplicaContributionsReferTo() throws Exception {
        String id = meetingId();
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 5, "World Radiocommunication Conference 2023")));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 6, "Cost recovery for satellite network filings")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200)
                        .body("", hasSize(2))
                        .body("[0].number", equalTo(5))
                        .body("[0].documentReference", equalTo("C20/55"))
                        .body("[0].title", equalTo("World Radiocommunication Conference 2023")));
    }

    @Test
    void aRemovedItemLeavesTheReplica() throws Exception {
        String id = meetingId();
        UUID itemId = UUID.randomUUID();
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, itemId, 1, "Short-lived")));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 2, "Stays")));
        publish(envelope(AgendaItemRemoved.TYPE, id, new AgendaItemRemoved(id, itemId, 1, "Moved to the physical meeting")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("", hasSize(1)).body("[0].title", equalTo("Stays")));
    }

    @Test
    void olderEventsReplayedUnderNewIdsNeitherBringARemovedItemBackNorMoveTheDeadlineBack() throws Exception {
        String id = meetingId();
        UUID removed = UUID.randomUUID();
        Instant extended = Instant.parse("2020-06-05T22:00:00Z");
        ContributionDeadlineChanged extension = new ContributionDeadlineChanged(id, extended, "Europe/Zurich",
                Instant.parse("2020-06-02T22:00:00Z"), "Extended", "secretariat@itu.example.org", Instant.now());
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id), 1));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, removed, 1, "Short-lived"), 2));
        publish(envelope(ContributionDeadlineChanged.TYPE, id, extension, 3));
        publish(envelope(AgendaItemRemoved.TYPE, id, new AgendaItemRemoved(id, removed, 1, "Moved"), 4));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 2, "Stays"), 5));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("", hasSize(1)));

        // The topic replayed from its start under new ids (as a re-injected dead letter would come), then a marker.
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id), 1));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, removed, 1, "Short-lived"), 2));
        publish(envelope(ContributionDeadlineChanged.TYPE, id, extension, 3));
        publish(envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 3, "Marker"), 6));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("title", hasItem("Marker")));

        given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items").then()
                .body("title", equalTo(List.of("Stays", "Marker")));
        given().auth().oauth2(token).when().get("/meetings/" + id + "/contribution-deadline").then()
                .body("deadline", equalTo("2020-06-05T22:00:00Z"));
    }

    @Test
    void aMovedDeadlineIsTheOneThisServiceApplies() throws Exception {
        String id = meetingId();
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));
        publish(envelope(ContributionDeadlineChanged.TYPE, id, new ContributionDeadlineChanged(id,
                Instant.parse("2020-06-05T10:00:00Z"), "Europe/Zurich", Instant.parse("2020-06-02T22:00:00Z"),
                "Extended", "secretariat@itu.example.org", Instant.now())));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/contribution-deadline")
                        .then().statusCode(200)
                        .body("deadline", equalTo("2020-06-05T10:00:00Z"))
                        .body("deadlineLocal", equalTo("2020-06-05T12:00+02:00[Europe/Zurich]")));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() throws Exception {
        String id = meetingId();
        UUID itemId = UUID.randomUUID();
        EventEnvelope added = envelope(AgendaItemAdded.TYPE, id, item(id, itemId, 7, "Original title"));
        AgendaItemAdded changed = item(id, itemId, 7, "Retitled");
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));
        publish(added);
        publish(envelope(AgendaItemChanged.TYPE, id, new AgendaItemChanged(id, itemId, 7, changed.title(),
                changed.documentReference(), changed.outcome(), changed.venue(), changed.proposals())));
        // A relay that crashed before marking sends the first event again: applying it would undo the retitling.
        publish(added);
        EventEnvelope marker = envelope(AgendaItemAdded.TYPE, id, item(id, UUID.randomUUID(), 8, "Marker"));
        publish(marker);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("", hasSize(2)));
        given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                .then().body("[0].title", equalTo("Retitled"));
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsHeadersAndThePartitionMovesOn() throws Exception {
        String id = meetingId();
        TopicProbe.send(kafka, Topics.AGENDA, id, "{this is not an event", Map.of("traceparent", "00-poison-01"));
        EventEnvelope wrongShape = EventEnvelope.of(AgendaItemAdded.TYPE, "agenda-service", id, Instant.now(),
                mapper.readTree("{\"itemId\": \"not-a-uuid\", \"number\": \"five\"}"));
        publish(wrongShape);
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));

        // The same key, so the same partition: the valid event behind the poison ones is still applied.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("", hasSize(0)));

        try (TopicProbe dlq = new TopicProbe(kafka, Topics.AGENDA + Topics.DLQ_SUFFIX)) {
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(records -> records.stream()
                    .filter(r -> id.equals(r.key())).count() >= 2, Duration.ofSeconds(30))
                    .stream().filter(r -> id.equals(r.key())).toList();
            assertThat(dead.get(0).value()).isEqualTo("{this is not an event");
            assertThat(TopicProbe.header(dead.get(0), "traceparent")).isEqualTo("00-poison-01");
            assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("not a CloudEvents JSON envelope");
            assertThat(TopicProbe.header(dead.get(1), "dead-letter-reason")).contains("does not match AgendaItemAdded");
        }
        // Counted for the operator, by consumer and type.
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("plenary_consumers_dead_lettered_total{consumer=\"contribution-service\",type=\""
                        + AgendaItemAdded.TYPE + "\"}"))
                .body(containsString("plenary_consumers_dead_lettered_total{consumer=\"contribution-service\","
                        + "type=\"unknown\"}"));
    }

    @Test
    void eventTypesThisServiceDoesNotNeedAreSkipped() throws Exception {
        String id = meetingId();
        publish(envelope("plenary.agenda.something-new.v7", id, Map.of("whatever", 1)));
        publish(envelope(MeetingScheduled.TYPE, id, meeting(id)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200));
    }
}
