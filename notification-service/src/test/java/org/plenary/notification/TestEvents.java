package org.plenary.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.sealing.Sealer;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.UniqueIds;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Events as the other services publish them, and the mailboxes of the SMTP server read over IMAP. */
public final class TestEvents {

    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final String KAFKA = Engines.shared().kafka().bootstrapServers();

    private TestEvents() {
    }

    /**
     * An email as its recipient's mail client reads it; {@code replyTo} is the Reply-To header, null if absent;
     * {@code attachments} the attached files' bytes by file name.
     */
    public record Received(String subject, String from, List<String> to, List<String> cc, String messageId,
                           String text, String replyTo, Map<String, byte[]> attachments) {
    }

    public static String secretariat() {
        return Engines.shared().tokens().secretariat();
    }

    public static RequestSpecification asSecretariat() {
        return given().auth().oauth2(secretariat()).contentType(ContentType.JSON);
    }

    /** A meeting of its own, with mailboxes of its own, known to the service when this returns. */
    public static String meeting(Instant deadline, LocalDate startsOn) {
        String id = UniqueIds.id("N");
        announce(id, deadline, startsOn);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + id + "/reminders").statusCode() == 200);
        return id;
    }

    /** Publishes the meeting's MeetingScheduled, with mailboxes of its own ({@link #mailbox}), without waiting. */
    public static void announce(String id, Instant deadline, LocalDate startsOn) {
        announce(id, deadline, startsOn, null);
    }

    /** A meeting of its own addressed to the Council's Member States, known to the service when this returns. */
    public static String councilMeeting() {
        String id = UniqueIds.id("N");
        announce(id, Instant.parse("2030-06-02T22:00:00Z"), LocalDate.of(2030, 6, 9),
                MeetingScheduled.COUNCIL_MEMBER_STATES);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/meetings/" + id + "/reminders").statusCode() == 200);
        return id;
    }

    /**
     * Publishes the meeting's MeetingScheduled: mailboxes of its own ({@link #mailbox}), sent from
     * council@&lt;its domain&gt;, the letter's contact person; addressed to {@code audience} (null: every state).
     */
    public static void announce(String id, Instant deadline, LocalDate startsOn, String audience) {
        String domain = id.toLowerCase() + ".example.org";
        publish(Topics.AGENDA, id, envelope(MeetingScheduled.TYPE, "agenda-service", id,
                new MeetingScheduled(id, Map.of("en", "Test consultation", "fr", "Consultation d'essai"),
                        "Europe/Zurich", startsOn, deadline,
                        new MeetingScheduled.Mailboxes("contributions@" + domain, "sg-registration@" + domain,
                                "remote.participation@" + domain, "gbs@" + domain, "council@" + domain),
                        new MeetingScheduled.Capacity(300, 2000, 1, 3),
                        new MeetingScheduled.Contact("Ms Béatrice Pluchon", "+41 22 730 6266", "gbs@" + domain),
                        audience, null)));
    }

    /** A meeting of its own whose deadline (2 June 2030) and first day (9 June 2030) are far ahead. */
    public static String meetingAhead() {
        return meeting(Instant.parse("2030-06-02T22:00:00Z"), LocalDate.of(2030, 6, 9));
    }

    public static String mailbox(String meetingId, String name) {
        return name + "@" + meetingId.toLowerCase() + ".example.org";
    }

    /** A made-up state code, never drawn twice (the service does not check codes), so tests do not share contacts. */
    public static String state() {
        return UniqueIds.letters('Z');
    }

    /** Announces the state's one contact person, focal.<state>@example.org, and returns that address. */
    public static String focalPoint(String state, String language) {
        String address = "focal." + state.toLowerCase() + "@example.org";
        contacts(state, address, language);
        return address;
    }

    /** A contribution of the states on item 5 (C20/55), in English, as contribution-service publishes it. */
    public static EventEnvelope contribution(String meeting, List<String> states, String title) {
        return contribution(meeting, states, title, "en", "The report is welcome.", "The Council takes note.");
    }

    /** A contribution of the states on item 5 (C20/55) with the template's whole text, in {@code language}. */
    public static EventEnvelope contribution(String meeting, List<String> states, String title, String language,
                                             String commentsOnDocument, String proposedWayForward) {
        return envelope(ContributionSubmitted.TYPE, "contribution-service", UUID.randomUUID().toString(),
                new ContributionSubmitted(UUID.randomUUID(), meeting, UUID.randomUUID(), 5, "C20/55", states, title,
                        language, true, 1, Instant.parse("2030-05-30T09:15:00Z"), commentsOnDocument,
                        proposedWayForward));
    }

    /**
     * An active participant as registration-service announces it: its link sealed with the sealing key the tests
     * share with the service (the platform's %test key).
     */
    public static ParticipantRegistered activeParticipant(String meeting, String state, String name, String email,
                                                          String function, String language, String role, String link) {
        UUID id = UUID.randomUUID();
        String sealed = io.quarkus.arc.Arc.container().instance(Sealer.class).get().seal(link, id.toString());
        return new ParticipantRegistered(id, meeting, state, name, email, function, language, role, "ACTIVE", sealed,
                Instant.now());
    }

    /** Announces the state's contact persons (address, language pairs) and waits until the service has them. */
    public static void contacts(String state, String... addressAndLanguage) {
        contactsInCategory(state, null, addressAndLanguage);
    }

    /** The same, for a state of the given ITU membership category (ContactPersonsChanged's constants). */
    public static void contactsInCategory(String state, String category, String... addressAndLanguage) {
        List<ContactPersonsChanged.ContactPerson> persons = new java.util.ArrayList<>();
        for (int i = 0; i < addressAndLanguage.length; i += 2) {
            persons.add(new ContactPersonsChanged.ContactPerson("Focal point " + (i / 2 + 1), addressAndLanguage[i],
                    addressAndLanguage[i + 1]));
        }
        publish(Topics.REGISTRATION, state, envelope(ContactPersonsChanged.TYPE, "registration-service", state,
                new ContactPersonsChanged(state, "State " + state, persons, "test", Instant.now(), category)));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(secretariat())
                .when().get("/contact-persons/" + state).statusCode() == 200);
    }

    public static EventEnvelope envelope(String type, String source, String subject, Object data) {
        return EventEnvelope.of(type, source, subject, Instant.now(), MAPPER.valueToTree(data));
    }

    /** An envelope that brings its aggregate to {@code version}, as the producers' outboxes stamp them. */
    public static EventEnvelope envelope(String type, String source, String subject, Object data, long version) {
        return EventEnvelope.of(type, source, subject, Instant.now(), MAPPER.valueToTree(data), version);
    }

    public static void publish(String topic, String key, EventEnvelope event) {
        try {
            TopicProbe.send(KAFKA, topic, key, MAPPER.writeValueAsString(event), Map.of());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the address's mailbox holds {@code count} messages whose subject contains {@code subjectPart}; if it
     * never does, the failure shows what the ledger holds for that address.
     */
    public static void awaitMail(String address, String subjectPart, int count) {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> inbox(address).stream()
                    .filter(e -> e.subject().contains(subjectPart)).count() == count);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            String ledger = given().auth().oauth2(secretariat()).when().get("/deliveries?recipient=" + address)
                    .then().extract().asString();
            throw new AssertionError("expected " + count + " emails with '" + subjectPart + "' for " + address
                    + "; mailbox: " + inbox(address).stream().map(Received::subject).toList() + "; ledger: " + ledger, e);
        }
    }

    /** Every message in the address's mailbox, read over IMAP (login and password: the address). */
    public static List<Received> inbox(String address) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", Engines.shared().mail().imapPort(), address, address);
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(folder.getMessages()).map(TestEvents::received).toList();
            } finally {
                folder.close(false);
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Received received(Message message) {
        try {
            Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
            if (message.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    jakarta.mail.BodyPart part = multipart.getBodyPart(i);
                    if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        attachments.put(jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()),
                                part.getInputStream().readAllBytes());
                    }
                }
            }
            return new Received(message.getSubject(), addresses(message.getFrom()).get(0),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)), message.getHeader("Message-ID")[0],
                    text(message), message.getHeader("Reply-To") == null ? null : message.getHeader("Reply-To")[0],
                    attachments);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Message message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                if (jakarta.mail.Part.ATTACHMENT.equalsIgnoreCase(multipart.getBodyPart(i).getDisposition())) {
                    continue;
                }
                Object part = multipart.getBodyPart(i).getContent();
                text.append(part instanceof jakarta.mail.Multipart nested ? nested.getBodyPart(0).getContent() : part);
            }
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((jakarta.mail.internet.InternetAddress) a).getAddress()).toList();
    }
}
