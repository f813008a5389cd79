package org.plenary.notification.emails;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.notification.agenda.MeetingReplica;
import org.plenary.notification.registration.ContactsReplica;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every email kind composed in each of the six UN languages, straight from {@link EmailComposer} with made-up events
 * (no Kafka, no SMTP): each sentence a kind can say is translated, and each language renders whole.
 */
@QuarkusTest
class EmailLanguagesTest {

    private static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    /** What a placeholder left in a rendered text looks like: {name}, {meeting}, … */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Instant AT = Instant.parse("2030-06-03T09:15:00Z");
    private static final String SCOPE = "2030-06-09 12:00 (Europe/Zurich)";
    /**
     * The English wording of every sentence, the pieces between its placeholders that hold a word ("The delegation of",
     * "now names these speakers:"): a sentence missing from a translation comes out in English, and shows one of them.
     */
    private static final List<String> ENGLISH = Arrays.stream(EmailMessages.class.getDeclaredMethods())
            .map(method -> method.getAnnotation(Message.class).value())
            .flatMap(english -> Arrays.stream(english.split("\\{\\w+}")))
            .map(String::strip).filter(piece -> piece.matches(".*\\p{Alpha}{4}.*")).distinct().toList();

    @Inject
    EmailComposer composer;

    @Test
    void everyEmailKindRendersWholeInEachOfTheSixLanguages() {
        Map<String, Function<String, Composed>> emails = emails();
        assertThat(emails.values().stream().map(email -> email.apply("en").kind()).distinct())
                .as("every kind is among the emails composed here").containsExactlyInAnyOrder(EmailKind.values());

        assertSoftly(softly -> emails.forEach((name, compose) -> {
            Composed english = compose.apply("en");
            for (String language : LANGUAGES) {
                Composed email = compose.apply(language);
                String what = name + " in " + language;
                softly.assertThat(email.language()).as(what).isEqualTo(language);
                for (String part : List.of(email.subject(), email.text(), email.html())) {
                    softly.assertThat(part).as(what).isNotBlank();
                    softly.assertThat(PLACEHOLDER.matcher(part).results().map(m -> m.group()))
                            .as("placeholders left in %s", what).isEmpty();
                }
                softly.assertThat(email.html()).as(what)
                        .contains("<html lang=\"" + language + "\" dir=\"" + ("ar".equals(language) ? "rtl" : "ltr")
                                + "\">");
                if (!"en".equals(language)) {
                    softly.assertThat(email.text()).as("%s is translated", what).isNotEqualTo(english.text());
                    softly.assertThat(email.subject()).as("%s is translated", what).isNotEqualTo(english.subject());
                    // The link's placeholder, replaced when sent, is English in every language.
                    String said = email.subject() + "\n" + email.text().replace(SealedLink.PLACEHOLDER, "");
                    softly.assertThat(ENGLISH.stream().filter(said::contains))
                            .as("English wording left in %s", what).isEmpty();
                }
            }
            softly.assertThat(compose.apply("zh").text()).as(name + " in Chinese").containsPattern(HAN);
            softly.assertThat(compose.apply("ar").html()).as(name + " in Arabic")
                    .contains("dir=\"rtl\"").doesNotContain("text-align: left");
        }));
    }

