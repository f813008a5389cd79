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
 */
public record MeetingScheduled(
        String meetingId,
        Map<String, String> title,
        String timeZone,
        LocalDate startsOn,
        Instant contributionDeadline,
        Mailboxes mailboxes,
        Capacity capacity) implements AgendaEvent {

    public static final String TYPE = "plenary.agenda.meeting-scheduled.v1";

    @Override
    public String type() {
        return TYPE;
    }

    public record Mailboxes(String contributions, String speakerRegistration, String speakerRegistrationCc,
                            String secretariat) {
    }

    public record Capacity(int speakers, int viewers, int speakersPerDelegationMin, int speakersPerDelegationMax) {
    }
}
