package org.plenary.agenda.timeplan;

import org.plenary.platform.calendar.ICalendar;
import org.plenary.platform.i18n.Languages;

import java.time.ZoneId;
import java.util.List;

/** The time plan as iCalendar ({@link ICalendar}): one event per session listing its items. */
public final class ICalendarWriter {

    private ICalendarWriter() {
    }

    /**
     * DTSTAMP is when the plan was last revised, not the time of the request: the same plan is then the same bytes,
     * so its ETag holds and a calendar that polls gets 304 until the plan changes.
     */
    public static String write(TimePlanService.Plan plan, String language) {
        List<ICalendar.Event> events = plan.sessions().stream().map(entry -> {
            MeetingSession session = entry.session();
            return new ICalendar.Event(session.id + "@plenary", session.date.atTime(session.start),
                    session.date.atTime(session.end),
                    plan.meeting().id + ": " + Languages.text(session.title, language), description(entry, language));
        }).toList();
        return ICalendar.write(Languages.text(plan.meeting().title, language), ZoneId.of(plan.meeting().timeZone),
                plan.revisedAt(), events);
    }

    private static String description(TimePlanService.Entry entry, String language) {
        List<String> lines = entry.slots().stream().map(slot -> slot.item().number + ". "
                + Languages.text(slot.item().title, language)
                + (slot.item().documentReference == null ? "" : " (" + slot.item().documentReference + ")")
                + ", " + slot.allocation().minutes + " min").toList();
        return lines.isEmpty() ? "No items allocated yet" : String.join("\n", lines);
    }
}