    @Test
    void aContributionWrittenInArabicIsAttachedAsAWordDocumentLaidOutRightToLeft() throws Exception {
        for (String language : List.of("ar", "en")) {
            Composed email = composer.contribution(submitted(language), false, meeting(), state -> contacts("en"),
                    "en");
            try (XWPFDocument document = new XWPFDocument(
                    new ByteArrayInputStream(email.attachments().get(0).content()))) {
                List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
                XWPFTable table = document.getTables().get(0);
                table.getRows().forEach(row -> row.getTableCells().forEach(cell -> paragraphs.addAll(
                        cell.getParagraphs())));
                boolean rightToLeft = "ar".equals(language);
                String what = "a contribution in " + language;
                assertThat(table.getCTTbl().getTblPr().isSetBidiVisual()).as(what + ": table from the right")
                        .isEqualTo(rightToLeft);
                assertThat(paragraphs).as(what).hasSizeGreaterThan(8).allSatisfy(paragraph -> {
                    assertThat(paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetBidi())
                            .as(what + ": paragraph \"" + paragraph.getText() + "\" right to left")
                            .isEqualTo(rightToLeft);
                    assertThat(paragraph.getRuns()).allSatisfy(run -> assertThat(run.getCTR().isSetRPr()
                            && run.getCTR().getRPr().sizeOfRtlArray() > 0).as(what + ": run \"" + run.text()
                            + "\" right to left").isEqualTo(rightToLeft));
                });
                // Word shows a right-to-left run with its complex-script properties: bold and size must be set there.
                XWPFRun heading = document.getParagraphs().get(0).getRuns().get(0);
                assertThat(heading.getCTR().getRPr().sizeOfBCsArray() > 0 && heading.getCTR().getRPr()
                        .sizeOfSzCsArray() > 0).as(what + ": the heading bold and large in Word").isEqualTo(rightToLeft);
                XWPFRun label = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
                assertThat(label.getCTR().getRPr().sizeOfBCsArray() > 0).as(what + ": the label bold in Word")
                        .isEqualTo(rightToLeft);
                if (rightToLeft) {
                    assertThat(table.getRow(0).getCell(0).getText()).as("labels in Arabic").isEqualTo(
                            MessageBundles.get(EmailMessages.class, Localized.Literal.of("ar")).labelStates());
                }
            }
        }
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        Map<String, String> deadlines = Map.of("en", "2 June 2030, 24:00", "fr", "2 juin 2030, 24:00",
                "zh", "2030年6月2日, 24:00", "es", "2 de junio de 2030, 24:00", "ru", "2 июня 2030 г., 24:00",
                "ar", "2 يونيو 2030, 24:00");
        Map<String, String> firstDays = Map.of("en", "9 June 2030", "fr", "9 juin 2030", "zh", "2030年6月9日",
                "es", "9 de junio de 2030", "ru", "9 июня 2030 г.", "ar", "9 يونيو 2030");
        for (String language : LANGUAGES) {
            assertThat(composer.contributionReminder(meeting(), "KEN", contacts(language), AT, false).subject())
                    .as(language).endsWith(deadlines.get(language));
            assertThat(composer.speakerReminder(meeting(), "KEN", contacts(language), AT, false).text())
                    .as(language).contains(firstDays.get(language));
        }
    }

    @Test
    void aLanguageThatIsNotOneOfTheSixGetsEnglishAndMailboxesAlwaysDo() {
        Composed german = composer.participantRegistered(registered("de", "SPEAKER", "ACTIVE"), meeting());
        assertThat(german.language()).isEqualTo("en");
        assertThat(german.subject()).isEqualTo("[C20-VC] Your personal speaker link");
        assertThat(german.html()).contains("<html lang=\"en\" dir=\"ltr\">");

        Composed none = composer.contributionReminder(meeting(), "KEN", contacts(null), AT, false);
        assertThat(none.language()).isEqualTo("en");

        Composed toMailbox = composer.contribution(revised(), true, meeting(), state -> contacts("ar"));
        assertThat(toMailbox.language()).isEqualTo("en");
        assertThat(toMailbox.subject()).startsWith("[C20-VC] Revised contribution (revision 2) from KEN, BRA:");
    }

