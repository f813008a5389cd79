package org.plenary.platform.time;

import java.time.Instant;

/**
 * A rehearsal moved this service's clock ({@code PUT /clock}), fired asynchronously once it has moved: what runs on
 * a schedule and depends on "now" (notification-service's reminder planner) acts at once instead of at its next run.
 */
public record ClockMoved(Instant now) {
}
