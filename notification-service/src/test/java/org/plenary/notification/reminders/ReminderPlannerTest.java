package org.plenary.notification.reminders;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.notification.TestEvents;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.secretariat;

/** Reminders from the deadlines the service holds and the injected clock: each (reminder, state) once. */
@QuarkusTest
class ReminderPlannerTest {

    /**
     * The end of 2 June 2041 in Geneva. 2041, where no other test schedules a meeting: planning plans every meeting
     * the service knows, and at the other tests' dates (2030) their meetings would each remind every state they know.
     */
    private static final Instant DEADLINE = Instant.parse("2041-06-02T22:00:00Z");

    @Inject
    MovableClock clock;

    @Inject
    ReminderPlanner planner;

    private Instant before;

    @BeforeEach
    void rememberTheClock() {
        before = clock.instant();
    }

    @AfterEach
    void restoreTheClock() {
        clock.setNow(before);
    }

    /** A meeting whose contributions are due by {@link #DEADLINE}, and the focal point of a state it reminds. */
    private record Reminded(String meeting, String focal) {
    }

    /** On 1 May 2041: a new meeting due by {@link #DEADLINE}, and a new state with one focal point, in English. */
    private Reminded aMeetingAndAFocalPoint() {
        clock.setNow(Instant.parse("2041-05-01T08:00:00Z"));
        String meeting = TestEvents.meeting(DEADLINE, LocalDate.of(2041, 6, 9));
        String state = TestEvents.state();
        String focal = "focal." + state.toLowerCase() + "." + meeting.toLowerCase() + "@example.org";
        TestEvents.contacts(state, focal, "en");
        return new Reminded(meeting, focal);
    }

    private static long reminders(String address, String subjectPart) {
        return inbox(address).stream().filter(e -> e.subject().contains(subjectPart)).count();
    }

    @Test
    void contributionRemindersGoOnceAtEachOffsetAndFollowAnExtension() {
        Reminded reminded = aMeetingAndAFocalPoint();
        String meeting = reminded.meeting();
        String focal = reminded.focal();
        String subject = "[" + meeting + "] Contributions are due by 2 June 2041, 24:00";

        planner.plan();
        assertThat(reminders(focal, subject)).isZero();
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/reminders")
                .then().statusCode(200)
                .body("[0].offset", equalTo("P7D")).body("[0].state", equalTo("PLANNED"))
                .body("[0].dueAt", equalTo("2041-05-26T22:00:00Z"));

        // Seven days before: one reminder; planning again (a restart, another replica) sends nothing more.
        clock.setNow(Instant.parse("2041-05-26T22:00:30Z"));
        planner.plan();
        planner.plan();
        TestEvents.awaitMail(focal, subject, 1);

        // The deadline moves to 5 June: the 2-day reminder follows it (not due on 31 May any more).
        Instant extended = Instant.parse("2041-06-05T22:00:00Z");
        TestEvents.publish(Topics.AGENDA, meeting, TestEvents.envelope(ContributionDeadlineChanged.TYPE,
                "agenda-service", meeting, new ContributionDeadlineChanged(meeting, extended, "Europe/Zurich",
                        DEADLINE, "Extended", "secretariat@itu.example.org", Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + meeting + "/reminders").then().body("[1].dueAt", equalTo("2041-06-03T22:00:00Z")));
        String extendedSubject = "[" + meeting + "] Contributions are due by 5 June 2041, 24:00";
        clock.setNow(Instant.parse("2041-05-29T22:01:00Z"));
        planner.plan();
        TestEvents.awaitMail(focal, extendedSubject, 1);
        clock.setNow(Instant.parse("2041-06-01T08:00:00Z"));
        planner.plan();
        assertThat(reminders(focal, extendedSubject)).isEqualTo(1);

        clock.setNow(Instant.parse("2041-06-03T22:01:00Z"));
        planner.plan();
        TestEvents.awaitMail(focal, extendedSubject, 2);

        // Past the deadline nothing more goes, even what was never sent (the 24-hour reminder, had we slept through it).
        clock.setNow(Instant.parse("2041-06-06T08:00:00Z"));
        planner.plan();
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/reminders")
                .then().body("[2].state", equalTo("EXPIRED"));
        // Contribution reminders only: the meeting's speaker reminder (3 days before it starts, to a state without
        // speakers) is due now too, and may or may not have reached the mailbox yet.
        assertThat(reminders(focal, "[" + meeting + "] Contributions are due")).isEqualTo(3);
    }

    @Test
    void aRehearsalThatMovesTheClockPastAReminderGetsItWithoutWaitingForThePlannersNextRun() {
        // In tests the planner never runs on its own (plenary.reminders.every=off): only the move itself can send it.
        Reminded reminded = aMeetingAndAFocalPoint();
        String meeting = reminded.meeting();
        String focal = reminded.focal();

        // Seven days before the deadline, by the secretariat's rehearsal switch.
        given().auth().oauth2(secretariat()).contentType("application/json")
                .body("{\"now\": \"2041-05-26T22:00:30Z\"}").when().put("/clock").then().statusCode(200);

        TestEvents.awaitMail(focal, "[" + meeting + "] Contributions are due by 2 June 2041, 24:00", 1);
    }

    @Test
    void aReminderMissedWhileTheServiceWasDownGoesLateOnceAndSaysSo() {
        Reminded reminded = aMeetingAndAFocalPoint();
        String meeting = reminded.meeting();
        String focal = reminded.focal();

        // Due on 31 May 22:00, the service "wakes" on 1 June at 08:00.
        clock.setNow(Instant.parse("2041-06-01T08:00:00Z"));
        planner.plan();
        planner.plan();
        TestEvents.awaitMail(focal, meeting, 1);
        assertThat(inbox(focal).stream().filter(e -> e.subject().contains(meeting)).findFirst().orElseThrow().text())
                .contains("This reminder is sent late: it was due at 31 May 2041, 24:00");
        // The 7-day reminder, missed too, is superseded by the 2-day one rather than sent alongside it.
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/reminders")
                .then().body("[0].state", equalTo("SUPERSEDED")).body("[1].state", equalTo("RECORDED"));
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting + "&recipient=" + focal)
                .then().body("total", equalTo(1)).body("deliveries[0].late", equalTo(true))
                .body("deliveries[0].kind", equalTo("CONTRIBUTION_DEADLINE_REMINDER"));
    }

