package org.plenary.agenda.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.i18n.Languages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

@Schema(name = "Meeting")
public record MeetingView(
        String id,
        @Schema(description = "Title in the language chosen by Accept-Language (English when missing)") String title,
        @Schema(description = "Every translation, by UN language code") Map<String, String> titles,
        String timeZone,
        LocalDate startsOn,
        @Schema(description = "The instant after which contributions are late (UTC)") Instant contributionDeadline,
        @Schema(description = "The same deadline in the meeting's time zone", example = "2020-06-03T00:00+02:00[Europe/Zurich]")
        String contributionDeadlineLocal,
        Meeting.Mailboxes mailboxes,
        Meeting.Capacity capacity,
        @Schema(description = "The secretariat's contact person; absent when none is given") Meeting.Contact contact,
        @Schema(description = "Whom the meeting is for: reminders and announcements go to these member states")
        Meeting.Audience addressedTo,
        @Schema(description = "Whether member states it is not addressed to may register and contribute as observers")
        boolean observersAllowed) {

    public static MeetingView of(Meeting meeting, String language) {
        return new MeetingView(meeting.id, Languages.text(meeting.title, language), meeting.title, meeting.timeZone,
                meeting.startsOn, meeting.contributionDeadline,
                Deadlines.local(meeting.contributionDeadline, meeting.timeZone),
                meeting.mailboxes, meeting.capacity, meeting.contact, meeting.addressedTo, meeting.observersAllowed);
    }
}
