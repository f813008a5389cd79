package org.plenary.contribution.contribution;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.plenary.contribution.agenda.MeetingReplica;
import org.plenary.platform.problem.Problem;
import org.plenary.platform.problem.ProblemException;
import org.plenary.platform.time.EndOfDay;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A submission or revision after the meeting's contribution deadline, from a member state. */
public class ContributionDeadlinePassed extends ProblemException {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ENGLISH);

    public ContributionDeadlinePassed(MeetingReplica meeting, Instant now) {
        super("contribution-deadline-passed", "The contribution deadline has passed", 422,
                "Contributions to " + meeting.id + " closed at " + stated(meeting.contributionDeadline, meeting.timeZone)
                        + ", " + meeting.contributionDeadline + " in UTC; it is now " + stated(now, meeting.timeZone)
                        + ". Only the secretariat can accept a late contribution, with a reason.",
                new Members(meeting.contributionDeadline,
                        meeting.contributionDeadline.atZone(ZoneId.of(meeting.timeZone)).toOffsetDateTime().toString(),
                        meeting.timeZone, now));
    }

    /**
     * "2020-06-03 10:00 +02:00 Europe/Zurich"; a deadline at midnight as the letter states it: "the end of 2 June 2020
     * (2020-06-03 00:00 +02:00 Europe/Zurich)".
     */
    static String stated(Instant instant, String timeZone) {
        ZonedDateTime local = instant.atZone(ZoneId.of(timeZone));
        String exact = LOCAL.format(local) + " " + timeZone;
        return EndOfDay.dayEndingAt(local).map(day -> "the end of " + DAY.format(day) + " (" + exact + ")")
                .orElse(exact);
    }

    /** The members this problem adds to {@link Problem}, for the OpenAPI document. */
    @Schema(name = "ContributionDeadlinePassedProblem", allOf = Problem.class,
            description = "After the contribution deadline: the deadline in UTC and in the meeting's time, and now")
    public record Members(@Schema(required = true) Instant deadline,
                          @Schema(required = true, description = "The deadline in the meeting's time zone (ISO 8601)",
                                  examples = "2020-06-03T00:00+02:00")
                          String deadlineLocal,
                          @Schema(required = true, examples = "Europe/Zurich") String timeZone,
                          @Schema(required = true) Instant now) {
    }
}
