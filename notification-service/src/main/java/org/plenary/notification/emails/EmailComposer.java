package org.plenary.notification.emails;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.events.PoisonEvent;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionState;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.SpeakersChanged;
import org.plenary.notification.agenda.MeetingReplica;
import org.plenary.notification.registration.ContactsReplica;
import org.plenary.platform.calendar.ICalendar;
import org.plenary.platform.i18n.Languages;
import org.plenary.platform.time.EndOfDay;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns an event and what the replicas know into an email of the catalogue (notification-service/README.md,
 * "Emails"): who receives it, in which language, and what it says. Mailboxes are written to in English (the
 * secretariat's working language); people in their preferred language, any of the six UN languages.
 */
@ApplicationScoped
public class EmailComposer {

    /** The language of the emails to the secretariat's mailboxes: its working language. */
    static final String MAILBOXES = Languages.FALLBACK;

    /** Who to write to about some member states: their contact persons, and the states that have none. */
    public record Recipients(List<String> addresses, List<String> missing, String language) {
    }

    public Composed contribution(ContributionState event, boolean revised, MeetingReplica meeting,
                                 Function<String, ContactsReplica> contacts) {
        return contribution(event, revised, meeting, contacts, MAILBOXES);
    }

    /** The contribution email in the language given rather than the mailboxes' English, as tests read every one. */
    Composed contribution(ContributionState event, boolean revised, MeetingReplica meeting,
                          Function<String, ContactsReplica> contacts, String language) {
        EmailMessages msg = messages(language);
        List<String> told = new ArrayList<>(event.submittingMemberStates());
        told.addAll(event.removedMemberStates());
        Recipients states = contactsOf(told, contacts);
        String statesText = String.join(", ", event.submittingMemberStates());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(revised
                ? msg.contributionRevised(event.revision(), statesText, event.itemNumber(), event.documentReference())
                : msg.contributionReceived(statesText, event.itemNumber(), event.documentReference()));
        if (!event.removedMemberStates().isEmpty()) {
            paragraphs.add(msg.contributionStatesRemoved(String.join(", ", event.removedMemberStates())));
        }
        if (!event.onTime()) {
            paragraphs.add(msg.contributionLate());
        }
        if (!states.missing().isEmpty()) {
            paragraphs.add(msg.missingContacts(String.join(", ", states.missing())));
        }
        String documentLanguage = supported(event.language());
        Attachment document = ContributionDocument.of(event, Languages.text(meeting.title, documentLanguage),
                documentLanguage, messages(documentLanguage));
        paragraphs.add(msg.contributionAttached(document.fileName()));
        String subject = revised
                ? msg.contributionRevisedSubject(meeting.id, event.revision(), statesText, event.title(),
                event.documentReference())
                : msg.contributionSubject(meeting.id, statesText, event.title(), event.documentReference());
        EmailContent content = EmailContent.of(language, subject, msg.greeting(), paragraphs, List.of(
                new EmailContent.Fact(msg.labelStates(), statesText),
                new EmailContent.Fact(msg.labelTitle(), event.title()),
                new EmailContent.Fact(msg.labelDocument(), event.documentReference()),
                new EmailContent.Fact(msg.labelComments(), orDash(event.commentsOnDocument())),
                new EmailContent.Fact(msg.labelWayForward(), orDash(event.proposedWayForward())),
                new EmailContent.Fact(msg.labelLanguage(), event.language()),
                new EmailContent.Fact(msg.labelReceived(), local(event.at(), meeting, language))),
                footer(msg, meeting, language));
        return render(EmailKind.CONTRIBUTION, meeting, list(meeting.contributionsMailbox), states.addresses(),
                states.missing(), content).attaching(List.of(document));
    }

    public Composed withdrawn(ContributionWithdrawn event, MeetingReplica meeting,
                              Function<String, ContactsReplica> contacts) {
        return withdrawn(event, meeting, contacts, MAILBOXES);
    }

    /**
     * Withdrawn: the contributions mailbox told, with every submitting state's contact persons in Cc (as the
     * submission was), in the language given rather than the mailboxes' English, as tests read every one.
     */
    Composed withdrawn(ContributionWithdrawn event, MeetingReplica meeting, Function<String, ContactsReplica> contacts,
                       String language) {
        EmailMessages msg = messages(language);
        Recipients states = contactsOf(event.submittingMemberStates(), contacts);
        String statesText = String.join(", ", event.submittingMemberStates());
        String title = orDash(event.title());
        String reference = orDash(event.documentReference());
        List<String> paragraphs = new ArrayList<>(List.of(msg.withdrawnBody(statesText,
                event.itemNumber() == null ? 0 : event.itemNumber(), reference)));
        if (!states.missing().isEmpty()) {
            paragraphs.add(msg.missingContacts(String.join(", ", states.missing())));
        }
        List<EmailContent.Fact> facts = new ArrayList<>(List.of(
                new EmailContent.Fact(msg.labelStates(), statesText),
                new EmailContent.Fact(msg.labelTitle(), title),
                new EmailContent.Fact(msg.labelDocument(), reference),
                new EmailContent.Fact(msg.labelWithdrawnBy(), "secretariat".equals(event.withdrawnBy())
                        ? msg.theSecretariat() : event.withdrawnBy()),
                new EmailContent.Fact(msg.labelWithdrawn(), local(event.withdrawnAt(), meeting, language))));
        if (event.reason() != null && !event.reason().isBlank()) {
            facts.add(new EmailContent.Fact(msg.labelReason(), event.reason()));
        }
        EmailContent content = EmailContent.of(language, msg.withdrawnSubject(meeting.id, statesText, title,
                reference), msg.greeting(), paragraphs, facts, footer(msg, meeting, language));
        return render(EmailKind.CONTRIBUTION_WITHDRAWN, meeting, list(meeting.contributionsMailbox),
                states.addresses(), states.missing(), content);
    }

    public Composed speakers(SpeakersChanged event, MeetingReplica meeting) {
        return speakers(event, meeting, MAILBOXES);
    }

    /** The speakers email in the language given, rather than the mailboxes'. */
    Composed speakers(SpeakersChanged event, MeetingReplica meeting, String language) {
        EmailMessages msg = messages(language);
        List<String> paragraphs = List.of(event.speakers().isEmpty()
                ? msg.speakersNone(event.memberState()) : msg.speakersBody(event.memberState()));
        List<EmailContent.Fact> speakers = event.speakers().stream()
                .map(s -> new EmailContent.Fact(s.name(),
                        (s.function() == null ? "" : s.function() + ", ") + s.email()))
                .toList();
        EmailContent content = EmailContent.of(language, msg.speakersSubject(meeting.id, event.memberState(),
                event.speakers().size()), msg.greeting(), paragraphs, speakers, footer(msg, meeting, language));
        return render(EmailKind.SPEAKERS_CHANGED, meeting, list(meeting.speakerMailbox),
                list(meeting.speakerCcMailbox), List.of(), content);
    }

    public Composed additionalRequested(AdditionalSpeakerRequested event, MeetingReplica meeting) {
        return additionalRequested(event, meeting, MAILBOXES);
    }

    /** The additional speaker's request in the language given, rather than the mailboxes'. */
    Composed additionalRequested(AdditionalSpeakerRequested event, MeetingReplica meeting, String language) {
        EmailMessages msg = messages(language);
        List<EmailContent.Fact> facts = event.reason() == null ? List.of()
                : List.of(new EmailContent.Fact(msg.labelReason(), event.reason()));
        EmailContent content = EmailContent.of(language,
                msg.additionalRequestedSubject(meeting.id, event.memberState(), event.participantName(),
                        event.scopeLabel()), msg.greeting(),
                List.of(msg.additionalRequestedBody(event.memberState(), event.participantName(), event.scopeLabel())),
                facts, footer(msg, meeting, language));
        return render(EmailKind.ADDITIONAL_SPEAKER_REQUESTED, meeting, list(meeting.speakerMailbox),
                list(meeting.speakerCcMailbox), List.of(), content);
    }

    public Composed additionalDecided(AdditionalSpeakerDecided event, MeetingReplica meeting,
                                      Function<String, ContactsReplica> contacts) {
        Recipients delegation = contactsOf(List.of(event.memberState()), contacts);
        EmailMessages msg = messages(delegation.language());
        String decision = event.granted() ? msg.granted() : msg.refused();
        List<EmailContent.Fact> facts = event.reason() == null ? List.of()
                : List.of(new EmailContent.Fact(msg.labelReason(), event.reason()));
        EmailContent content = EmailContent.of(delegation.language(),
                msg.additionalDecidedSubject(meeting.id, event.participantName(), event.scopeLabel(), decision),
                msg.greeting(),
                List.of(msg.additionalDecidedBody(decision, event.participantName(), event.scopeLabel())), facts,
                footer(msg, meeting, delegation.language()));
        return render(EmailKind.ADDITIONAL_SPEAKER_DECIDED, meeting, delegation.addresses(),
                list(meeting.speakerMailbox), delegation.missing(), content);
    }

    public Composed participantRegistered(ParticipantRegistered event, MeetingReplica meeting) {
        String language = supported(event.language());
        EmailMessages msg = messages(language);
        String title = Languages.text(meeting.title, language);
        boolean speaker = "SPEAKER".equals(event.role());
        String role = speaker ? msg.speaker() : msg.viewer();
        SealedLink link = SealedLink.of(event.sealedJoinLink(), event.participantId());
        boolean waiting = "WAITING".equals(event.status());
        if (!waiting && link == null) {
            throw new PoisonEvent("participant " + event.participantId() + " is " + event.status()
                    + " but the event carries no sealed link (written before links were sealed?)");
        }
        EmailContent content = waiting
                ? EmailContent.of(language, msg.waitingSubject(meeting.id), msg.greetingPerson(event.name()),
                List.of(msg.waitingBody(title, event.memberState())), List.of(), footer(msg, meeting, language))
                : EmailContent.withLink(language, msg.participantSubject(meeting.id, role),
                msg.greetingPerson(event.name()), List.of(msg.participantBody(title, event.memberState(), role)),
                SealedLink.PLACEHOLDER, speaker ? msg.speakerLink() : msg.viewerLink(), footer(msg, meeting, language));
        return render(EmailKind.PARTICIPANT_LINK, meeting, List.of(event.email()), List.of(), List.of(), content, link);
    }

    public Composed roleChanged(ParticipantRoleChanged event, MeetingReplica meeting) {
        String language = supported(event.language());
        EmailMessages msg = messages(language);
        boolean speaker = "SPEAKER".equals(event.role());
        String role = speaker ? msg.speaker() : msg.viewer();
        List<String> paragraphs = new ArrayList<>(List.of(msg.roleChangedBody(Languages.text(meeting.title, language),
                role)));
        SealedLink link = SealedLink.of(event.sealedJoinLink(), event.participantId());
        if (link == null) {
            paragraphs.add(msg.sameLink(role));
        }
        EmailContent content = EmailContent.withLink(language, msg.roleChangedSubject(meeting.id, role),
                msg.greetingPerson(event.name()), paragraphs, link == null ? null : SealedLink.PLACEHOLDER,
                speaker ? msg.speakerLink() : msg.viewerLink(), footer(msg, meeting, language));
        return render(EmailKind.PARTICIPANT_LINK, meeting, List.of(event.email()), List.of(), List.of(), content, link);
    }

    /** @param due when the reminder was due; said in the email when it goes out late */
    public Composed contributionReminder(MeetingReplica meeting, String state, ContactsReplica contacts, Instant due,
                                         boolean late) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        EmailMessages msg = messages(recipients.language());
        String deadline = local(meeting.contributionDeadline, meeting, recipients.language());
        List<String> paragraphs = new ArrayList<>(List.of(msg.contributionReminderBody(
                Languages.text(meeting.title, recipients.language()), deadline, meeting.timeZone)));
        if (late) {
            paragraphs.add(msg.lateReminder(local(due, meeting, recipients.language())));
        }
        EmailContent content = EmailContent.of(recipients.language(),
                msg.contributionReminderSubject(meeting.id, deadline),
                msg.greeting(), paragraphs, List.of(), footer(msg, meeting, recipients.language()));
        return render(EmailKind.CONTRIBUTION_DEADLINE_REMINDER, meeting, recipients.addresses(),
                List.of(), recipients.missing(), content);
    }

    /** Published: one submitting state's contact persons told, in their language, under which reference. */
    public Composed published(ContributionPublished event, MeetingReplica meeting, String state,
                              ContactsReplica contacts) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        EmailMessages msg = messages(recipients.language());
        String title = event.title() == null ? "" : event.title();
        EmailContent content = EmailContent.of(recipients.language(),
                msg.publishedSubject(meeting.id, event.publicReference(), title), msg.greeting(),
                List.of(msg.publishedBody(String.join(", ", event.submittingMemberStates()),
                        orDash(event.documentReference()), title, event.publicReference())), List.of(),
                footer(msg, meeting, recipients.language()));
        return render(EmailKind.CONTRIBUTION_PUBLISHED, meeting, recipients.addresses(), List.of(),
                recipients.missing(), content);
    }

    /** The deadline moved: one state's contact persons told, in their language, from when to when and why. */
    public Composed deadlineChanged(MeetingReplica meeting, String state, ContactsReplica contacts,
                                    Instant previous, String reason) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        String language = recipients.language();
        EmailMessages msg = messages(language);
        String deadline = local(meeting.contributionDeadline, meeting, language);
        List<EmailContent.Fact> facts = reason == null || reason.isBlank() ? List.of()
                : List.of(new EmailContent.Fact(msg.labelReason(), reason));
        EmailContent content = EmailContent.of(language, msg.deadlineChangedSubject(meeting.id, deadline),
                msg.greeting(), List.of(msg.deadlineChangedBody(Languages.text(meeting.title, language),
                        local(previous, meeting, language), deadline, meeting.timeZone)), facts,
                footer(msg, meeting, language));
        return render(EmailKind.CONTRIBUTION_DEADLINE_CHANGED, meeting, recipients.addresses(), List.of(),
                recipients.missing(), content);
    }

    /** The agenda adopted: one state's contact persons told the version, what changed since the last, the items. */
    public Composed agendaAdopted(MeetingReplica meeting, String state, ContactsReplica contacts, AgendaAdopted event,
                                  AgendaChanges changes) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        String language = recipients.language();
        EmailMessages msg = messages(language);
        List<String> paragraphs = new ArrayList<>(List.of(msg.agendaAdoptedBody(Languages.text(meeting.title,
                language), event.version(), event.items().size())));
        paragraphs.add(changes.previous() == null ? msg.agendaFirstVersion()
                : changes.none() ? msg.agendaUnchanged(changes.previous())
                : msg.agendaChangedFrom(changes.previous()));
        List<EmailContent.Fact> facts = new ArrayList<>();
        if (event.reason() != null && !event.reason().isBlank()) {
            facts.add(new EmailContent.Fact(msg.labelReason(), event.reason()));
        }
        addItems(facts, msg.labelAdded(), changes.added(), language);
        addItems(facts, msg.labelRemoved(), changes.removed(), language);
        if (!changes.renumbered().isEmpty()) {
            facts.add(new EmailContent.Fact(msg.labelRenumbered(), String.join("\n", changes.renumbered().stream()
                    .map(r -> r.from() + " → " + item(r.item(), language)).toList())));
        }
        addItems(facts, msg.labelRetitled(), changes.retitled(), language);
        addItems(facts, msg.labelAgenda(), event.items(), language);
        EmailContent content = EmailContent.of(language, msg.agendaAdoptedSubject(meeting.id, event.version()),
                msg.greeting(), paragraphs, facts, footer(msg, meeting, language));
        return render(EmailKind.AGENDA_ADOPTED, meeting, recipients.addresses(), List.of(), recipients.missing(),
                content);
    }

    /**
     * The time plan published: one state's contact persons told when the sessions are and what each discusses, with
     * the plan attached as a calendar file in their language.
     */
    public Composed timePlanPublished(MeetingReplica meeting, String state, ContactsReplica contacts,
                                      TimePlanPublished event) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        String language = recipients.language();
        EmailMessages msg = messages(language);
        ZoneId zone = ZoneId.of(event.timeZone());
        List<EmailContent.Fact> sessions = event.sessions().stream().map(session -> new EmailContent.Fact(
                local(session.startsAt(), meeting, language) + "–"
                        + DateTimeFormatter.ofPattern("HH:mm").format(session.endsAt().atZone(zone)),
                sessionItems(session, msg, language))).toList();
        EmailContent content = EmailContent.of(language, msg.timePlanSubject(meeting.id), msg.greeting(),
                List.of(msg.timePlanBody(Languages.text(meeting.title, language), event.sessions().size(),
                        event.timeZone())), sessions, footer(msg, meeting, language));
        byte[] calendar = ICalendar.write(Languages.text(meeting.title, language), zone, event.publishedAt(),
                event.sessions().stream().map(session -> new ICalendar.Event(session.sessionId() + "@plenary",
                        session.startsAt().atZone(zone).toLocalDateTime(),
                        session.endsAt().atZone(zone).toLocalDateTime(),
                        meeting.id + ": " + sessionTitle(session, msg, language),
                        sessionItems(session, msg, language))).toList()).getBytes(StandardCharsets.UTF_8);
        return render(EmailKind.TIME_PLAN_PUBLISHED, meeting, recipients.addresses(), List.of(),
                recipients.missing(), content).attaching(List.of(new Attachment(meeting.id + "_time-plan.ics",
                Attachment.CALENDAR, calendar)));
    }

    private static String sessionTitle(TimePlanPublished.Session session, EmailMessages msg, String language) {
        return session.title() == null ? msg.session() : Languages.text(session.title(), language);
    }

    /** "Opening session" then one line per item: "12. Title, 20 min". */
    private static String sessionItems(TimePlanPublished.Session session, EmailMessages msg, String language) {
        List<String> lines = new ArrayList<>(List.of(sessionTitle(session, msg, language)));
        session.items().forEach(slot -> lines.add(slot.number() + ". "
                + (slot.title() == null ? "" : Languages.text(slot.title(), language) + ", ")
                + msg.minutes(slot.minutes())));
        return String.join("\n", lines);
    }

    private static void addItems(List<EmailContent.Fact> facts, String label, List<AgendaAdopted.Item> items,
                                 String language) {
        if (!items.isEmpty()) {
            facts.add(new EmailContent.Fact(label, String.join("\n",
                    items.stream().map(item -> item(item, language)).toList())));
        }
    }

    /** "12. Title (C20/55)". */
    private static String item(AgendaAdopted.Item item, String language) {
        return item.number() + ". " + Languages.text(item.title(), language)
                + (item.documentReference() == null ? "" : " (" + item.documentReference() + ")");
    }

    public Composed speakerReminder(MeetingReplica meeting, String state, ContactsReplica contacts, Instant due,
                                    boolean late) {
        Recipients recipients = contactsOf(List.of(state), s -> contacts);
        EmailMessages msg = messages(recipients.language());
        String startsOn = day(recipients.language()).format(meeting.startsOn);
        List<String> paragraphs = new ArrayList<>(List.of(msg.speakerReminderBody(
                Languages.text(meeting.title, recipients.language()), startsOn, state)));
        if (late) {
            paragraphs.add(msg.lateReminder(local(due, meeting, recipients.language())));
        }
        EmailContent content = EmailContent.of(recipients.language(), msg.speakerReminderSubject(meeting.id),
                msg.greeting(), paragraphs, List.of(), footer(msg, meeting, recipients.language()));
        return render(EmailKind.SPEAKER_DESIGNATION_REMINDER, meeting, recipients.addresses(),
                List.of(), recipients.missing(), content);
    }

    /** Every contact person of the states, each address once; the states with none; the first person's language. */
    public static Recipients contactsOf(List<String> states, Function<String, ContactsReplica> contacts) {
        Set<String> addresses = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        String language = null;
        for (String state : states) {
            ContactsReplica known = contacts.apply(state);
            if (known == null || known.contactPersons.isEmpty()) {
                missing.add(state);
                continue;
            }
            for (ContactsReplica.Person person : known.contactPersons) {
                addresses.add(person.email());
                language = language == null ? person.language() : language;
            }
        }
        return new Recipients(List.copyOf(addresses), missing, supported(language));
    }

    /** One of the six UN languages, every one of which has a translation; anything else gets English. */
    private static String supported(String language) {
        return language != null && Languages.UN.contains(language) ? language : Languages.FALLBACK;
    }

    private static EmailMessages messages(String language) {
        return Languages.FALLBACK.equals(language) ? MessageBundles.get(EmailMessages.class)
                : MessageBundles.get(EmailMessages.class, Localized.Literal.of(language));
    }

    /** The meeting and where replies go; then the meeting's contact person, as the letter's header names them. */
    private static List<String> footer(EmailMessages msg, MeetingReplica meeting, String language) {
        String replies = msg.footer(Languages.text(meeting.title, language),
                meeting.secretariatMailbox == null ? "-" : meeting.secretariatMailbox);
        MeetingReplica.Contact contact = meeting.contact;
        if (contact == null) {
            return List.of(replies);
        }
        String person = String.join(", ", Stream.of(contact.name(), contact.phone(), contact.email())
                .filter(part -> part != null && !part.isBlank()).toList());
        return List.of(replies, msg.footerContact(person));
    }

    /** "2 June 2020, 24:00" for the end of a day, as the letter would say it; else "9 June 2020, 12:00". */
    static String local(Instant instant, MeetingReplica meeting, String language) {
        ZonedDateTime local = instant.atZone(ZoneId.of(meeting.timeZone));
        DateTimeFormatter day = day(language);
        return EndOfDay.dayEndingAt(local).map(ended -> day.format(ended) + ", 24:00")
                .orElseGet(() -> day.format(local) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(local));
    }

    /**
     * A day as each language writes it in a sentence: "2 June 2020", "2 juin 2020", "2020年6月2日", "2 de junio de
     * 2020", "2 июня 2020 г.", "2 يونيو 2020" (the JDK's month names; one pattern for all read "2 六月 2020" in Chinese).
     */
    private static DateTimeFormatter day(String language) {
        String pattern = switch (language) {
            case "zh" -> "uuuu年M月d日";
            case "es" -> "d 'de' MMMM 'de' uuuu";
            case "ru" -> "d MMMM uuuu 'г.'";
            default -> "d MMMM uuuu";
        };
        return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language));
    }

    private static List<String> list(String address) {
        return address == null ? List.of() : List.of(address);
    }

    private static Composed render(EmailKind kind, MeetingReplica meeting, List<String> to, List<String> cc,
                                   List<String> missing, EmailContent content) {
        return render(kind, meeting, to, cc, missing, content, null);
    }

    /**
     * Every email of a meeting: from the meeting's sender (when it names one), replies to the meeting's secretariat
     * mailbox (gbs@itu.int in the letter).
     */
    private static Composed render(EmailKind kind, MeetingReplica meeting, List<String> to, List<String> cc,
                                   List<String> missing, EmailContent content, SealedLink link) {
        return new Composed(kind, content.language(), to, cc, missing, headerSafe(content.subject()),
                EmailTemplates.text(content).render(), EmailTemplates.html(content).render(), link,
                meeting.secretariatMailbox, meeting.sender, List.of());
    }

    /**
     * The subject is a header: whatever an event carries (titles and names were checked where they were written, but
     * an event is not trusted to be so), line breaks and other control characters become spaces.
     */
    static String headerSafe(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** A template field an event written before it carried the text does not have. */
    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
