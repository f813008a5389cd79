package org.plenary.notification.ledger;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.infra.EmbeddedMailServer;
import org.plenary.infra.Engines;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.notification.TestEvents.inbox;
import static org.plenary.notification.TestEvents.mailbox;
import static org.plenary.notification.TestEvents.secretariat;

/**
 * One bad email never holds back the others: against the real SMTP server, told to refuse chosen recipients for good
 * (550) or for now (451), and with an email that cannot even be built, the good emails recorded after them all arrive
 * within seconds, and each bad one ends as its failure says.
 */
@QuarkusTest
class DeliveryIsolationTest {

    /** Well below a single backoff of the production schedule: the good emails are not waiting for anything. */
    private static final Duration FEW_SECONDS = Duration.ofSeconds(15);

    private final EmbeddedMailServer mail = Engines.shared().mail();
    @Inject
    SmtpTransactions smtp;
    private final List<String> refusedAddresses = new ArrayList<>();

    @AfterEach
    void acceptEveryoneAgain() {
        refusedAddresses.forEach(mail::acceptRecipient);
        mail.refuseSenders(null);
    }

    private void refuse(String address, String reply) {
        refuse(address, reply, Integer.MAX_VALUE);
    }

    /** The next {@code times} RCPT TO for the address get {@code reply}. */
    private void refuse(String address, String reply, int times) {
        mail.refuseRecipient(address, reply, times);
        refusedAddresses.add(address);
    }

    /** The next {@code times} messages for the address get {@code reply} to their DATA. */
    private void refuseMessagesTo(String address, String reply, int times) {
        mail.refuseMessagesTo(address, reply, times);
        refusedAddresses.add(address);
    }

    /** A state whose two contact persons are {@code first.<state>@example.org} and {@code second.<state>@…}. */
    private record TwoContacts(String state, String first, String second) {

        static TwoContacts named(String first, String second) {
            String state = TestEvents.state();
            TwoContacts contacts = new TwoContacts(state, first + "." + state.toLowerCase() + "@example.org",
                    second + "." + state.toLowerCase() + "@example.org");
            TestEvents.contacts(state, contacts.first(), "en", contacts.second(), "en");
            return contacts;
        }
    }

