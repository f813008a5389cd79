package org.plenary.agenda.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

@Schema(name = "CreateMeeting")
public record CreateMeetingRequest(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,31}", message = "must be 2-32 capitals, digits or dashes")
        @Schema(example = "C21-VC") @SingleLine String id,
        @NotEmpty @Size(max = 6)
        @Schema(description = "By UN language code; English is required", example = "{\"en\": \"Virtual consultation\"}")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 500) @SingleLine String> title,
        @NotBlank @Schema(example = "Europe/Zurich") @SingleLine String timeZone,
        @NotNull LocalDate startsOn,
        @NotNull @Schema(description = "Contributions are on time until the end of this day in the meeting's time zone")
        LocalDate contributionDeadlineDate,
        @Schema(description = "A time on that day instead of its end (meeting's time zone)", example = "17:00")
        LocalTime contributionDeadlineTime,
        @NotNull @Valid Mailboxes mailboxes,
        @NotNull @Valid Capacity capacity,
        @Valid @Schema(description = "The secretariat's contact person, named in every email's footer") Contact contact,
        @Schema(description = "Whom the meeting is for: reminders and announcements go to these member states. "
                + "Default ALL_MEMBER_STATES") Meeting.Audience addressedTo,
        @Schema(description = "Whether member states it is not addressed to may register and contribute as "
                + "observers. Default true") Boolean observersAllowed) {

    NewMeeting toCommand() {
        return new NewMeeting(id, title, timeZone, startsOn, contributionDeadlineDate, contributionDeadlineTime,
                mailboxes.toMailboxes(), capacity.toCapacity(), contact == null ? null : contact.toContact(),
                addressedTo, observersAllowed);
    }


    @Schema(name = "MailboxesInput", description = "The letter's mailboxes, e.g. contributions@itu.int")
    public record Mailboxes(@NotBlank @Email @SingleLine String contributions,
                            @NotBlank @Email @SingleLine String speakerRegistration,
                            @NotBlank @Email @SingleLine String speakerRegistrationCc,
                            @NotBlank @Email @SingleLine String secretariat,
                            @Email @SingleLine @Schema(description = "The From of the meeting's emails; absent: the "
                                    + "notification service's configured sender") String sender) {

        Meeting.Mailboxes toMailboxes() {
            return new Meeting.Mailboxes(contributions, speakerRegistration, speakerRegistrationCc, secretariat,
                    sender);
        }
    }

    @Schema(name = "ContactInput", description = "The letter's contact person: name, telephone and email")
    public record Contact(@NotBlank @Size(max = 200) @SingleLine @Schema(example = "Ms Béatrice Pluchon") String name,
                          @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}",
                                  message = "must be a telephone number: digits, spaces, + ( ) . / -")
                          @SingleLine @Schema(example = "+41 22 730 6266") String phone,
                          @Email @SingleLine @Schema(example = "gbs@itu.int") String email) {

        Meeting.Contact toContact() {
            return new Meeting.Contact(name, phone, email);
        }
    }

    @Schema(name = "CapacityInput", description = "The letter's limits: 300 speakers, 2,000 viewers, 1 to 3 "
            + "speakers per delegation")
    public record Capacity(@Min(1) @Max(1_000_000) int speakers, @Min(0) @Max(1_000_000) int viewers,
                           @Min(0) @Max(100) int speakersPerDelegationMin,
                           @Min(1) @Max(100) int speakersPerDelegationMax) {
        Meeting.Capacity toCapacity() {
            return new Meeting.Capacity(speakers, viewers, speakersPerDelegationMin, speakersPerDelegationMax);
        }
    }
}
