package org.plenary.agenda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.platform.text.SingleLine;

import java.time.LocalDate;
import java.time.LocalTime;

@Schema(name = "ChangeContributionDeadline")
public record ChangeDeadlineRequest(
        @NotNull @Schema(description = "Contributions are on time until the end of this day in the meeting's time zone",
                example = "2020-06-05") LocalDate date,
        @Schema(description = "A time on that day instead of its end (meeting's time zone)", example = "12:00")
        LocalTime time,
        @NotBlank @Size(max = 1000) @Schema(example = "Extended at the request of several member states")
        @SingleLine String reason) {
}