    /**
     * Each email kind, and within a kind each variant that says something the others do not, by name: composed in the
     * language given (the mailboxes' emails through the composer's language parameter, the others from the
     * recipient's preferred language as the events and contact persons carry it).
     */
    private Map<String, Function<String, Composed>> emails() {
        MeetingReplica meeting = meeting();
        Map<String, Function<String, Composed>> emails = new LinkedHashMap<>();
        emails.put("contribution submitted", language -> composer.contribution(submitted(), false, meeting,
                state -> contacts("en"), language));
        emails.put("contribution revised late, a state taken off, a state without contacts", language ->
                composer.contribution(revised(), true, meeting, state -> "BRA".equals(state) ? null : contacts("en"),
                        language));
        emails.put("speakers named", language -> composer.speakers(new SpeakersChanged("C20-VC", "KEN", List.of(
                new SpeakersChanged.Speaker(UUID.randomUUID(), "Amina Odhiambo", "amina@example.org", "Councillor"),
                new SpeakersChanged.Speaker(UUID.randomUUID(), "Brian Kiprop", "brian@example.org", null)), AT),
                meeting, language));
        emails.put("no speaker", language -> composer.speakers(new SpeakersChanged("C20-VC", "KEN", List.of(), AT),
                meeting, language));
        emails.put("additional speaker requested", language -> composer.additionalRequested(
                new AdditionalSpeakerRequested(UUID.randomUUID(), "C20-VC", "KEN", UUID.randomUUID(),
                        "Cynthia Wanjiku", "SESSION", UUID.randomUUID(), SCOPE, "Our minister presents", AT),
                meeting, language));
        for (boolean granted : List.of(true, false)) {
            emails.put("additional speaker " + (granted ? "granted" : "refused"), language ->
                    composer.additionalDecided(new AdditionalSpeakerDecided(UUID.randomUUID(), "C20-VC", "KEN",
                            UUID.randomUUID(), "Cynthia Wanjiku", "SESSION", UUID.randomUUID(), SCOPE, granted,
                            "Within capacity", "secretariat@itu.example.org", AT), meeting,
                            state -> contacts(language)));
        }
        emails.put("speaker's link", language -> composer.participantRegistered(
                registered(language, "SPEAKER", "ACTIVE"), meeting));
        emails.put("viewer's link", language -> composer.participantRegistered(
                registered(language, "VIEWER", "ACTIVE"), meeting));
        emails.put("waiting list", language -> composer.participantRegistered(
                registered(language, "VIEWER", "WAITING"), meeting));
        emails.put("promoted from the waiting list, a new link", language -> composer.roleChanged(
                roleChanged(language, "VIEWER", "sealed-link"), meeting));
        emails.put("now a speaker, the same link", language -> composer.roleChanged(
                roleChanged(language, "SPEAKER", null), meeting));
        emails.put("contribution deadline reminder, late", language -> composer.contributionReminder(meeting, "KEN",
                contacts(language), AT, true));
        emails.put("speaker designation reminder, late", language -> composer.speakerReminder(meeting, "KEN",
                contacts(language), AT, true));
        emails.put("contribution published", language -> composer.published(new ContributionPublished(
                UUID.randomUUID(), "C20-VC", "C20-VC/1", AT, List.of("KEN", "BRA"), "Preparations for WRC-23",
                "C20/55"), meeting, "KEN", contacts(language)));
        emails.put("contribution withdrawn by a state, with its reason", language -> composer.withdrawn(
                new ContributionWithdrawn(UUID.randomUUID(), "C20-VC", "KEN", AT, 5, "C20/55",
                        "Preparations for WRC-23", List.of("KEN", "BRA"), "Superseded by a joint contribution"),
                meeting, state -> contacts("en"), language));
        emails.put("contribution withdrawn by the secretariat", language -> composer.withdrawn(
                new ContributionWithdrawn(UUID.randomUUID(), "C20-VC", "secretariat", AT, 5, "C20/55",
                        "Preparations for WRC-23", List.of("KEN"), null), meeting, state -> contacts("en"), language));
        emails.put("deadline extended, with its reason", language -> composer.deadlineChanged(meeting, "KEN",
                contacts(language), AT.minus(java.time.Duration.ofDays(3)), "At the request of several Councillors"));
        AgendaAdopted.Item budget = new AgendaAdopted.Item(UUID.randomUUID(), 1, Map.of("en", "Budget"), "C20/10",
                "DECISION");
        AgendaAdopted.Item wsis = new AgendaAdopted.Item(UUID.randomUUID(), 2, Map.of("en", "WSIS"), "C20/20", "NONE");
        AgendaAdopted.Item gone = new AgendaAdopted.Item(UUID.randomUUID(), 3, Map.of("en", "UIFN"), "C20/30", "NONE");
        List<AgendaAdopted.Item> second = List.of(budget,
                new AgendaAdopted.Item(UUID.randomUUID(), 2, Map.of("en", "COVID-19"), "C20/66", "NONE"),
                new AgendaAdopted.Item(wsis.itemId(), 3, Map.of("en", "WSIS+20"), "C20/20", "NONE"));
        emails.put("agenda adopted, the first version", language -> composer.agendaAdopted(meeting, "KEN",
                contacts(language), new AgendaAdopted("C20-VC", 1, null, "secretariat", AT, List.of(budget, wsis,
                        gone)), AgendaChanges.between(null, null, List.of(budget, wsis, gone))));
        emails.put("agenda adopted, items added, removed, renumbered and retitled", language ->
                composer.agendaAdopted(meeting, "KEN", contacts(language), new AgendaAdopted("C20-VC", 2,
                        "Requested by Councillors", "secretariat", AT, second),
                        AgendaChanges.between(1, List.of(budget, wsis, gone), second)));
        emails.put("agenda adopted, unchanged", language -> composer.agendaAdopted(meeting, "KEN", contacts(language),
                new AgendaAdopted("C20-VC", 3, "Adopted again", "secretariat", AT, second),
                AgendaChanges.between(2, second, second)));
        emails.put("time plan published", language -> composer.timePlanPublished(meeting, "KEN", contacts(language),
                new TimePlanPublished("C20-VC", AT, "Europe/Zurich", List.of(new TimePlanPublished.Session(
                        UUID.randomUUID(), Instant.parse("2030-06-09T10:00:00Z"), Instant.parse("2030-06-09T12:00:00Z"),
                        List.of(new TimePlanPublished.Allocation(budget.itemId(), 1, 20, budget.title())))))));
        return emails;
    }

