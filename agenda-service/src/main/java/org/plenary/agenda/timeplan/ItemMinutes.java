package org.plenary.agenda.timeplan;

/** An agenda item, by its number, and the minutes the time plan gives it in a session. */
public record ItemMinutes(int itemNumber, int minutes) {
}
