package org.plenary.notification.reminders;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

@ConfigMapping(prefix = "plenary.reminders")
public interface ReminderConfig {

    /** Before the contribution deadline; the secretariat may set other offsets per meeting. */
    @WithDefault("P7D,P2D,PT24H")
    List<Duration> contributionOffsets();

    /** Before the meeting starts (00:00 of its first day, in its time zone), to delegations without a speaker. */
    @WithDefault("P3D,P1D")
    List<Duration> speakerOffsets();

    /** How often the planner looks for due reminders (read by its @Scheduled expression); "off" in tests. */
    @WithDefault("10s")
    String every();

    /** A reminder sent more than this after it was due (the service was down) is marked late and says so. */
    @WithDefault("PT15M")
    Duration lateAfter();
}
