package org.plenary.agenda.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.agenda.AgendaItemRepository;
import org.plenary.agenda.agenda.AgendaProposal;
import org.plenary.agenda.agenda.AgendaProposalRepository;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    AgendaItemRepository items;
    @Inject
    AgendaProposalRepository proposals;
    @Inject
    ObjectMapper mapper;

    private final String token = Engines.shared().tokens().memberState("KEN");

    @Test
    void theSeededMeetingHasTheLettersDeadlineAtTheEndOfTwoJuneInGeneva() {
        given().auth().oauth2(token)
                .when().get("/meetings/C20-VC")
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/Zurich"))
                .body("startsOn", equalTo("2020-06-09"))
                // 3 June 00:00 in Geneva (CEST, UTC+2) is 2 June 22:00 UTC
                .body("contributionDeadline", equalTo("2020-06-02T22:00:00Z"))
                .body("mailboxes.contributions", equalTo("contributions@itu.int"))
                .body("mailboxes.speakerRegistrationCc", equalTo("remote.participation@itu.int"))
                .body("capacity.speakers", equalTo(300))
                .body("capacity.viewers", equalTo(2000))
                // The letter's header: its contact person, and its addressees, the ITU Council's Member States.
                .body("contact.name", equalTo("Ms Béatrice Pluchon"))
                .body("contact.phone", equalTo("+41 22 730 6266"))
                .body("contact.email", equalTo("gbs@itu.int"))
                .body("addressedTo", equalTo("COUNCIL_MEMBER_STATES"))
                .body("observersAllowed", equalTo(true));
    }

    @Test
    void theDeadlineHistoryStartsWithTheLettersExtension() {
        given().auth().oauth2(token)
                .when().get("/meetings/C20-VC/contribution-deadline/history")
                .then().statusCode(200)
                .body("[0].deadline", equalTo("2020-06-02T22:00:00Z"))
                .body("[0].deadlineLocal", equalTo("2020-06-03T00:00+02:00[Europe/Zurich]"))
                .body("[0].previousDeadline", nullValue())
                .body("[0].reason", org.hamcrest.Matchers.startsWith("extended to 2 June 2020"))
                .body("[0].changedBy", org.hamcrest.Matchers.containsString("DM-20/1008"));
    }

    @Test
    void annexOnesNoteIsTwoAnonymousRequestsToDiscussEveryItemVirtually() {
        // Counted in the database: member states' own proposals in other tests add to the agenda's total.
        assertThat(proposals.count("meetingId = ?1 and itemId is null and memberState is null and kind = ?2",
                "C20-VC", AgendaProposal.Kind.DISCUSS_ALL_ITEMS_VIRTUALLY)).isEqualTo(2);
    }

    @Test
    void theDraftAgendaReadsAsAnnexOneInEnglishAndChinese() {
        given().auth().oauth2(token).header("Accept-Language", "en")
                .when().get("/meetings/C20-VC/agenda")
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("items", hasSize(52))
                .body("items[4].number", equalTo(5))
                .body("items[4].title", equalTo("World Radiocommunication Conference 2023"))
                .body("items[4].documentReference", equalTo("C20/55"))
                .body("items[4].outcome", equalTo("RESOLUTION"))
                .body("items[4].proposals.MOVE_TO_PHYSICAL_MEETING", equalTo(2))
                .body("items[14].documentReference", nullValue())
                .body("items[14].outcome", equalTo("UNSPECIFIED"))
                .body("items[14].proposals.NEW_ITEM", equalTo(5))
                .body("meetingProposals.DISCUSS_ALL_ITEMS_VIRTUALLY", greaterThanOrEqualTo(2))
                .body("items[48].outcome", equalTo("RESOLUTION_AND_DECISION"));

        given().auth().oauth2(token).header("Accept-Language", "zh-CN, en;q=0.5")
                .when().get("/meetings/C20-VC/agenda")
                .then().statusCode(200)
                .body("language", equalTo("zh"))
                .body("items[4].title", equalTo("2023年世界无线电通信大会"));

        given().auth().oauth2(token).header("Accept-Language", "fr")
                .when().get("/meetings/C20-VC/agenda")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("items[0].title", equalTo("List of candidates for chairs and vice-chairs of Council Working "
                        + "Groups (CWGs), Expert Groups (EGs) and Informal Expert Groups (IEGs)"));
    }

    @Test
    void theSeedIsInTheDatabaseWithItsProposalCountsAsRows() {
        assertThat(items.count("meetingId", "C20-VC")).isEqualTo(52);
        // Annex 1's counts add up to 104 proposals (items 1-52), plus none for the two states asking for all items.
        assertThat(proposals.count()).isGreaterThanOrEqualTo(104);
    }

    @Test
    void everySeededFactIsPublishedOnAgendaEventsInOrder() throws Exception {
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            List<ConsumerRecord<String, String>> seed = probe.readUntil(
                    records -> records.stream().filter(r -> "C20-VC".equals(r.key())).count() >= 54,
                    Duration.ofSeconds(30)).stream().filter(r -> "C20-VC".equals(r.key())).toList();

            JsonNode first = mapper.readTree(seed.get(0).value());
            assertThat(first.get("type").asText()).isEqualTo(MeetingScheduled.TYPE);
            assertThat(first.get("specversion").asText()).isEqualTo("1.0");
            assertThat(first.get("source").asText()).isEqualTo("agenda-service");
            assertThat(first.get("subject").asText()).isEqualTo("C20-VC");
            assertThat(first.at("/data/timeZone").asText()).isEqualTo("Europe/Zurich");
            assertThat(TopicProbe.header(seed.get(0), "content-type")).startsWith("application/cloudevents+json");

            JsonNode deadline = mapper.readTree(seed.get(1).value());
            assertThat(deadline.get("type").asText()).isEqualTo(ContributionDeadlineChanged.TYPE);
            assertThat(deadline.at("/data/deadline").asText()).isEqualTo("2020-06-02T22:00:00Z");
            assertThat(deadline.at("/data/previousDeadline").isNull()).isTrue();

            List<Integer> numbers = seed.subList(2, 54).stream().map(r -> readTree(r.value()))
                    .peek(event -> assertThat(event.get("type").asText()).isEqualTo(AgendaItemAdded.TYPE))
                    .map(event -> event.at("/data/number").asInt()).toList();
            assertThat(numbers).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 52).boxed().toList());
            // Each event brings the meeting to its next version, in the order they are published.
            assertThat(seed.subList(0, 54).stream().map(r -> readTree(r.value()).get("aggregateversion").asLong()))
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 54).boxed().toList());
        }
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
