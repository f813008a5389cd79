package org.plenary.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * A meeting of its own per test, announced on agenda.events as agenda-service would (with the pools given), and the
 * calls the registration tests make.
 */
public final class TestMeetings {

    public static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final String KAFKA = Engines.shared().kafka().bootstrapServers();

    private TestMeetings() {
    }

    public static String meeting(int speakers, int viewers) {
        return meeting(speakers, viewers, null, null);
    }

    /**
     * A meeting for {@code addressedTo} ({@link MeetingScheduled#COUNCIL_MEMBER_STATES} or
     * {@link MeetingScheduled#ALL_MEMBER_STATES}; null as events written before it existed), admitting observers or
     * not.
     */
    public static String meeting(int speakers, int viewers, String addressedTo, Boolean observersAllowed) {
        String id = UniqueIds.id("R");
        announce(scheduled(id, speakers, viewers, addressedTo, observersAllowed));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + id + "/capacity").statusCode() == 200);
        return id;
    }

    public static MeetingScheduled scheduled(String id, int speakers, int viewers, String addressedTo,
                                             Boolean observersAllowed) {
        return new MeetingScheduled(id, Map.of("en", "Test consultation"), "Europe/Zurich", LocalDate.of(2020, 6, 9),
                Instant.parse("2020-06-02T22:00:00Z"),
                new MeetingScheduled.Mailboxes("contributions@itu.example.org", "sg-registration@itu.example.org",
                        "remote.participation@itu.example.org", "gbs@itu.example.org"),
                new MeetingScheduled.Capacity(speakers, viewers, 1, 3), null, addressedTo, observersAllowed);
    }

    /** The meeting announced on agenda.events as agenda-service would, not waited for. */
    public static void announce(MeetingScheduled meeting) {
        publish(MeetingScheduled.TYPE, meeting.meetingId(), meeting);
    }

    /** A session of the meeting from {@code startsAt} for two hours; returns its id once this service knows it. */
    public static UUID session(String meetingId, Instant startsAt) {
        UUID id = UUID.randomUUID();
        publish(SessionScheduled.TYPE, meetingId, new SessionScheduled(meetingId, id, Map.of("en", "Session"),
                LocalDate.of(2020, 6, 9), LocalTime.of(12, 0), LocalTime.of(14, 0), "Europe/Zurich", startsAt,
                startsAt.plus(Duration.ofHours(2))));
        return id;
    }

    public static void item(String meetingId, int number, String document) {
        publish(AgendaItemAdded.TYPE, meetingId, new AgendaItemAdded(meetingId, UUID.randomUUID(), number,
                Map.of("en", "Item " + number), document, "NONE", "VIRTUAL_CONSULTATION", Map.of()));
    }

    public static String token(String state) {
        return Engines.shared().tokens().memberState(state);
    }

    public static String secretariat() {
        return Engines.shared().tokens().secretariat();
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static Map<String, Object> person(String name, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@delegation.example.org");
        body.put("function", "Councillor");
        body.put("language", "en");
        body.put("role", role);
        return body;
    }

    public static String participants(String meetingId, String state) {
        return "/meetings/" + meetingId + "/delegations/" + state + "/participants";
    }

    public static Response register(String meetingId, String state, String token, Map<String, Object> body) {
        return as(token).body(body).when().post(participants(meetingId, state));
    }

    public static String registered(String meetingId, String state, Map<String, Object> body) {
        return register(meetingId, state, token(state), body).then().statusCode(201).extract().path("id");
    }

    /** A future's value, for tests that fire requests in parallel. */
    public static <T> T join(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void publish(String type, String meetingId, Object data) {
        publish(type, meetingId, data, null);
    }

    /** An agenda event that brings its meeting to {@code version}, as agenda-service's outbox stamps them. */
    public static void publish(String type, String meetingId, Object data, Long version) {
        EventEnvelope event = EventEnvelope.of(type, "agenda-service", meetingId, Instant.now(),
                MAPPER.valueToTree(data), version);
        try {
            TopicProbe.send(KAFKA, Topics.AGENDA, meetingId, MAPPER.writeValueAsString(event), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