    @Test
    void aMeetingForTheCouncilRemindsTheCouncilsMemberStatesOnly() {
        String meeting = TestEvents.councilMeeting();
        String councillor = TestEvents.state();
        String member = TestEvents.state();
        TestEvents.contactsInCategory(councillor, ContactPersonsChanged.COUNCIL_MEMBER_STATE,
                "focal." + councillor.toLowerCase() + "@example.org", "en");
        TestEvents.contactsInCategory(member, ContactPersonsChanged.MEMBER_STATE,
                "focal." + member.toLowerCase() + "@example.org", "en");
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/reminders").then().statusCode(200)
                .body("find { it.kind == 'CONTRIBUTION_DEADLINE' }.states", org.hamcrest.Matchers.hasItem(councillor))
                .body("find { it.kind == 'CONTRIBUTION_DEADLINE' }.states",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(member)))
                .body("find { it.kind == 'SPEAKER_DESIGNATION' }.states",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(member)));
        // The same state, a Council Member State from now on, is reminded too.
        TestEvents.contactsInCategory(member, ContactPersonsChanged.COUNCIL_MEMBER_STATE,
                "focal." + member.toLowerCase() + "@example.org", "en");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + meeting + "/reminders").then()
                .body("find { it.kind == 'CONTRIBUTION_DEADLINE' }.states", org.hamcrest.Matchers.hasItem(member)));
    }

    @Test
    void speakerRemindersGoOnlyToDelegationsWithoutASpeaker() {
        clock.setNow(Instant.parse("2041-05-01T08:00:00Z"));
        String meeting = TestEvents.meeting(Instant.parse("2041-05-02T22:00:00Z"), LocalDate.of(2041, 6, 9));
        String ready = TestEvents.state();
        String late = TestEvents.state();
        String readyFocal = "focal." + ready.toLowerCase() + "@example.org";
        String lateFocal = "focal." + late.toLowerCase() + "@example.org";
        TestEvents.contacts(ready, readyFocal, "en");
        TestEvents.contacts(late, lateFocal, "fr");
        String key = meeting + "/" + ready;
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(SpeakersChanged.TYPE, "registration-service",
                key, new SpeakersChanged(meeting, ready, List.of(new SpeakersChanged.Speaker(UUID.randomUUID(),
                        "Amina Odhiambo", "amina@example.org", null)), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + meeting + "/reminders").then()
                .body("find { it.kind == 'SPEAKER_DESIGNATION' }.states", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem(ready))));
        // A member state sees itself among the states a reminder goes to, never the others, nor delivery counts.
        TestEvents.contacts("MNE", "focal.mne@example.org", "en");
        given().auth().oauth2(org.plenary.infra.Engines.shared().tokens().memberState("MNE"))
                .when().get("/meetings/" + meeting + "/reminders").then().statusCode(200)
                .body("find { it.kind == 'SPEAKER_DESIGNATION' }.states", equalTo(List.of("MNE")))
                .body("deliveries.findAll { it.size() > 0 }", equalTo(List.of()));
        given().auth().oauth2(org.plenary.infra.Engines.shared().tokens().memberState("ISL"))
                .when().get("/meetings/" + meeting + "/reminders").then().statusCode(200)
                .body("find { it.kind == 'SPEAKER_DESIGNATION' }.states", equalTo(List.of()));

        // Three days before 9 June (00:00 in Geneva).
        clock.setNow(Instant.parse("2041-06-05T22:00:10Z"));
        planner.plan();
        String subject = "[" + meeting + "] Veuillez désigner les orateurs de votre délégation";
        TestEvents.awaitMail(lateFocal, subject, 1);
        assertThat(reminders(readyFocal, "[" + meeting + "] Please name")).isZero();
    }

    @Test
    void theSecretariatSetsTheOffsetsOfAMeeting() {
        String meeting = TestEvents.meeting(DEADLINE, LocalDate.of(2041, 6, 9));
        TestEvents.asSecretariat().body(java.util.Map.of("offsets", List.of("P10D", "PT12H")))
                .when().put("/meetings/" + meeting + "/reminders/offsets")
                .then().statusCode(200).body("[0].offset", equalTo("P10D")).body("[1].offset", equalTo("PT12H"))
                .body("[1].dueAt", equalTo("2041-06-02T10:00:00Z"));
        TestEvents.asSecretariat().body(java.util.Map.of("offsets", List.of("P10D", "soon")))
                .when().put("/meetings/" + meeting + "/reminders/offsets")
                .then().statusCode(400).body("errors[0].field", equalTo("offsets[1]"));
        given().auth().oauth2(org.plenary.infra.Engines.shared().tokens().memberState("KEN"))
                .contentType("application/json").body(java.util.Map.of("offsets", List.of("P1D")))
                .when().put("/meetings/" + meeting + "/reminders/offsets").then().statusCode(403);
    }
}
