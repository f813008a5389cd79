package org.plenary.agenda.meeting;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the secretariat changes on a meeting: a null field keeps what the meeting has, and a title replaces only the
 * translations it gives. The deadline is changed on its own, with its history (MeetingService.changeDeadline).
 */
public record MeetingChange(Map<String, String> title, LocalDate startsOn, Meeting.Mailboxes mailboxes,
                            Meeting.Capacity capacity, Meeting.Contact contact, Meeting.Audience addressedTo,
                            Boolean observersAllowed) {
}
