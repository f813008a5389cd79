package org.plenary.notification.emails;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every sentence of every email, in English here; in the five other UN languages in
 * {@code messages/msg_<language>.properties} (ar, zh, fr, ru, es), one line per method with the same
 * {@code {placeholders}}, which {@code EmailMessagesTest} holds them to. A new sentence is a method here and a line in
 * each file. A language that is not one of the six gets English.
 */
@MessageBundle(value = "msg", locale = "en")
public interface EmailMessages {

    @Message("Dear colleagues,")
    String greeting();

    @Message("Dear {name},")
    String greetingPerson(String name);

    @Message("{meeting}. This message was sent automatically by Plenary; replies reach the secretariat at {secretariat}.")
    String footer(String meeting, String secretariat);

    @Message("[{meetingId}] Contribution from {states}: {title} ({reference})")
    String contributionSubject(String meetingId, String states, String title, String reference);

    @Message("[{meetingId}] Revised contribution (revision {revision}) from {states}: {title} ({reference})")
    String contributionRevisedSubject(String meetingId, int revision, String states, String title, String reference);

    @Message("A contribution from {states} on agenda item {itemNumber} ({reference}) has been received.")
    String contributionReceived(String states, int itemNumber, String reference);

    @Message("Revision {revision} of the contribution from {states} on agenda item {itemNumber} ({reference}) has been received.")
    String contributionRevised(int revision, String states, int itemNumber, String reference);

    @Message("It was received after the deadline and accepted by the secretariat.")
    String contributionLate();

    @Message("No longer among the submitting member states: {states}. This copy tells them so; they will not receive "
            + "further emails about this contribution.")
    String contributionStatesRemoved(String states);

    @Message("No contact person is known yet for: {states}.")
    String missingContacts(String states);

    @Message("Title")
    String labelTitle();

    @Message("Submitting member states")
    String labelStates();

    @Message("Language")
    String labelLanguage();

    @Message("Received")
    String labelReceived();

    @Message("Document concerned")
    String labelDocument();

    @Message("Comments on the document")
    String labelComments();

    @Message("Proposed way forward")
    String labelWayForward();

    @Message("[{meetingId}] Contribution withdrawn: {states}, {title} ({reference})")
    String withdrawnSubject(String meetingId, String states, String title, String reference);

    @Message("The contribution from {states} on agenda item {itemNumber} ({reference}) has been withdrawn. It will not be considered in the consultation; every submitting member state receives this copy.")
    String withdrawnBody(String states, int itemNumber, String reference);

    @Message("Withdrawn by")
    String labelWithdrawnBy();

    @Message("Withdrawn")
    String labelWithdrawn();

    @Message("Secretariat")
    String theSecretariat();

    @Message("[{meetingId}] Speakers of {state}: {count} named")
    String speakersSubject(String meetingId, String state, int count);

    @Message("The delegation of {state} now names these speakers:")
    String speakersBody(String state);

    @Message("The delegation of {state} has no speaker at the moment.")
    String speakersNone(String state);

    @Message("[{meetingId}] {state} asks for an additional speaker: {name}, {scope}")
    String additionalRequestedSubject(String meetingId, String state, String name, String scope);

    @Message("The delegation of {state} asks that {name} may speak as an additional speaker for {scope}.")
    String additionalRequestedBody(String state, String name, String scope);

    @Message("Reason given")
    String labelReason();

    @Message("[{meetingId}] Additional speaker {name}, {scope}: {decision}")
    String additionalDecidedSubject(String meetingId, String name, String scope, String decision);

    @Message("granted")
    String granted();

    @Message("refused")
    String refused();

    @Message("The secretariat has {decision} the request for {name} to speak as an additional speaker for {scope}.")
    String additionalDecidedBody(String decision, String name, String scope);

    @Message("[{meetingId}] Your personal {role} link")
    String participantSubject(String meetingId, String role);

    @Message("speaker")
    String speaker();

    @Message("viewer")
    String viewer();