    private static void submit(String meeting, List<String> states, String title) {
        EventEnvelope submitted = TestEvents.contribution(meeting, states, title);
        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);
    }

    private static void assertEachReceivedOnce(List<String> addresses) {
        assertThat(addresses).allSatisfy(address -> assertThat(inbox(address)).hasSize(1));
    }

    private static void register(String meeting, String address) {
        String key = meeting + "/KEN";
        TestEvents.publish(Topics.REGISTRATION, key, TestEvents.envelope(ParticipantRegistered.TYPE,
                "registration-service", key, TestEvents.activeParticipant(meeting, "KEN",
                        "Participant", address, null, "en", "VIEWER", "http://localhost:8083/join/x")));
    }

    private static List<String> twentyGoodOnes(String meeting) {
        List<String> addresses = IntStream.range(0, 20)
                .mapToObj(i -> "good" + i + "." + meeting.toLowerCase() + "@example.org").toList();
        addresses.forEach(address -> register(meeting, address));
        return addresses;
    }

    private static JsonPath ledger(String query) {
        return given().auth().oauth2(secretariat()).when().get("/deliveries?" + query).then().statusCode(200)
                .extract().jsonPath();
    }

    private static void awaitEachReceivedOnce(List<String> addresses) {
        try {
            await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(addresses)
                    .allSatisfy(address -> assertThat(inbox(address)).hasSize(1)));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("not every email arrived; the ledger: "
                    + ledger("size=100").getList("deliveries.collect { it.to + ' ' + it.status + ' ' + it.lastError }"),
                    e);
        }
    }

    @Test
    void refusedAndDeferredRecipientsHoldBackNobodyAndTheOthersOfTheirEmailStillGetIt() {
        String meeting = TestEvents.meetingAhead();
        String refusing = TestEvents.state();
        String deferring = TestEvents.state();
        String fine = TestEvents.state();
        String refused = TestEvents.focalPoint(refusing, "en");
        String deferred = TestEvents.focalPoint(deferring, "en");
        String accepted = TestEvents.focalPoint(fine, "en");
        refuse(refused, "550 5.1.1 No such mailbox");
        refuse(deferred, "451 4.3.0 Mailbox busy, try again later");
        // Three more emails whose only recipient is deferred at every attempt: failing rows at the head of the ledger.
        List<String> alwaysDeferred = IntStream.range(0, 3)
                .mapToObj(i -> "busy" + i + "." + meeting.toLowerCase() + "@example.org").toList();
        alwaysDeferred.forEach(address -> refuse(address, "452 4.2.2 Mailbox full"));

        submit(meeting, List.of(refusing, deferring, fine), "Joint views");
        alwaysDeferred.forEach(address -> register(meeting, address));
        List<String> good = twentyGoodOnes(meeting);

        awaitEachReceivedOnce(good);
        String contributions = mailbox(meeting, "contributions");
        // On another topic than the registrations: it may come a moment later, but it comes.
        awaitEachReceivedOnce(List.of(contributions, accepted));
        assertThat(inbox(contributions).get(0).cc()).containsExactlyInAnyOrder(refused, deferred, accepted);

        // The deferred recipient is retried until the ledger gives up; the refused one never again.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting + "&kind=CONTRIBUTION").getString("deliveries[0].status"))
                .isEqualTo("DEAD"));
        JsonPath contribution = ledger("meetingId=" + meeting + "&kind=CONTRIBUTION");
        assertThat(contribution.getList("deliveries[0].deliveredTo", String.class))
                .containsExactlyInAnyOrder(contributions, accepted);
        assertThat(contribution.getList("deliveries[0].refused", Map.class))
                .containsExactly(Map.of("address", refused, "reply", "550 5.1.1 No such mailbox"));
        assertThat(contribution.getString("deliveries[0].lastError"))
                .contains(deferred, "451 4.3.0 Mailbox busy, try again later");
        assertThat(inbox(refused)).isEmpty();
        assertThat(inbox(deferred)).isEmpty();
        assertThat(inbox(contributions)).hasSize(1);
    }

    @Test
    void aRecipientEveryAttemptRefusesForGoodIsDeadAtOnceAndAnEmailThatCannotBeBuiltToo() {
        String meeting = TestEvents.meetingAhead();
        String refused = "nobody." + meeting.toLowerCase() + "@example.org";
        refuse(refused, "550 5.1.1 No such mailbox");
        register(meeting, refused);
        // A header injection in an address that reached the ledger: the email cannot be built safely, so never sent.
        register(meeting, "victim." + meeting.toLowerCase() + "@example.org\r\nBcc: spy@example.org");
        List<String> good = twentyGoodOnes(meeting);

        awaitEachReceivedOnce(good);
        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting + "&status=DEAD").getInt("total")).isEqualTo(2));
        JsonPath dead = ledger("meetingId=" + meeting + "&status=DEAD");
        assertThat(dead.getList("deliveries.attempts", Integer.class)).containsOnly(1);
        assertThat(dead.getList("deliveries.lastError", String.class)).anySatisfy(error -> assertThat(error)
                .isEqualTo("every recipient refused: " + refused + " (550 5.1.1 No such mailbox)"))
                .anySatisfy(error -> assertThat(error).startsWith("cannot be built: not a plain email address"));
        assertThat(inbox("spy@example.org")).isEmpty();
        assertThat(inbox(refused)).isEmpty();
    }

    @Test
    void aDeferredRecipientGetsTheEmailOnceTheServerTakesItAndNobodyGetsItTwice() {
        String meeting = TestEvents.meetingAhead();
        TwoContacts contacts = TwoContacts.named("now", "later");
        refuse(contacts.second(), "451 4.3.0 Try again later", 1);
        submit(meeting, List.of(contacts.state()), "Views");

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting).getString("deliveries[0].status")).isEqualTo("SENT"));
        JsonPath sent = ledger("meetingId=" + meeting);
        assertThat(sent.getInt("deliveries[0].attempts")).as("deferred once, then taken").isGreaterThanOrEqualTo(2);
        assertThat(sent.getList("deliveries[0].refused")).isEmpty();
        List<String> everyone = List.of(mailbox(meeting, "contributions"), contacts.first(), contacts.second());
        assertThat(sent.getList("deliveries[0].deliveredTo", String.class)).containsExactlyElementsOf(everyone);
        assertEachReceivedOnce(everyone);
    }

    @Test
    void aMessageRefusedAsAWholeIsDeadWhenForGoodAndGoesToEveryoneOnceWhenForNow() {
        String meeting = TestEvents.meetingAhead();
        String rejected = "rejected." + meeting.toLowerCase() + "@example.org";
        refuseMessagesTo(rejected, "554 5.6.0 Message refused", Integer.MAX_VALUE);
        register(meeting, rejected);
        TwoContacts contacts = TwoContacts.named("busy", "other");
        refuseMessagesTo(contacts.first(), "452 4.3.1 Insufficient system storage", 1);
        submit(meeting, List.of(contacts.state()), "Views");

        await().atMost(FEW_SECONDS).untilAsserted(() -> {
            assertThat(ledger("meetingId=" + meeting + "&kind=CONTRIBUTION").getString("deliveries[0].status"))
                    .isEqualTo("SENT");
            assertThat(ledger("meetingId=" + meeting + "&status=DEAD").getInt("total")).isEqualTo(1);
        });
        JsonPath dead = ledger("meetingId=" + meeting + "&status=DEAD");
        assertThat(dead.getInt("deliveries[0].attempts")).isEqualTo(1);
        assertThat(dead.getString("deliveries[0].lastError"))
                .isEqualTo("the message was refused: 554 5.6.0 Message refused");
        assertThat(inbox(rejected)).isEmpty();
        JsonPath sent = ledger("meetingId=" + meeting + "&kind=CONTRIBUTION");
        assertThat(sent.getInt("deliveries[0].attempts")).as("refused for now, then taken").isEqualTo(2);
        assertEachReceivedOnce(List.of(mailbox(meeting, "contributions"), contacts.first(), contacts.second()));
    }

    @Test
    void aRelayThatRefusesTheSenderIsTheServersTroubleAndTheEmailWaitsForItInsteadOfDying() {
        String meeting = TestEvents.meetingAhead();
        String address = "patient." + meeting.toLowerCase() + "@example.org";
        mail.refuseSenders("553 5.7.1 Sender address rejected: not owned by user");
        register(meeting, address);

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting).getString("deliveries[0].lastError"))
                .isEqualTo("553 5.7.1 Sender address rejected: not owned by user"));
        assertThat(ledger("meetingId=" + meeting).getString("deliveries[0].status")).isEqualTo("FAILED");
        mail.refuseSenders(null);

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting).getString("deliveries[0].status")).isEqualTo("SENT"));
        assertEachReceivedOnce(List.of(address));
    }

    @Test
    void anEmailToMoreRecipientsThanOneTransactionTakesGoesToEachOnceAndAFullMailboxIsTriedAgain() {
        String meeting = TestEvents.meetingAhead();
        List<String> states = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            TwoContacts state = TwoContacts.named("first", "second");
            states.add(state.state());
            contacts.addAll(List.of(state.first(), state.second()));
        }
        // A 552 to RCPT TO is a full mailbox (RFC 5321): for now, not for good.
        refuse(contacts.get(0), "552 5.2.2 Mailbox full", 1);
        submit(meeting, states, "Views of fifteen states");

        await().atMost(FEW_SECONDS).untilAsserted(() -> assertThat(
                ledger("meetingId=" + meeting).getString("deliveries[0].status")).isEqualTo("SENT"));
        JsonPath sent = ledger("meetingId=" + meeting);
        List<String> everyone = new ArrayList<>(contacts);
        everyone.add(mailbox(meeting, "contributions"));
        assertThat(everyone).hasSizeGreaterThan(2 * smtp.recipientsPerTransaction());
        assertThat(sent.getList("deliveries[0].deliveredTo", String.class))
                .containsExactlyInAnyOrderElementsOf(everyone);
        assertThat(sent.getList("deliveries[0].refused")).isEmpty();
        assertThat(sent.getInt("deliveries[0].attempts")).as("the full mailbox once, then taken").isEqualTo(2);
        assertEachReceivedOnce(everyone);
    }
}
