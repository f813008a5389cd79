package org.plenary.dashboard.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the dashboard, in English here and in Arabic, Chinese, French, Russian and Spanish in
 * {@code src/main/resources/messages/msg_<language>.properties}. Templates write {@code {msg:key}}; a value's name
 * (a status, a role) is looked up as {@code {msg:message(value.labelKey('status_'))}}. LabelsTest fails when a key
 * is missing in any of the six.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Labels {

    @Message("Skip to content")
    String skip_to_content();

    @Message("Language")
    String language();

    @Message("Change language")
    String change_language();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Sign out")
    String sign_out();

    @Message("Sections")
    String sections();

    @Message("Overview")
    String overview();

    @Message("Agenda")
    String agenda();

    @Message("Contributions")
    String contributions();

    @Message("Registration")
    String registration();

    @Message("Emails")
    String emails();

    @Message("Time plan")
    String time_plan();

    @Message("Meetings")
    String meetings();

    @Message("Not done: {detail}")
    String refused(String detail);

    @Message("You are signed out")
    String signed_out();

    @Message("Sign in again")
    String sign_in_again();

    @Message("Back to the start")
    String back_to_start();

    @Message("This page cannot be shown")
    String page_failed();

    @Message("This dashboard is for the secretariat")
    String not_secretariat();

    @Message("This form was not accepted")
    String form_refused();

    @Message("It came without its security token, or from a page left open too long. Nothing was changed: go back, reload the page and send the form again.")
    String form_refused_why();

    @Message("Contribution deadline")
    String contribution_deadline();

    @Message("In your time zone")
    String in_your_time_zone();

    @Message("Time left")
    String time_left();

    @Message("Changes of the deadline")
    String deadline_history();

    @Message("The deadline has not been changed.")
    String deadline_never_changed();

    @Message("Changed at")
    String changed_at();

    @Message("From")
    String from();

    @Message("To")
    String to();

    @Message("Reason")
    String reason();

    @Message("By")
    String by();

    @Message("Extend or change the deadline")
    String extend_deadline();

    @Message("Date")
    String date();

    @Message("Time")
    String time();

    @Message("HH:MM; 24:00 is the end of the day")
    String time_help();

    @Message("Change the deadline")
    String change_deadline();

    @Message("Speakers and viewers")
    String pools();

    @Message("Speakers")
    String speakers();

    @Message("Viewers")
    String viewers();

    @Message("{used} of {capacity} places taken")
    String used(Integer used, Integer capacity);

    @Message("{free} free")
    String free(Integer free);

    @Message("{waiting} waiting")
    String waiting(Long waiting);

    @Message("Received in all")
    String received_in_all();

    @Message("Received today")
    String received_today();

    @Message("Accepted late")
    String received_late();

    @Message("Email")
    String email_health();

    @Message("Next reminders")
    String next_reminders();

    @Message("No reminder is planned.")
    String no_reminders();

    @Message("The consultation's time now")
    String consultation_clock();

    @Message("Adopted version {version}")
    String adopted_version(Integer version);

    @Message("Not adopted yet.")
    String never_adopted();

    @Message("{count} items")
    String agenda_items_caption(Integer count);

    @Message("No.")
    String number();

    @Message("Title")
    String title();

    @Message("Document")
    String document();

    @Message("Outcome")
    String outcome();

    @Message("Venue")
    String venue();

    @Message("Proposals")
    String proposals();

    @Message("Change")
    String change();

    @Message("Change item {number}")
    String change_item(Integer number);

    @Message("Reason (required once the agenda is adopted)")
    String reason_after_adoption();

    @Message("Save")
    String save();

    @Message("Remove item {number}")
    String remove_item(Integer number);

    @Message("Add an item")
    String add_item();

    @Message("Adopt this version of the agenda")
    String adopt_version();

    @Message("Adopt")
    String adopt();

    @Message("Adopted versions")
    String versions();

    @Message("Version {number}, adopted {adoptedAt}, {items} items")
    String version_line(Integer number, String adoptedAt, Integer items);

    @Message("Compare side by side")
    String compare();

    @Message("Version {number}")
    String version_n(Integer number);

    @Message("Removed")
    String removed();

    @Message("Added")
    String added();

    @Message("Was number {number}")
    String renumbered_from(Integer number);

    @Message("Now number {number}")
    String renumbered_to(Integer number);

    @Message("New title of item {number}")
    String retitled(Integer number);

    @Message("Agenda item")
    String item();

    @Message("All")
    String all();

    @Message("Member state")
    String member_state();

    @Message("Status")
    String status();

    @Message("On time or late")
    String timeliness();

    @Message("Late")
    String late();

    @Message("On time")
    String on_time();

    @Message("Filter")
    String filter();

    @Message("{count} contributions")
    String contributions_caption(Integer count);

    @Message("Reference")
    String reference();

    @Message("Submitting member states")
    String submitting_states();

    @Message("Submitted")
    String submitted_at();

    @Message("Record a contribution received late")
    String record_late();

    @Message("For a contribution that reached the secretariat after the deadline: it is accepted with the reason given.")
    String record_late_help();

    @Message("Submitting member states (ISO codes, the lead first, e.g. KEN BRA)")
    String submitting_states_help();

    @Message("Comments on the document")
    String comments_on_document();

    @Message("Proposed way forward")
    String proposed_way_forward();

    @Message("Contact person")
    String contact_name();

    @Message("Contact person's email")
    String contact_email();

    @Message("Reason for accepting it late")
    String late_reason();

    @Message("{words} words, about {pages} pages: longer than the {max} pages recommended")
    String length_warning(Integer words, java.math.BigDecimal pages, java.math.BigDecimal max);

    @Message("Contact")
    String contact();

    @Message("Length")
    String length();

    @Message("{words} words, about {pages} pages")
    String length_value(Integer words, java.math.BigDecimal pages);

    @Message("Published")
    String published_at();

    @Message("Withdrawn")
    String withdrawn_at();

    @Message("Publish")
    String publish();

    @Message("Withdraw")
    String withdraw();

    @Message("Revisions")
    String revisions();

    @Message("Revision")
    String revision();

    @Message("Revised")
    String revised_at();

    @Message("Waiting list")
    String waiting_list();

    @Message("Speakers per delegation")
    String speakers_per_delegation();

    @Message("Sizes of the pools")
    String pool_sizes();

    @Message("Most speakers per delegation")
    String speakers_per_delegation_max();

    @Message("List of speakers (CSV) for the platform operator")
    String speakers_csv();

    @Message("Requests for an additional speaker")
    String additional_speakers();

    @Message("No request.")
    String no_requests();

    @Message("For")
    String requested_for();

    @Message("Requested")
    String requested_at();

    @Message("Decision")
    String decision();

    @Message("Grant")
    String grant();

    @Message("Refuse")
    String refuse();

    @Message("Nobody is waiting.")
    String nobody_waiting();

    @Message("Delegations")
    String delegations();

    @Message("People")
    String people();

    @Message("Kind")
    String kind();

    @Message("Recipient")
    String recipient();

    @Message("{total} emails")
    String ledger_caption(Long total);

    @Message("Recorded")
    String created_at();

    @Message("Subject")
    String subject();

    @Message("Recipients")
    String recipients();

    @Message("Attempts")
    String attempts();

    @Message("Pages")
    String pages();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("Reminders")
    String reminders();

    @Message("Before the deadline")
    String offset();

    @Message("Due")
    String due_at();

    @Message("State")
    String state();

    @Message("Reminders before the deadline (ISO 8601 durations, e.g. P7D, P1D, PT2H)")
    String offsets_help();

    @Message("Recipients without an address")
    String missing_recipients();

    @Message("Recipients refused")
    String refused_recipients();

    @Message("Last error")
    String last_error();

    @Message("Sent")
    String sent_at();

    @Message("Send again")
    String resend();

    @Message("Content")
    String content();

    @Message("Calendar")
    String calendar();

    @Message("Subscribe to this address in a calendar application: it follows the published time plan. Keep it to the secretariat.")
    String calendar_help();

    @Message("Calendar address")
    String calendar_url();

    @Message("{allocated} of {minutes} minutes allocated")
    String minutes_allocated(Integer allocated, Integer minutes);

    @Message("{minutes} min")
    String minutes(Integer minutes);

    @Message("Items and minutes, one per line (e.g. 5 20)")
    String allocation_help();

    @Message("Cancel this session")
    String cancel_session();

    @Message("Schedule a session")
    String schedule_session();

    @Message("Start")
    String start();

    @Message("End")
    String end();

    @Message("Publish the time plan")
    String publish_plan();

    @Message("Draft")
    String agenda_DRAFT();

    @Message("Adopted")
    String agenda_ADOPTED();

    @Message("Submitted")
    String contribution_SUBMITTED();

    @Message("Published")
    String contribution_PUBLISHED();

    @Message("Withdrawn")
    String contribution_WITHDRAWN();

    @Message("None")
    String outcome_NONE();

    @Message("Decision")
    String outcome_DECISION();

    @Message("Resolution")
    String outcome_RESOLUTION();

    @Message("Resolution and decision")
    String outcome_RESOLUTION_AND_DECISION();

    @Message("Not decided")
    String venue_UNSPECIFIED();

    @Message("Not decided")
    String outcome_UNSPECIFIED();

    @Message("Virtual consultation")
    String venue_VIRTUAL_CONSULTATION();

    @Message("Physical meeting")
    String venue_PHYSICAL_MEETING();

    @Message("active")
    String participant_ACTIVE();

    @Message("waiting")
    String participant_WAITING();

    @Message("cancelled")
    String participant_CANCELLED();

    @Message("Draft")
    String plan_DRAFT();

    @Message("Published")
    String plan_PUBLISHED();

    @Message("to the physical meeting")
    String proposal_MOVE_TO_PHYSICAL_MEETING();

    @Message("to the virtual consultation")
    String proposal_MOVE_TO_VIRTUAL_CONSULTATION();

    @Message("new item")
    String proposal_NEW_ITEM();

    @Message("all items virtually")
    String proposal_DISCUSS_ALL_ITEMS_VIRTUALLY();

    @Message("Awaiting a decision")
    String request_REQUESTED();

    @Message("Granted")
    String request_GRANTED();

    @Message("Refused")
    String request_REFUSED();

    @Message("speaker")
    String role_SPEAKER();

    @Message("viewer")
    String role_VIEWER();

    @Message("Waiting to be sent")
    String status_PENDING();

    @Message("Sent")
    String status_SENT();

    @Message("Failed, to be retried")
    String status_FAILED();

    @Message("Dead: will not be retried")
    String status_DEAD();

    @Message("The deadline is changed; member states are told and the reminders follow it.")
    String deadline_changed();

    @Message("The contribution is published.")
    String contribution_published();

    @Message("The contribution is withdrawn.")
    String contribution_withdrawn();

    @Message("The contribution is recorded.")
    String contribution_recorded();

    @Message("The item is added.")
    String item_added();

    @Message("The item is changed.")
    String item_changed();

    @Message("The item is removed.")
    String item_removed();

    @Message("The agenda is adopted.")
    String agenda_adopted();

    @Message("The request is granted.")
    String request_granted();

    @Message("The request is refused.")
    String request_refused();

    @Message("The pools are resized.")
    String capacity_changed();

    @Message("The email is sent again.")
    String email_resent();

    @Message("The reminders are planned again.")
    String offsets_changed();

    @Message("The session is scheduled.")
    String session_scheduled();

    @Message("The allocation is saved.")
    String allocation_changed();

    @Message("The session is cancelled.")
    String session_cancelled();

    @Message("The time plan is published.")
    String plan_published();

    @Message("Contribution deadline")
    String reminder_CONTRIBUTION_DEADLINE();

    @Message("Designation of speakers")
    String reminder_SPEAKER_DESIGNATION();

    @Message("Contribution")
    String kind_CONTRIBUTION();

    @Message("Speakers changed")
    String kind_SPEAKERS_CHANGED();

    @Message("Additional speaker requested")
    String kind_ADDITIONAL_SPEAKER_REQUESTED();

    @Message("Additional speaker decided")
    String kind_ADDITIONAL_SPEAKER_DECIDED();

    @Message("Personal link")
    String kind_PARTICIPANT_LINK();

    @Message("Deadline reminder")
    String kind_CONTRIBUTION_DEADLINE_REMINDER();

    @Message("Speaker designation reminder")
    String kind_SPEAKER_DESIGNATION_REMINDER();

    @Message("New title, if it changes")
    String new_title();

    @Message("Decide")
    String decide();

    @Message("Planned")
    String reminder_state_PLANNED();

    @Message("Due")
    String reminder_state_DUE();

    @Message("Sent to the ledger")
    String reminder_state_RECORDED();

    @Message("Skipped")
    String reminder_state_SKIPPED();

    @Message("Replaced")
    String reminder_state_SUPERSEDED();

    @Message("Expired")
    String reminder_state_EXPIRED();

    @Message("It arrived on time: no late acceptance was needed.")
    String warning_LATE_ACCEPTANCE_NOT_NEEDED();

    @Message("Deadline changed")
    String kind_CONTRIBUTION_DEADLINE_CHANGED();

    @Message("Contribution published")
    String kind_CONTRIBUTION_PUBLISHED();

    @Message("Contribution withdrawn")
    String kind_CONTRIBUTION_WITHDRAWN();

    @Message("Attached files")
    String attachments();

    @Message("Agenda adopted")
    String kind_AGENDA_ADOPTED();

    @Message("Time plan published")
    String kind_TIME_PLAN_PUBLISHED();
}
