package org.plenary.agenda.timeplan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** A session of the meeting: its title by language, its day and its times in the meeting's time zone. */
public record NewSession(Map<String, String> title, LocalDate date, LocalTime start, LocalTime end) {
}
