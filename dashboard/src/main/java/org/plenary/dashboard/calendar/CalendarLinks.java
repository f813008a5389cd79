package org.plenary.dashboard.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.dashboard.security.Signatures;

/**
 * The address a calendar application subscribes to. A calendar sends no credentials, so the address carries its own:
 * the meeting signed with the dashboard's secret ({@link Signatures}), which only the secretariat sees on the
 * time-plan page. Changing the secret withdraws every address handed out.
 */
@ApplicationScoped
public class CalendarLinks {

    private static final String PURPOSE = "calendar";

    private final Signatures signatures;
    private final String publicUrl;

    public CalendarLinks(Signatures signatures, @ConfigProperty(name = "plenary.dashboard.url") String publicUrl) {
        this.signatures = signatures;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The full address of the meeting's time plan as iCalendar, for "subscribe to calendar". */
    public String subscription(String meetingId) {
        return publicUrl + "/calendar/" + meetingId + "/" + signatures.sign(PURPOSE, meetingId) + "/time-plan.ics";
    }

    boolean accepts(String meetingId, String key) {
        return signatures.verify(PURPOSE, meetingId, key);
    }
}
