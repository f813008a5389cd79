package org.plenary.agenda.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.time.LocalDate;
import java.util.Map;

@Schema(name = "ChangeMeeting", description = "Only the fields given change. The deadline has its own operation, "
        + "which keeps its history; the time zone is fixed once deadlines and sessions are stated in it.")
public record ChangeMeetingRequest(
        @Size(max = 6) @Schema(description = "Replaces the translations given; others are kept")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 500) @SingleLine String> title,
        LocalDate startsOn,
        @Valid CreateMeetingRequest.Mailboxes mailboxes,
        @Valid CreateMeetingRequest.Capacity capacity,
        @Valid CreateMeetingRequest.Contact contact,
        Meeting.Audience addressedTo,
        Boolean observersAllowed) {

    MeetingChange toCommand() {
        return new MeetingChange(title, startsOn, mailboxes == null ? null : mailboxes.toMailboxes(),
                capacity == null ? null : capacity.toCapacity(), contact == null ? null : contact.toContact(),
                addressedTo, observersAllowed);
    }
}
