package org.plenary.contribution.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ContributionDeadline", description = "The deadline this service applies to submissions")
public record ContributionDeadlineView(String meetingId, Instant deadline, String deadlineLocal, String timeZone) {
}
