package org.plenary.notification.emails;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.mailbox;
import static org.plenary.notification.TestEvents.secretariat;

/** The email catalogue (notification-service/README.md, "Emails"), each email read in every recipient's mailbox over IMAP. */
@QuarkusTest
class EmailCatalogueTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aContributionByThreeStatesGoesToTheContributionsMailboxWithEveryStatesContactsInCc() {
        String meeting = TestEvents.meetingAhead();
        String kenya = TestEvents.state();
        String brazil = TestEvents.state();
        String china = TestEvents.state();
        String a1 = "focal." + kenya.toLowerCase() + "@example.org";
        String a2 = "deputy." + kenya.toLowerCase() + "@example.org";
        String b1 = "focal." + brazil.toLowerCase() + "@example.org";
        String c1 = "focal." + china.toLowerCase() + "@example.org";
        TestEvents.contacts(kenya, a1, "en", a2, "fr");
        TestEvents.contacts(brazil, b1, "en");
        TestEvents.contacts(china, c1, "zh");

        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(kenya, brazil, china), "WRC-23 preparations");
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        String contributions = mailbox(meeting, "contributions");
        String subject = "[" + meeting + "] Contribution from " + kenya + ", " + brazil + ", " + china
                + ": WRC-23 preparations (C20/55)";
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(contributions)).hasSize(1));
        TestEvents.Received email = inbox(contributions).get(0);
        assertThat(email.subject()).isEqualTo(subject);
        assertThat(email.to()).containsExactly(contributions);
        assertThat(email.cc()).containsExactlyInAnyOrder(a1, a2, b1, c1);
        // Replies reach the meeting's secretariat, not the sending system.
        assertThat(email.replyTo()).isEqualTo(mailbox(meeting, "gbs"));
        assertThat(email.text()).contains("on agenda item 5 (C20/55)");
        for (String contact : List.of(a1, a2, b1, c1)) {
            await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(contact)).extracting(TestEvents.Received::subject)
                    .containsExactly(subject));
        }
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting)
                .then().statusCode(200).body("total", equalTo(1))
                .body("deliveries[0].status", equalTo("SENT"))
                .body("deliveries[0].messageId", equalTo(email.messageId()))
                .body("deliveries[0].kind", equalTo("CONTRIBUTION"));

        // The same event delivered twice more (a relay that crashed before marking): nothing new is sent.
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);
        EventEnvelope marker = TestEvents.contribution(meeting, List.of(brazil), "Marker");
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), marker);
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(b1)).hasSize(2));
        assertThat(inbox(contributions)).extracting(TestEvents.Received::subject).containsExactly(subject,
                "[" + meeting + "] Contribution from " + brazil + ": Marker (C20/55)");
        assertThat(inbox(a1)).hasSize(1);
    }

    @Test
    void aContributionCarriesTheWholeTemplateVerbatimInItsOwnLanguage() {
        String meeting = TestEvents.meetingAhead();
        String china = TestEvents.state();
        String russia = TestEvents.state();
        TestEvents.contacts(china, "focal." + china.toLowerCase() + "@example.org", "zh");
        TestEvents.contacts(russia, "focal." + russia.toLowerCase() + "@example.org", "ru");
        String comments = "中国和俄罗斯支持该报告，\n并感谢秘书处的工作。";
        String wayForward = "理事会注意到该报告。\n请秘书处于2020年6月组织一次虚拟会议。";

        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(china, russia), "信息通信技术在抗击疫情中的作用",
                "zh", comments, wayForward);
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        String contributions = mailbox(meeting, "contributions");
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(contributions)).hasSize(1));
        String text = inbox(contributions).get(0).text().replace("\r\n", "\n");
        assertThat(text).contains("Submitting member states: " + china + ", " + russia)
                .contains("Title: 信息通信技术在抗击疫情中的作用")
                .contains("Document concerned: C20/55")
                .contains("Comments on the document:\n" + comments + "\n")
                .contains("Proposed way forward:\n" + wayForward + "\n");
        String delivery = given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting)
                .then().statusCode(200).extract().path("deliveries[0].id");
        String html = given().auth().oauth2(secretariat()).when().get("/deliveries/" + delivery)
                .then().statusCode(200).extract().path("html");
        assertThat(html).contains(comments).contains(wayForward);
    }

    @Test
    void aPublishedContributionsSubmittersAreToldItsPublicReferenceOnceInTheirLanguage() {
        String meeting = TestEvents.meetingAhead();
        String kenya = TestEvents.state();
        String china = TestEvents.state();
        String en = TestEvents.focalPoint(kenya, "en");
        String zh = TestEvents.focalPoint(china, "zh");
        UUID id = UUID.randomUUID();
        EventEnvelope published = TestEvents.envelope(ContributionPublished.TYPE, "contribution-service",
                id.toString(), new ContributionPublished(id, meeting, meeting + "/3", Instant.now(),
                        List.of(kenya, china), "Joint view", "C20/55"));
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), published);
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), published);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(inbox(en)).extracting(TestEvents.Received::subject)
                    .containsExactly("[" + meeting + "] Your contribution is published as " + meeting + "/3: Joint view");
            assertThat(inbox(zh)).singleElement().satisfies(email -> assertThat(email.subject())
                    .isEqualTo("[" + meeting + "] 您的文稿已发布，编号为" + meeting + "/3：Joint view"));
        });
        assertThat(inbox(en).get(0).text()).contains("on C20/55").contains(kenya + ", " + china);
    }

    @Test
    void aWithdrawalTellsTheContributionsMailboxWithEverySubmittingStatesContactsInCcOnce() {
        String meeting = TestEvents.meetingAhead();
        String lead = TestEvents.state();
        String coSubmitter = TestEvents.state();
        String leadFocal = TestEvents.focalPoint(lead, "en");
        String coFocal = TestEvents.focalPoint(coSubmitter, "fr");
        UUID id = UUID.randomUUID();
        EventEnvelope withdrawn = TestEvents.envelope(ContributionWithdrawn.TYPE, "contribution-service",
                id.toString(), new ContributionWithdrawn(id, meeting, lead, Instant.parse("2030-06-01T08:00:00Z"), 5,
                        "C20/55", "Joint view", List.of(lead, coSubmitter), "Superseded by a regional contribution"));
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), withdrawn);
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), withdrawn);

        String contributions = mailbox(meeting, "contributions");
        String subject = "[" + meeting + "] Contribution withdrawn: " + lead + ", " + coSubmitter
                + ", Joint view (C20/55)";
        TestEvents.awaitMail(coFocal, subject, 1);
        TestEvents.Received email = inbox(coFocal).get(0);
        assertThat(email.to()).containsExactly(contributions);
        assertThat(email.cc()).containsExactlyInAnyOrder(leadFocal, coFocal);
        assertThat(email.text().replace("\r\n", "\n"))
                .contains("The contribution from " + lead + ", " + coSubmitter + " on agenda item 5 (C20/55) has "
                        + "been withdrawn.")
                .contains("Withdrawn by: " + lead)
                .contains("Withdrawn: 1 June 2030, 10:00")
                .contains("Reason given: Superseded by a regional contribution");
        given().auth().oauth2(secretariat()).when().get("/deliveries?meetingId=" + meeting)
                .then().statusCode(200).body("total", equalTo(1))
                .body("deliveries[0].kind", equalTo("CONTRIBUTION_WITHDRAWN"));
        assertThat(inbox(leadFocal)).extracting(TestEvents.Received::subject).containsExactly(subject);
    }

    @Test
    void aDeadlineExtensionIsAnnouncedOnceToEveryStateInItsContactsLanguage() {
        String meeting = TestEvents.meetingAhead();
        String china = TestEvents.state();
        String kenya = TestEvents.state();
        String zh = TestEvents.focalPoint(china, "zh");
        String en = TestEvents.focalPoint(kenya, "en");
        Instant before = Instant.parse("2030-06-02T22:00:00Z");
        Instant after = Instant.parse("2030-06-05T22:00:00Z");

        EventEnvelope extended = TestEvents.envelope(ContributionDeadlineChanged.TYPE, "agenda-service", meeting,
                new ContributionDeadlineChanged(meeting, after, "Europe/Zurich", before,
                        "At the request of several Councillors", "secretariat@itu.example.org", Instant.now()));
        TestEvents.publish(Topics.AGENDA, meeting, extended);
        TestEvents.publish(Topics.AGENDA, meeting, extended);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(inbox(en)).extracting(TestEvents.Received::subject)
                    .containsExactly("[" + meeting + "] The deadline for contributions is now 5 June 2030, 24:00");
            assertThat(inbox(zh)).singleElement().satisfies(email -> assertThat(email.subject())
                    .startsWith("[" + meeting + "] 文稿提交截止时间现改为"));
        });
        assertThat(inbox(en).get(0).text()).contains("from 2 June 2030, 24:00 to 5 June 2030, 24:00")
                .contains("At the request of several Councillors");
        assertThat(inbox(zh).get(0).text()).contains("2030年6月5日");
    }

    @Test
    void aRevisionThatTakesAStateOffTellsThatStateToo() {
        String meeting = TestEvents.meetingAhead();
        String lead = TestEvents.state();
        String declined = TestEvents.state();
        String leadFocal = TestEvents.focalPoint(lead, "en");
        String declinedFocal = TestEvents.focalPoint(declined, "en");
        UUID id = UUID.randomUUID();
        TestEvents.publish(Topics.CONTRIBUTION, id.toString(), TestEvents.envelope(ContributionRevised.TYPE,
                "contribution-service", id.toString(), new ContributionRevised(id, meeting, UUID.randomUUID(), 5,
                        "C20/55", List.of(lead), "Joint view", "en", true, 2, Instant.now(), List.of(declined),
                        "Kenya supports it.", "The Council takes note.")));

        String subject = "[" + meeting + "] Revised contribution (revision 2) from " + lead + ": Joint view (C20/55)";
        TestEvents.awaitMail(declinedFocal, subject, 1);
        TestEvents.Received email = inbox(declinedFocal).get(0);
        assertThat(email.cc()).containsExactlyInAnyOrder(leadFocal, declinedFocal);
        assertThat(email.text()).contains("No longer among the submitting member states: " + declined + ".");
    }

    @Test
    void aTitleCarryingALineBreakInAnEventNeitherBreaksTheSubjectNorAddsARecipient() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String focal = TestEvents.focalPoint(state, "en");
        String spy = "spy." + meeting.toLowerCase() + "@example.org";

        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(state), "Views\r\nBcc: " + spy + "\u2028end");
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        TestEvents.awaitMail(focal, meeting, 1);
        assertThat(inbox(focal).get(0).subject())
                .isEqualTo("[" + meeting + "] Contribution from " + state + ": Views Bcc: " + spy + " end (C20/55)");
        assertThat(inbox(spy)).isEmpty();
    }

    @Test
    void aStateWithoutContactPersonsIsRecordedAsMissingAndTheOthersAreWritten() {
        String meeting = TestEvents.meetingAhead();
        String known = TestEvents.state();
        String unknown = TestEvents.state();
        String address = "focal." + known.toLowerCase() + "@example.org";
        TestEvents.contacts(known, address, "en");
        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(unknown, known), "Joint view");
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);

        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(address)).hasSize(1));
        TestEvents.Received email = inbox(address).get(0);
        assertThat(email.cc()).containsExactly(address);
        assertThat(email.text()).contains("No contact person is known yet for: " + unknown);
        given().auth().oauth2(secretariat()).when().get("/deliveries?recipient=" + unknown)
                .then().statusCode(200).body("total", equalTo(1))
                .body("deliveries[0].missingRecipients[0]", equalTo(unknown));
    }

    @Test
    void speakerListsAndAdditionalSpeakersGoToTheRegistrationMailboxesAndTheDelegation() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String focal = TestEvents.focalPoint(state, "fr");
        String key = meeting + "/" + state;
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(SpeakersChanged.TYPE, "registration-service",
                key, new SpeakersChanged(meeting, state, List.of(
                        new SpeakersChanged.Speaker(UUID.randomUUID(), "Amina Odhiambo", "amina@example.org", "Councillor"),
                        new SpeakersChanged.Speaker(UUID.randomUUID(), "Brian Kiprop", "brian@example.org", null)),
                        Instant.now())));
        UUID request = UUID.randomUUID();
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(AdditionalSpeakerRequested.TYPE,
                "registration-service", key, new AdditionalSpeakerRequested(request, meeting, state, UUID.randomUUID(),
                        "Cynthia Wanjiku", "SESSION", UUID.randomUUID(), "Session 2030-06-09 12:00 (Europe/Zurich)",
                        "Our minister presents", Instant.now())));
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(AdditionalSpeakerDecided.TYPE,
                "registration-service", key, new AdditionalSpeakerDecided(request, meeting, state, UUID.randomUUID(),
                        "Cynthia Wanjiku", "SESSION", UUID.randomUUID(), "Session 2030-06-09 12:00 (Europe/Zurich)",
                        true, "Within capacity", "secretariat@itu.example.org", Instant.now())));

        String registration = mailbox(meeting, "sg-registration");
        String remote = mailbox(meeting, "remote.participation");
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(registration)).hasSize(3));
        List<TestEvents.Received> received = inbox(registration);
        TestEvents.Received speakers = received.stream().filter(e -> e.subject().contains("Speakers of")).findFirst()
                .orElseThrow();
        assertThat(speakers.subject()).isEqualTo("[" + meeting + "] Speakers of " + state + ": 2 named");
        assertThat(speakers.to()).containsExactly(registration);
        assertThat(speakers.cc()).containsExactly(remote);
        assertThat(speakers.text()).contains("Amina Odhiambo: Councillor, amina@example.org")
                .contains("Brian Kiprop: brian@example.org");
        TestEvents.Received asked = received.stream().filter(e -> e.subject().contains("asks for")).findFirst()
                .orElseThrow();
        assertThat(asked.cc()).containsExactly(remote);
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(remote)).hasSize(2));

        // The decision goes to the delegation's contact person, in French as she prefers, Cc the registration mailbox.
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(focal)).hasSize(1));
        TestEvents.Received decided = inbox(focal).get(0);
        assertThat(decided.to()).containsExactly(focal);
        assertThat(decided.cc()).containsExactly(registration);
        assertThat(decided.text()).contains("Chers collègues");
    }

    @Test
    void aParticipantGetsTheirOwnRoleSpecificLinkInTheirLanguage() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String key = meeting + "/" + state;
        String[][] people = {{"speaker.fr", "fr", "SPEAKER"}, {"viewer.zh", "zh", "VIEWER"}, {"viewer.ar", "ar", "VIEWER"}};
        for (String[] person : people) {
            String address = person[0] + "." + meeting.toLowerCase() + "@example.org";
            TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(ParticipantRegistered.TYPE,
                    "registration-service", key, TestEvents.activeParticipant(meeting, state,
                            "Participant " + person[1], address, null, person[1], person[2],
                            "http://localhost:8083/join/" + person[0])));
        }
        String french = "speaker.fr." + meeting.toLowerCase() + "@example.org";
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(french)).hasSize(1));
        assertThat(inbox(french).get(0).subject()).isEqualTo("[" + meeting + "] Votre lien personnel d'orateur");
        assertThat(inbox(french).get(0).text()).contains("Votre lien d'orateur: http://localhost:8083/join/speaker.fr");

        String chinese = "viewer.zh." + meeting.toLowerCase() + "@example.org";
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(chinese)).hasSize(1));
        assertThat(inbox(chinese).get(0).subject()).isEqualTo("[" + meeting + "] 您的个人旁听者链接");

        String arabic = "viewer.ar." + meeting.toLowerCase() + "@example.org";
        await().atMost(WAIT).untilAsserted(() -> assertThat(inbox(arabic)).hasSize(1));
        assertThat(inbox(arabic).get(0).subject()).isEqualTo("[" + meeting + "] رابطك الشخصي بصفة مستمع");
        assertThat(inbox(arabic).get(0).text()).contains("رابطك بصفة مستمع: http://localhost:8083/join/viewer.ar")
                .doesNotContain("متكلم");
    }
}
