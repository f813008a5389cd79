package org.plenary.agenda.timeplan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.agenda.TestMeetings;
import org.plenary.events.Topics;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TimePlanResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String LONG_CHINESE_TITLE = "第一次会议：国际电联理事会2021年、2022年、2023年会议的拟议日期和会期";

    private final String secretariat = Engines.shared().tokens().secretariat();
    private final String kenya = Engines.shared().tokens().memberState("KEN");

    private String meetingWithItems() {
        String id = TestMeetings.create("T");
        for (int n = 1; n <= 3; n++) {
            given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                    .body("{\"number\": %d, \"title\": {\"en\": \"Item %d\"}, \"documentReference\": \"C20/%d\", \"outcome\": \"NONE\"}"
                            .formatted(n, n, 40 + n))
                    .when().post("/meetings/" + id + "/agenda/items").then().statusCode(201);
        }
        return id;
    }

    private Response schedule(String meetingId, String date, String start, String end, String title) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON)
                .body("{\"title\": {\"en\": \"%s\", \"zh\": \"%s\"}, \"date\": \"%s\", \"start\": \"%s\", \"end\": \"%s\"}"
                        .formatted(title, LONG_CHINESE_TITLE, date, start, end))
                .when().post("/meetings/" + meetingId + "/sessions");
    }

    private Response allocate(String meetingId, String sessionId, String body) {
        return given().auth().oauth2(secretariat).contentType(ContentType.JSON).body(body)
                .when().put("/meetings/" + meetingId + "/sessions/" + sessionId + "/allocations");
    }

    @Test
    void sessionsAreScheduledItemsAllocatedAndThePlanPublished() {
        String id = meetingWithItems();
        String first = schedule(id, "2020-06-09", "12:00", "15:00", "Session 1").then().statusCode(201)
                .body("minutes", equalTo(180))
                .body("startsAt", equalTo("2020-06-09T10:00:00Z")).extract().path("id");
        String second = schedule(id, "2020-06-10", "12:00", "14:00", "Session 2").then().statusCode(201)
                .extract().path("id");

        allocate(id, first, "[{\"itemNumber\": 2, \"minutes\": 90}, {\"itemNumber\": 1, \"minutes\": 60}]")
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("sessions[0].allocatedMinutes", equalTo(150))
                .body("sessions[0].items.number", contains(2, 1));

        String publishedAt = given().auth().oauth2(secretariat).when()
                .post("/meetings/" + id + "/time-plan/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).extract().path("publishedAt");
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/time-plan")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("sessions", hasSize(2));
        // Published again unchanged (a retry, a second click): the same publication, not a second one to every state.
        given().auth().oauth2(secretariat).when().post("/meetings/" + id + "/time-plan/publication")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("publishedAt", equalTo(publishedAt));

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            // Read until a marker written after both publications: by then, any second event would be there too.
            String marker = schedule(id, "2020-06-11", "12:00", "13:00", "Marker").then().statusCode(201).extract()
                    .path("id");
            List<ConsumerRecord<String, String>> events = probe.readUntil(records -> records.stream()
                    .anyMatch(r -> id.equals(r.key()) && r.value().contains(marker)), Duration.ofSeconds(30));
            assertThat(events.stream().filter(r -> id.equals(r.key()) && r.value().contains(SessionScheduled.TYPE)))
                    .hasSize(3);
            assertThat(events.stream().filter(r -> id.equals(r.key()) && r.value().contains(TimePlanPublished.TYPE)))
                    .as("one publication").hasSize(1);
        }

        // A change after publication makes it a draft again until the next publication.
        allocate(id, second, "[{\"itemNumber\": 3, \"minutes\": 120}]").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        // An item taken off the agenda leaves the plan.
        given().auth().oauth2(secretariat).when().delete("/meetings/" + id + "/agenda/items/1").then().statusCode(204);
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/time-plan")
                .then().body("sessions[0].items.number", contains(2)).body("sessions[0].allocatedMinutes", equalTo(90));
    }

    @Test
    void aPlanWithoutASessionIsNotPublishedToTheMemberStates() {
        String id = meetingWithItems();
        given().auth().oauth2(secretariat).when().post("/meetings/" + id + "/time-plan/publication")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:time-plan-empty"))
                .body("detail", containsString("has no session yet"));
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/time-plan")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("sessions", hasSize(0));
    }

    @Test
    void theRulesOfThePlanAreEnforcedAndNothingIsHalfWritten() {
        String id = meetingWithItems();
        String first = schedule(id, "2020-06-09", "12:00", "15:00", "Session 1").then().statusCode(201)
                .extract().path("id");
        String second = schedule(id, "2020-06-10", "12:00", "14:00", "Session 2").then().statusCode(201)
                .extract().path("id");

        schedule(id, "2020-06-09", "14:30", "16:00", "Overlapping").then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:sessions-overlap"))
                .body("overlappingSession", equalTo(first))
                .body("extensions", nullValue());
        schedule(id, "2020-06-11", "15:00", "12:00", "Backwards").then().statusCode(400)
                .body("errors[0].field", equalTo("end")).body("errors[0].rule", equalTo("after-start"));

        allocate(id, first, "[{\"itemNumber\": 1, \"minutes\": 60}]").then().statusCode(200);
        allocate(id, second, "[{\"itemNumber\": 2, \"minutes\": 30}, {\"itemNumber\": 1, \"minutes\": 30}]")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("urn:plenary:problem:item-already-allocated"))
                .body("errors[0].field", equalTo("[1].itemNumber"));
        allocate(id, second, "[{\"itemNumber\": 99, \"minutes\": 30}]").then().statusCode(422)
                .body("type", equalTo("urn:plenary:problem:item-not-on-agenda"))
                .body("errors[0].field", equalTo("[0].itemNumber"));
        allocate(id, second, "[{\"itemNumber\": 2, \"minutes\": 30}, {\"itemNumber\": 2, \"minutes\": 30}]")
                .then().statusCode(400).body("errors[0].rule", equalTo("unique"));
        allocate(id, second, "[{\"itemNumber\": 2, \"minutes\": 100}, {\"itemNumber\": 3, \"minutes\": 30}]")
                .then().statusCode(422).body("type", equalTo("urn:plenary:problem:session-overbooked"))
                .body("sessionMinutes", equalTo(120)).body("allocatedMinutes", equalTo(130));
        allocate(id, second, "[{\"itemNumber\": 2, \"minutes\": 0}]").then().statusCode(400)
                .body("errors[0].field", equalTo("[0].minutes"));
        given().auth().oauth2(kenya).contentType(ContentType.JSON).body("[]")
                .when().put("/meetings/" + id + "/sessions/" + second + "/allocations").then().statusCode(403);

        // Every refusal left the plan as it was.
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/time-plan")
                .then().body("sessions", hasSize(2))
                .body("sessions[0].items.number", contains(1))
                .body("sessions[1].items", hasSize(0));
    }

    @Test
    void theCalendarExportImportsIntoARealICalendarParser() throws Exception {
        String id = meetingWithItems();
        String first = schedule(id, "2020-06-09", "12:00", "15:00", "Session 1").then().statusCode(201)
                .extract().path("id");
        schedule(id, "2020-11-10", "09:30", "11:00", "Session in winter time").then().statusCode(201);
        allocate(id, first, "[{\"itemNumber\": 1, \"minutes\": 60}, {\"itemNumber\": 3, \"minutes\": 45}]")
                .then().statusCode(200);

        String ics = given().auth().oauth2(kenya).header("Accept-Language", "zh")
                .when().get("/meetings/" + id + "/time-plan.ics")
                .then().statusCode(200).contentType("text/calendar").extract().asString();
        assertThat(ics.lines()).allSatisfy(line -> assertThat(line.getBytes("UTF-8").length).isLessThanOrEqualTo(75));

        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents(Component.VTIMEZONE)).hasSize(1);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(2);
        VEvent session = events.get(0);
        assertThat(session.getProperty(Property.SUMMARY).orElseThrow().getValue())
                .isEqualTo(id + ": " + LONG_CHINESE_TITLE);
        Property start = session.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getValue()).isEqualTo("20200609T120000");
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        assertThat(session.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .isEqualTo("1. Item 1 (C20/41), 60 min\n3. Item 3 (C20/43), 45 min");
        assertThat(ics).contains("TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "BYMONTH=3", "BYMONTH=10");
    }

    @Test
    void aCancelledSessionLeavesThePlanAndIsAnnounced() {
        String id = meetingWithItems();
        String session = schedule(id, "2020-06-09", "12:00", "15:00", "Session 1").then().statusCode(201)
                .extract().path("id");
        allocate(id, session, "[{\"itemNumber\": 1, \"minutes\": 60}]").then().statusCode(200);
        given().auth().oauth2(kenya).when().delete("/meetings/" + id + "/sessions/" + session).then().statusCode(403);
        given().auth().oauth2(secretariat).when().delete("/meetings/" + id + "/sessions/" + session)
                .then().statusCode(204);
        given().auth().oauth2(kenya).when().get("/meetings/" + id + "/time-plan").then().body("sessions", hasSize(0));
        given().auth().oauth2(secretariat).when().delete("/meetings/" + id + "/sessions/" + session)
                .then().statusCode(404).contentType(PROBLEM);
        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.AGENDA)) {
            probe.readUntil(records -> records.stream().anyMatch(r -> id.equals(r.key())
                    && r.value().contains(SessionCancelled.TYPE)), Duration.ofSeconds(30));
        }
    }
}
