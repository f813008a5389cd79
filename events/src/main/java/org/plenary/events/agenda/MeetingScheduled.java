package org.plenary.events.agenda;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A meeting exists, or its configuration changed (published again with the full state). Key: the meeting id.
 *
 * @param title                multilingual title, by UN language code (ar, zh, en, fr, ru, es)
 * @param timeZone             IANA time zone in which the meeting's dates and deadlines are read
 * @param contributionDeadline the instant after which contributions are late
 * @param capacity             the platform capacity announced for the meeting; registration-service starts from it
 * @param contact              the secretariat's contact person for the meeting, named in every email's footer; null
 *                             when none is given and in events written before it existed
 * @param addressedTo          whom the meeting is for: {@link #COUNCIL_MEMBER_STATES} (the letter's "ITU Council Member
 *                             States") or {@link #ALL_MEMBER_STATES}; reminders and announcements go to those. Null in
 *                             events written before it existed, read as all member states
 * @param observersAllowed     whether member states it is not addressed to may register and contribute as observers;
 *                             null in events written before it existed, read as allowed
 */
public record MeetingScheduled(
        String meetingId,
        Map<String, String> title,
        String timeZone,
        LocalDate startsOn,
        Instant contributionDeadline,
        Mailboxes mailboxes,
        Capacity capacity,
        Contact contact,
        String addressedTo,
        Boolean observersAllowed) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.meeting-scheduled.v1";

    /** The ITU Council's Member States (48 in 2020): the letter's addressees. */
    public static final String COUNCIL_MEMBER_STATES = "COUNCIL_MEMBER_STATES";

    /** Every ITU Member State. */
    public static final String ALL_MEMBER_STATES = "ALL_MEMBER_STATES";

    /** A meeting as events written before its contact person and audience existed describe it. */
    public MeetingScheduled(String meetingId, Map<String, String> title, String timeZone, LocalDate startsOn,
                            Instant contributionDeadline, Mailboxes mailboxes, Capacity capacity) {
        this(meetingId, title, timeZone, startsOn, contributionDeadline, mailboxes, capacity, null, null, null);
    }

    /** Whom reminders and announcements go to; all member states when the event does not say. */
    public String audience() {
        return addressedTo == null ? ALL_MEMBER_STATES : addressedTo;
    }

    /** Whether a state outside {@link #audience()} may take part as an observer; allowed when the event does not say. */
    public boolean admitsObservers() {
        return observersAllowed == null || observersAllowed;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /**
     * @param sender the From of every email about the meeting; null when the notification service's configured sender
     *               applies (and in events written before it existed)
     */
    public record Mailboxes(String contributions, String speakerRegistration, String speakerRegistrationCc,
                            String secretariat, String sender) {

        /** Mailboxes as events written before the sender existed give them. */
        public Mailboxes(String contributions, String speakerRegistration, String speakerRegistrationCc,
                         String secretariat) {
            this(contributions, speakerRegistration, speakerRegistrationCc, secretariat, null);
        }
    }

    /** The letter's "联系人 / 电话 / 电子邮件": who at the secretariat answers for the meeting. */
    public record Contact(String name, String phone, String email) {
    }

    public record Capacity(int speakers, int viewers, int speakersPerDelegationMin, int speakersPerDelegationMax) {
    }
}
