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
        @NotNull @Valid Capacity capacity) {

    @Schema(name = "MailboxesInput", description = "The letter's mailboxes, e.g. contributions@itu.int")
    public record Mailboxes(@NotBlank @Email @SingleLine String contributions,
                            @NotBlank @Email @SingleLine String speakerRegistration,
                            @NotBlank @Email @SingleLine String speakerRegistrationCc,
                            @NotBlank @Email @SingleLine String secretariat) {
    }

    @Schema(name = "CapacityInput", description = "The letter's limits: 300 speakers, 2,000 viewers, 1 to 3 "
            + "speakers per delegation")
    public record Capacity(@Min(1) @Max(1_000_000) int speakers, @Min(0) @Max(1_000_000) int viewers,
                           @Min(0) @Max(100) int speakersPerDelegationMin,
                           @Min(1) @Max(100) int speakersPerDelegationMax) {
    }
}
