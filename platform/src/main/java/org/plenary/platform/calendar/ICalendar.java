package org.plenary.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * A calendar as RFC 5545 iCalendar: one VEVENT per event, times in one time zone with a VTIMEZONE built from that
 * zone's current rules, texts escaped, lines folded at 75 octets. agenda-service serves the time plan with it and
 * notification-service attaches it to the time plan's announcement.
 */
public final class ICalendar {

    /**
     * @param uid         stable across versions of the calendar, so a calendar application updates the event
     * @param description may run over several lines
     */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String description) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] WEEKDAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final StringBuilder out = new StringBuilder();

    private ICalendar() {
    }

    /**
     * @param stamp DTSTAMP of every event: when the calendar was last revised, so the same calendar is the same bytes
     */
    public static String write(String name, ZoneId zone, Instant stamp, List<Event> events) {
        ICalendar writer = new ICalendar();
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//Plenary//Time plan//EN");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.property("X-WR-CALNAME", name);
        writer.line("X-WR-TIMEZONE:" + zone.getId());
        writer.timeZone(zone);
        for (Event event : events) {
            writer.line("BEGIN:VEVENT");
            writer.line("UID:" + event.uid());
            writer.line("DTSTAMP:" + UTC.format(stamp));
            writer.line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.start()));
            writer.line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.end()));
            writer.property("SUMMARY", event.summary());
            writer.property("DESCRIPTION", event.description());
            writer.line("END:VEVENT");
        }
        writer.line("END:VCALENDAR");
        return writer.out.toString();
    }

    /** STANDARD and DAYLIGHT from the zone's yearly rules; one fixed STANDARD for a zone without them. */
    private void timeZone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        line("BEGIN:VTIMEZONE");
        line("TZID:" + zone.getId());
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.now());
            observance("STANDARD", offset, offset, LocalDateTime.of(1970, 1, 1, 0, 0), null);
        } else {
            for (ZoneOffsetTransitionRule rule : yearly) {
                boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
                LocalDateTime start = rule.createTransition(1970).getDateTimeBefore();
                observance(daylight ? "DAYLIGHT" : "STANDARD", rule.getOffsetBefore(), rule.getOffsetAfter(), start,
                        recurrence(rule));
            }
        }
        line("END:VTIMEZONE");
    }

    private void observance(String kind, ZoneOffset from, ZoneOffset to, LocalDateTime start, String rrule) {
        line("BEGIN:" + kind);
        line("DTSTART:" + LOCAL.format(start));
        line("TZOFFSETFROM:" + offset(from));
        line("TZOFFSETTO:" + offset(to));
        if (rrule != null) {
            line("RRULE:" + rrule);
        }
        line("END:" + kind);
    }

    private static String recurrence(ZoneOffsetTransitionRule rule) {
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return month + ";BYMONTHDAY=" + day;
        }
        String weekday = WEEKDAYS[rule.getDayOfWeek().getValue() - 1];
        if (day < 0) {
            // "last Sunday" (-1), "Sunday on or before the second-last day" (-2), ...: the week ending there.
            int last = day;
            return month + ";BYDAY=" + weekday + ";BYMONTHDAY=" + range(last - 6, last);
        }
        return month + ";BYDAY=" + weekday + ";BYMONTHDAY=" + range(day, day + 6);
    }

    private static String range(int from, int to) {
        StringBuilder days = new StringBuilder();
        for (int d = from; d <= to; d++) {
            days.append(days.isEmpty() ? "" : ",").append(d);
        }
        return days.toString();
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int abs = Math.abs(seconds);
        return String.format(Locale.ROOT, "%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
    }

    private void property(String name, String text) {
        line(name + ":" + text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n"));
    }

    /** Folds at 75 octets without splitting a UTF-8 character; lines end with CRLF. */
    private void line(String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
