package org.plenary.contribution.contribution;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.contribution.TestDirectory;
import org.plenary.events.Topics;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.plenary.contribution.TestContributions.PROBLEM;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.secretariat;
import static org.plenary.contribution.TestContributions.submit;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;
import static org.plenary.contribution.TestContributions.total;
import static org.plenary.contribution.TestContributions.with;

/**
 * A meeting addressed to the ITU Council's Member States: KEN and BRA are announced as such, MLT as a Member State not
 * of the Council, NRU never (its category unknown here, so not of the Council either).
 */
@QuarkusTest
class AddresseesTest {

    @Inject
    MovableClock clock;

    private Instant deadline() {
        return clock.instant().plus(Duration.ofDays(7));
    }

    private static void announceCategories() {
        TestDirectory.category("KEN", ContactPersonsChanged.COUNCIL_MEMBER_STATE);
        TestDirectory.category("BRA", ContactPersonsChanged.COUNCIL_MEMBER_STATE);
        TestDirectory.category("MLT", ContactPersonsChanged.MEMBER_STATE);
    }

    @Test
    void aCouncilMeetingWithoutObserversTakesContributionsFromTheCouncilsMemberStatesOnly() {
        announceCategories();
        String meeting = TestAgenda.meeting(deadline(), MeetingScheduled.COUNCIL_MEMBER_STATES, false);
        String contributions = "/meetings/" + meeting + "/contributions";

        // The categories arrive on registration.events, the meeting on agenda.events: wait for both.
        String joint = await().atMost(Duration.ofSeconds(30)).until(() -> {
            var answer = submit(meeting, token("KEN"), template("C20/55", "KEN", "BRA"));
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, id -> id != null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                submit(meeting, token("MLT"), template("C20/55", "MLT"))
                        .then().statusCode(403).contentType(PROBLEM)
                        .body("type", equalTo("urn:plenary:problem:not-addressed"))
                        .body("memberState", equalTo("MLT"))
                        .body("audience", equalTo("COUNCIL_MEMBER_STATES"))
                        .body("category", equalTo("MEMBER_STATE"))
                        .body("observersAllowed", equalTo(false)));

        // A co-submitter whose category is not known here is not of the Council; the detail names every such state.
        submit(meeting, token("KEN"), template("C20/55", "KEN", "NRU", "MLT"))
                .then().statusCode(403).body("type", equalTo("urn:plenary:problem:not-addressed"))
                .body("memberState", equalTo("NRU")).body("category", nullValue())
                .body("detail", equalTo(meeting + " is addressed to the Member States of the ITU Council and admits "
                        + "no observers; NRU, MLT are not among them (as far as this service knows), so they cannot "
                        + "submit or co-submit a contribution"));
        // The meeting's audience is the rule, whoever submits.
        submit(meeting, secretariat(), template("C20/55", "MLT"))
                .then().statusCode(403).body("memberState", equalTo("MLT"));
        // Nor may a revision add such a state; the states already submitting keep their place.
        as(token("KEN")).body(template("C20/55", "KEN", "BRA", "MLT")).when().put(contributions + "/" + joint)
                .then().statusCode(403).body("memberState", equalTo("MLT"));
        as(token("KEN")).body(with(template("C20/55", "KEN", "BRA"), "title", "Revised by the lead"))
                .when().put(contributions + "/" + joint)
                .then().statusCode(200).body("revision", equalTo(2))
                .body("submittingMemberStates", equalTo(List.of("KEN", "BRA")));

        assertThat(total(meeting, secretariat(), "")).isEqualTo(1);
    }

    @Test
    void aCouncilMeetingThatAdmitsObserversTakesEveryStatesContribution() {
        announceCategories();
        String meeting = TestAgenda.meeting(deadline(), MeetingScheduled.COUNCIL_MEMBER_STATES, true);
        submit(meeting, token("MLT"), template("C20/55", "MLT", "NRU")).then().statusCode(201);
        submit(meeting, token("KEN"), template("C20/55", "KEN", "MLT")).then().statusCode(201);
        assertThat(total(meeting, secretariat(), "")).isEqualTo(2);
    }

    @Test
    void aCategoryTheContractDoesNotKnowIsSetAsideAndTheStatesNextAnnouncementApplies() {
        TestDirectory.category("LUX", "OBSERVER");
        TestDirectory.category("LUX", ContactPersonsChanged.MEMBER_STATE);
        String meeting = TestAgenda.meeting(deadline(), MeetingScheduled.COUNCIL_MEMBER_STATES, false);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                submit(meeting, token("LUX"), template("C20/55", "LUX"))
                        .then().statusCode(403).body("category", equalTo("MEMBER_STATE")));

        assertThat(deadLetterReason(Topics.REGISTRATION, "LUX")).contains("category 'OBSERVER'");
    }

    @Test
    void anAudienceTheContractDoesNotKnowIsSetAside() {
        String meeting = TestAgenda.meeting(deadline());
        TestAgenda.announce(TestAgenda.scheduled(meeting, deadline(), "OBSERVERS_ONLY", false));
        TestAgenda.announce(TestAgenda.scheduled(meeting, deadline(), MeetingScheduled.COUNCIL_MEMBER_STATES, false));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                submit(meeting, token("NRU"), template("C20/55", "NRU"))
                        .then().statusCode(403).body("audience", equalTo("COUNCIL_MEMBER_STATES")));

        assertThat(deadLetterReason(Topics.AGENDA, meeting)).contains("addressedTo 'OBSERVERS_ONLY'");
    }

    /** Why the first message with this key went to the topic's dead-letter topic. */
    private static String deadLetterReason(String topic, String key) {
        try (TopicProbe dlq = new TopicProbe(Engines.shared().kafka().bootstrapServers(), topic + Topics.DLQ_SUFFIX)) {
            ConsumerRecord<String, String> dead = dlq.readUntil(records -> records.stream()
                    .anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30))
                    .stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            return TopicProbe.header(dead, "dead-letter-reason");
        }
    }
}
