package org.plenary.notification.reminders;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One reminder of a meeting's schedule: a kind, its offset before the deadline (or the start), when it is due, and
 * the states it goes to.
 *
 * @param key identifies each (reminder, state) email as {@code <key>|<state>}: the same key is never sent twice
 */
public record Reminder(String kind, Duration offset, Instant dueAt, Instant before, List<String> states, String key) {

    public String keyFor(String state) {
        return key + "|" + state;
    }

    /** As a person writes it: P7D rather than Java's PT168H; hours otherwise (PT24H stays PT24H). */
    public static String iso(Duration offset) {
        long seconds = offset.getSeconds();
        return seconds % 86_400 == 0 && seconds / 86_400 != 1 ? "P" + seconds / 86_400 + "D" : offset.toString();
    }
}
