package org.plenary.notification.messaging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.Topics;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.secretariat;

/**
 * An older event that arrives again under a new id (a dead letter re-injected after newer events, a producer's
 * replay) is acknowledged and ignored: the replicas keep the newer state, and nobody is told the old news.
 */
@QuarkusTest
class ReplayedEventsTest {

    private static final Instant JUNE_2 = Instant.parse("2030-06-02T22:00:00Z");
    private static final Instant JUNE_5 = Instant.parse("2030-06-05T22:00:00Z");
    private static final Instant JUNE_9 = Instant.parse("2030-06-09T22:00:00Z");

    @Test
    void anOlderDeadlineChangeReplayedAfterANewerOneChangesNothingAndAnnouncesNothing() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String focal = TestEvents.focalPoint(state, "en");
        TestEvents.publish(Topics.AGENDA, meeting, deadline(meeting, JUNE_2, JUNE_5, 2));
        TestEvents.publish(Topics.AGENDA, meeting, deadline(meeting, JUNE_5, JUNE_9, 3));
        TestEvents.awaitMail(focal, "9 June 2030", 1);

        // The first change again, under a new id, then a marker behind it on the same partition.
        TestEvents.publish(Topics.AGENDA, meeting, deadline(meeting, JUNE_2, JUNE_5, 2));
        TestEvents.publish(Topics.AGENDA, meeting, deadline(meeting, JUNE_9, JUNE_9.plus(Duration.ofDays(1)), 4));
        TestEvents.awaitMail(focal, "10 June 2030", 1);

        assertThat(inbox(focal)).extracting(TestEvents.Received::subject).containsExactly(
                "[" + meeting + "] The deadline for contributions is now 5 June 2030, 24:00",
                "[" + meeting + "] The deadline for contributions is now 9 June 2030, 24:00",
                "[" + meeting + "] The deadline for contributions is now 10 June 2030, 24:00");
        given().auth().oauth2(secretariat()).when().get("/meetings/" + meeting + "/reminders").then()
                .statusCode(200).body("find { it.kind == 'CONTRIBUTION_DEADLINE' && it.offset == 'P2D' }.dueAt",
                        equalTo("2030-06-08T22:00:00Z"));
    }

    @Test
    void anOlderContactListReplayedAfterANewerOneLeavesTheNewerInPlace() {
        String state = TestEvents.state();
        String old = "old." + state.toLowerCase() + "@example.org";
        String current = "current." + state.toLowerCase() + "@example.org";
        TestEvents.publish(Topics.REGISTRATION, state, contacts(state, current, 7));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/contact-persons/" + state).statusCode() == 200);

        TestEvents.publish(Topics.REGISTRATION, state, contacts(state, old, 6));
        String marker = TestEvents.state();
        TestEvents.publish(Topics.REGISTRATION, state, contacts(marker, "focal." + marker.toLowerCase()
                + "@example.org", 1));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/contact-persons/" + marker).statusCode() == 200);

        given().auth().oauth2(secretariat()).when().get("/contact-persons/" + state).then().statusCode(200)
                .body("email", equalTo(List.of(current)));
    }

    private static org.plenary.events.EventEnvelope deadline(String meeting, Instant previous, Instant deadline,
                                                             long version) {
        return TestEvents.envelope(ContributionDeadlineChanged.TYPE, "agenda-service", meeting,
                new ContributionDeadlineChanged(meeting, deadline, "Europe/Zurich", previous, "Requested",
                        "secretariat@itu.example.org", Instant.now()), version);
    }

    private static org.plenary.events.EventEnvelope contacts(String state, String address, long version) {
        return TestEvents.envelope(ContactPersonsChanged.TYPE, "registration-service", state,
                new ContactPersonsChanged(state, "State " + state, List.of(new ContactPersonsChanged.ContactPerson(
                        "Focal point", address, "en")), "test", Instant.now()), version);
    }
}
