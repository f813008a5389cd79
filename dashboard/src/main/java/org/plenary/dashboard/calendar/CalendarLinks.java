package org.plenary.dashboard.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The address a calendar application subscribes to. A calendar sends no credentials, so the address carries its own:
 * a key derived from the meeting and the dashboard's secret (PLENARY_CALENDAR_SECRET), which only the secretariat
 * sees on the time-plan page. Changing the secret withdraws every address handed out.
 */
@ApplicationScoped
public class CalendarLinks {

    private final SecretKeySpec secret;
    private final String publicUrl;

    public CalendarLinks(@ConfigProperty(name = "plenary.calendar.secret") String secret,
                         @ConfigProperty(name = "plenary.dashboard.url") String publicUrl) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The full address of the meeting's time plan as iCalendar, for "subscribe to calendar". */
    public String subscription(String meetingId) {
        return publicUrl + "/calendar/" + meetingId + "/" + key(meetingId) + "/time-plan.ics";
    }

    boolean accepts(String meetingId, String key) {
        return MessageDigest.isEqual(key(meetingId).getBytes(StandardCharsets.US_ASCII),
                key.getBytes(StandardCharsets.US_ASCII));
    }

    private String key(String meetingId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            byte[] digest = mac.doFinal(("calendar:" + meetingId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
