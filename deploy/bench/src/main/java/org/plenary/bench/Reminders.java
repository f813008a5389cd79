package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * P5's reminders, with SMTP up: notification-service's clock moved just past the 2-day reminder of the meeting's
 * deadline; from the first to the last of the 193 states' reminders received by SMTP, and from the move to the last
 * (which adds up to one period of the reminder planner, 10 s).
 */
final class Reminders implements Scenario {

    static final int MEMBER_STATES = 193;
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void run(Measurements measurements) throws Exception {
        System.out.println("Plenary bench: P5, the " + MEMBER_STATES + " member states' reminders...");
        String secretariat = measurements.system().secretariat();
        // The seeded consultation is for the Council's 48 Member States; the measure is every member state's reminder,
        // so the meeting is addressed to all of them first, and the reminder schedule waits until it lists all 193.
        Http.until(200, Duration.ofSeconds(30), "PATCH", BenchSystem.AGENDA + "/meetings/" + Requests.MEETING,
                secretariat, "{\"addressedTo\": \"ALL_MEMBER_STATES\"}");
        long scheduled = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (remindedStates(secretariat) < MEMBER_STATES) {
            if (System.nanoTime() > scheduled) {
                throw new IllegalStateException("the reminder schedule did not list the 193 member states in time");
            }
            Thread.sleep(200);
        }
        long moved = System.currentTimeMillis();
        Http.until(200, Duration.ofSeconds(30), "PUT", BenchSystem.NOTIFICATION + "/clock", secretariat,
                "{\"now\": \"2020-05-31T22:01:00Z\"}");
        // Only what arrives after the move: a reminder already due at the start went out then.
        Receipts receipts = new Receipts(measurements.system().mail());
        Map<String, Long> received = Map.of();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (received.size() < MEMBER_STATES && System.nanoTime() < until) {
            JsonNode page = json.readTree(Http.send("GET", BenchSystem.NOTIFICATION + "/deliveries?kind="
                            + "CONTRIBUTION_DEADLINE_REMINDER&meetingId=" + Requests.MEETING + "&size=500", secretariat,
                    null).body());
            List<String> messageIds = new ArrayList<>();
            page.get("deliveries").forEach(d -> messageIds.add(d.get("messageId").asText()));
            received = new HashMap<>(receipts.firstOf(messageIds));
            received.values().removeIf(receipt -> receipt < moved);
            Thread.sleep(200);
        }
        long first = received.values().stream().min(Long::compare).orElse(moved);
        long last = received.values().stream().max(Long::compare).orElse(moved);
        measurements.figure("reminders", received.size());
        measurements.figure("remindersFirstToLastSeconds", (last - first) / 1000.0);
        measurements.figure("remindersFromClockMoveSeconds", (last - moved) / 1000.0);
    }

    /** How many states the meeting's contribution-deadline reminders go to, as notification-service plans them. */
    private int remindedStates(String secretariat) throws Exception {
        JsonNode schedule = json.readTree(Http.send("GET", BenchSystem.NOTIFICATION + "/meetings/" + Requests.MEETING
                + "/reminders", secretariat, null).body());
        int states = 0;
        for (JsonNode reminder : schedule) {
            if ("CONTRIBUTION_DEADLINE".equals(reminder.path("kind").asText())) {
                states = Math.max(states, reminder.path("states").size());
            }
        }
        return states;
    }
}
