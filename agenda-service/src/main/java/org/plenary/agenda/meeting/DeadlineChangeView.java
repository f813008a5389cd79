package org.plenary.agenda.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ContributionDeadlineChange")
public record DeadlineChangeView(
        @Schema(description = "UTC") Instant deadline,
        @Schema(description = "The same instant in the meeting's time zone") String deadlineLocal,
        @Schema(description = "Null for the first setting") Instant previousDeadline,
        String reason,
        String changedBy,
        Instant changedAt) {

    public static DeadlineChangeView of(ContributionDeadlineChange change, String timeZone) {
        return new DeadlineChangeView(change.deadline, Deadlines.local(change.deadline, timeZone),
                change.previousDeadline, change.reason, change.changedBy, change.changedAt);
    }
}