    @Message("You are registered for {meeting} in the delegation of {state} as a {role}. The link below is yours alone: do not share it.")
    String participantBody(String meeting, String state, String role);

    @Message("[{meetingId}] You are on the waiting list")
    String waitingSubject(String meetingId);

    @Message("You are registered for {meeting} in the delegation of {state}. All viewer places are taken: you are on the waiting list, and will receive your link as soon as a place is free.")
    String waitingBody(String meeting, String state);

    @Message("[{meetingId}] You now take part as a {role}")
    String roleChangedSubject(String meetingId, String role);

    @Message("You now take part in {meeting} as a {role}.")
    String roleChangedBody(String meeting, String role);

    @Message("Your speaker link")
    String speakerLink();

    @Message("Your viewer link")
    String viewerLink();

    @Message("Your link stays the same; it now leads to the {role} room.")
    String sameLink(String role);

    @Message("[{meetingId}] Contributions are due by {deadline}")
    String contributionReminderSubject(String meetingId, String deadline);

    @Message("Member states are invited to submit their contributions on the agenda items of {meeting} by {deadline} ({timeZone} time). Contributions received before then are included in the draft agenda.")
    String contributionReminderBody(String meeting, String deadline, String timeZone);

    @Message("[{meetingId}] Your contribution is published as {publicReference}: {title}")
    String publishedSubject(String meetingId, String publicReference, String title);

    @Message("The secretariat has published the contribution from {states} on {reference}, \"{title}\", as {publicReference}. Every member state may now read it.")
    String publishedBody(String states, String reference, String title, String publicReference);

    @Message("[{meetingId}] The deadline for contributions is now {deadline}")
    String deadlineChangedSubject(String meetingId, String deadline);

    @Message("The deadline for contributions to {meeting} has been changed from {previous} to {deadline} ({timeZone} time).")
    String deadlineChangedBody(String meeting, String previous, String deadline, String timeZone);

    @Message("[{meetingId}] Please name your delegation's speakers")
    String speakerReminderSubject(String meetingId);

    @Message("{meeting} begins on {startsOn}. The delegation of {state} has not named a speaker yet: each delegation names one to three speakers.")
    String speakerReminderBody(String meeting, String startsOn, String state);

    @Message("This reminder is sent late: it was due at {due}.")
    String lateReminder(String due);

    @Message("Contact person for this meeting: {contact}.")
    String footerContact(String contact);

    @Message("The contribution is attached as a Word document ({file}).")
    String contributionAttached(String file);

    @Message("Contribution of Member States on the items of the draft agenda of {meeting}")
    String documentHeading(String meeting);

    @Message("Revision {revision}: it replaces the earlier versions.")
    String documentRevision(int revision);

    @Message("[{meetingId}] The agenda is adopted: version {version}")
    String agendaAdoptedSubject(String meetingId, int version);

    @Message("The agenda of {meeting} has been adopted as version {version}, with {items} items.")
    String agendaAdoptedBody(String meeting, int version, int items);

    @Message("This is the first adopted version of the agenda.")
    String agendaFirstVersion();

    @Message("Its items are those of version {previous}.")
    String agendaUnchanged(int previous);

    @Message("The changes from version {previous} are listed below.")
    String agendaChangedFrom(int previous);

    @Message("Items added")
    String labelAdded();

    @Message("Items removed")
    String labelRemoved();

    @Message("Items renumbered")
    String labelRenumbered();

    @Message("Items with a new title or document")
    String labelRetitled();

    @Message("Agenda")
    String labelAgenda();

    @Message("[{meetingId}] The time-management plan is published")
    String timePlanSubject(String meetingId);

    @Message("The secretariat has published the draft time-management plan of {meeting}: {sessions} sessions, at the times below ({timeZone} time). The attached calendar file (.ics) holds every session; the plan is also published on the website.")
    String timePlanBody(String meeting, int sessions, String timeZone);

    @Message("Session")
    String session();

    @Message("{minutes} min")
    String minutes(int minutes);
}
