package org.plenary.contribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * A meeting of its own for each test, announced on agenda.events as agenda-service would, and waited for in the
 * replica: item 5 has document C20/55 (as in the seed), item 6 has C20/5, item 15 has no document.
 */
public final class TestAgenda {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final String KAFKA = Engines.shared().kafka().bootstrapServers();

    private TestAgenda() {
    }

    /** A meeting in Europe/Zurich whose contribution deadline is the instant given. */
    public static String meeting(Instant deadline) {
        return meeting(deadline, null, null);
    }

    /**
     * A meeting for {@code addressedTo} ({@link MeetingScheduled#COUNCIL_MEMBER_STATES} or
     * {@link MeetingScheduled#ALL_MEMBER_STATES}; null as events written before it existed), admitting observers or
     * not.
     */
    public static String meeting(Instant deadline, String addressedTo, Boolean observersAllowed) {
        String id = UniqueIds.id("T");
        publish(MeetingScheduled.TYPE, id, scheduled(id, deadline, addressedTo, observersAllowed));
        item(id, 5, "C20/55", "World Radiocommunication Conference 2023 (WRC-23)");
        item(id, 6, "C20/5", "Report on the implementation of the strategic plan");
        item(id, 15, null, "Dates of future sessions of the Council");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Engines.shared().tokens().secretariat())
                        .when().get("/meetings/" + id + "/agenda-items")
                        .then().statusCode(200).body("", hasSize(3)));
        return id;
    }

    public static MeetingScheduled scheduled(String id, Instant deadline, String addressedTo,
                                             Boolean observersAllowed) {
        return new MeetingScheduled(id, Map.of("en", "Test consultation"), "Europe/Zurich", LocalDate.of(2020, 6, 9),
                deadline, new MeetingScheduled.Mailboxes("contributions@itu.example.org",
                "sg-registration@itu.example.org", "remote.participation@itu.example.org", "gbs@itu.example.org"),
                new MeetingScheduled.Capacity(300, 2000, 1, 3), null, addressedTo, observersAllowed);
    }

    /** The meeting announced (again) on agenda.events as agenda-service would, not waited for. */
    public static void announce(MeetingScheduled meeting) {
        publish(MeetingScheduled.TYPE, meeting.meetingId(), meeting);
    }

    /** Moves the meeting's deadline as the secretariat's extension would, and waits until it applies here. */
    public static void moveDeadline(String meetingId, Instant previous, Instant deadline) {
        extendDeadline(meetingId, previous, deadline);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Engines.shared().tokens().secretariat())
                        .when().get("/meetings/" + meetingId + "/contribution-deadline")
                        .then().statusCode(200).body("deadline", equalTo(deadline.toString())));
    }

    /** The secretariat's extension of the deadline, published as agenda-service would, not waited for. */
    public static EventEnvelope extendDeadline(String meetingId, Instant previous, Instant deadline) {
        return publish(ContributionDeadlineChanged.TYPE, meetingId, new ContributionDeadlineChanged(meetingId,
                deadline, "Europe/Zurich", previous, "Extended", "secretariat@itu.example.org", Instant.now()));
    }

    private static void item(String meetingId, int number, String document, String title) {
        publish(AgendaItemAdded.TYPE, meetingId, new AgendaItemAdded(meetingId, UUID.randomUUID(), number,
                Map.of("en", title), document, "NONE", "VIRTUAL_CONSULTATION", Map.of()));
    }

    private static EventEnvelope publish(String type, String meetingId, Object data) {
        EventEnvelope event = EventEnvelope.of(type, "agenda-service", meetingId, Instant.now(),
                MAPPER.valueToTree(data));
        try {
            TopicProbe.send(KAFKA, Topics.AGENDA, meetingId, MAPPER.writeValueAsString(event), Map.of());
            return event;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
