package org.plenary.registration.agenda;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.infra.UniqueIds;
import org.plenary.registration.TestMeetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.registration.TestMeetings.PROBLEM;
import static org.plenary.registration.TestMeetings.as;
import static org.plenary.registration.TestMeetings.person;
import static org.plenary.registration.TestMeetings.registered;
import static org.plenary.registration.TestMeetings.token;

/**
 * The agenda replica applies an event only when it is newer than what it holds: the meeting's events replayed from the
 * start under new ids (as a re-injected dead letter comes) bring back neither a removed item nor a cancelled session.
 */
@QuarkusTest
class ReplayedAgendaEventsTest {

    @Test
    void olderAgendaEventsReplayedUnderNewIdsBringNothingRemovedBack() {
        String meeting = UniqueIds.id("R");
        MeetingScheduled scheduled = TestMeetings.scheduled(meeting, 10, 10, null, null);
        UUID item = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Instant starts = Instant.parse("2020-06-09T10:00:00Z");
        AgendaItemAdded added = new AgendaItemAdded(meeting, item, 7, Map.of("en", "Item 7"), "C20/77", "NONE",
                "VIRTUAL_CONSULTATION", Map.of());
        SessionScheduled sessionScheduled = new SessionScheduled(meeting, session, Map.of("en", "Session"),
                LocalDate.of(2020, 6, 9), LocalTime.of(12, 0), LocalTime.of(14, 0), "Europe/Zurich", starts,
                starts.plus(Duration.ofHours(2)));
        TestMeetings.publish(MeetingScheduled.TYPE, meeting, scheduled, 1L);
        TestMeetings.publish(AgendaItemAdded.TYPE, meeting, added, 2L);
        TestMeetings.publish(SessionScheduled.TYPE, meeting, sessionScheduled, 3L);
        TestMeetings.publish(AgendaItemRemoved.TYPE, meeting, new AgendaItemRemoved(meeting, item, 7, "Moved"), 4L);
        TestMeetings.publish(SessionCancelled.TYPE, meeting, new SessionCancelled(meeting, session), 5L);
        String viewer = registered(meeting, "KEN", person("Kenyan Viewer", "VIEWER"));

        // Replayed under new ids, then a marker item behind them on the same partition.
        TestMeetings.publish(MeetingScheduled.TYPE, meeting, scheduled, 1L);
        TestMeetings.publish(AgendaItemAdded.TYPE, meeting, added, 2L);
        TestMeetings.publish(SessionScheduled.TYPE, meeting, sessionScheduled, 3L);
        TestMeetings.publish(AgendaItemAdded.TYPE, meeting, new AgendaItemAdded(meeting, UUID.randomUUID(), 8,
                Map.of("en", "Item 8"), "C20/88", "NONE", "VIRTUAL_CONSULTATION", Map.of()), 6L);
        await().atMost(Duration.ofSeconds(30)).until(() -> ask(meeting, viewer, Map.of("itemNumber", 8))
                .statusCode() == 201);

        ask(meeting, viewer, Map.of("itemNumber", 7)).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("itemNumber")).body("errors[0].rule", equalTo("on-agenda"));
        ask(meeting, viewer, Map.of("sessionId", session.toString())).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("sessionId")).body("errors[0].rule", equalTo("in-time-plan"));
    }

    private static io.restassured.response.Response ask(String meeting, String participant,
                                                        Map<String, Object> scope) {
        Map<String, Object> body = new java.util.HashMap<>(scope);
        body.put("participantId", participant);
        return as(token("KEN")).body(body).when().post("/meetings/" + meeting + "/delegations/KEN/additional-speakers");
    }
}