    private static MeetingReplica meeting() {
        MeetingReplica meeting = new MeetingReplica();
        meeting.id = "C20-VC";
        meeting.title = Map.of("en", "Virtual consultation of Councillors");
        meeting.timeZone = "Europe/Zurich";
        meeting.startsOn = LocalDate.of(2030, 6, 9);
        meeting.contributionDeadline = Instant.parse("2030-06-02T22:00:00Z");
        meeting.contributionsMailbox = "contributions@itu.example.org";
        meeting.speakerMailbox = "sg-registration@itu.example.org";
        meeting.speakerCcMailbox = "remote.participation@itu.example.org";
        meeting.secretariatMailbox = "gbs@itu.example.org";
        meeting.contact = new MeetingReplica.Contact("Ms Béatrice Pluchon", "+41 22 730 6266", "gbs@itu.example.org");
        return meeting;
    }

    private static ContactsReplica contacts(String language) {
        ContactsReplica contacts = new ContactsReplica();
        contacts.memberState = "KEN";
        contacts.name = "Kenya";
        contacts.contactPersons = List.of(new ContactsReplica.Person("Jane Wanjiru", "jane@ken.example.org", language));
        return contacts;
    }

    private static ContributionSubmitted submitted() {
        return submitted("en");
    }

    private static ContributionSubmitted submitted(String language) {
        return new ContributionSubmitted(UUID.randomUUID(), "C20-VC", UUID.randomUUID(), 5, "C20/55",
                List.of("KEN", "BRA"), "Preparations for WRC-23", language, true, 1, AT, "Kenya and Brazil support it.",
                "The Council takes note.");
    }

    private static ContributionRevised revised() {
        return new ContributionRevised(UUID.randomUUID(), "C20-VC", UUID.randomUUID(), 5, "C20/55",
                List.of("KEN", "BRA"), "Preparations for WRC-23", "en", false, 2, AT, List.of("CHN"),
                "Kenya and Brazil support it.", "The Council takes note.");
    }

    private static ParticipantRegistered registered(String language, String role, String status) {
        return new ParticipantRegistered(UUID.randomUUID(), "C20-VC", "KEN", "Amina Odhiambo", "amina@example.org",
                "Councillor", language, role, status, "ACTIVE".equals(status) ? "sealed-link" : null, AT);
    }

    private static ParticipantRoleChanged roleChanged(String language, String role, String sealedLink) {
        return new ParticipantRoleChanged(UUID.randomUUID(), "C20-VC", "KEN", "Amina Odhiambo", "amina@example.org",
                language, role, "VIEWER", sealedLink == null ? "ACTIVE" : "WAITING", sealedLink, AT);
    }
}
