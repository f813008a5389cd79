package org.plenary.agenda.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * A meeting the secretariat convenes, with the letter's settings.
 *
 * @param contributionDeadlineTime a time on the deadline's day in the meeting's time zone, or null for the day's end
 * @param contact                  the secretariat's contact person, or null
 * @param addressedTo              null for all member states
 * @param observersAllowed         null for allowed
 */
public record NewMeeting(String id, Map<String, String> title, String timeZone, LocalDate startsOn,
                         LocalDate contributionDeadlineDate, LocalTime contributionDeadlineTime,
                         Meeting.Mailboxes mailboxes, Meeting.Capacity capacity, Meeting.Contact contact,
                         Meeting.Audience addressedTo, Boolean observersAllowed) {
}
