package org.plenary.agenda.timeplan;

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

@Schema(name = "ScheduleSession", description = "Date and times in the meeting's time zone")
public record ScheduleSessionRequest(
        @NotEmpty @Size(max = 6) @Schema(example = "{\"en\": \"Session 1\"}")
        Map<@Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be a UN language code") @SingleLine String,
                @NotBlank @Size(max = 200) @SingleLine String> title,
        @NotNull @Schema(example = "2020-06-09") LocalDate date,
        @NotNull @Schema(example = "12:00") LocalTime start,
        @NotNull @Schema(example = "15:00") LocalTime end) {

    NewSession toCommand() {
        return new NewSession(title, date, start, end);
    }
}
