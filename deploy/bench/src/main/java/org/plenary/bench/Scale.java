package org.plenary.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Duration;
import java.util.Map;

/**
 * P5, SMTP away: the per-registration latency of a meeting's first {@code scaleWindow} registrations and of its
 * last, at the same constant rate, with the meeting filled in between as fast as the clients go; and how long the
 * consumers of the fill's events took to catch up after it.
 */
final class Scale implements Scenario {

    /** The figure: seconds from the fill's last request until the services had consumed every event it caused. */
    static final String EVENTS_BEHIND = "eventsBehindAfterFillSeconds";

    @Override
    public void run(Measurements measurements) throws Exception {
        Benchmark.Plan plan = measurements.plan();
        Load.Endpoint register = Requests.registration(BenchSystem.REGISTRATION, Requests.SCALE_MEETING);
        // A rate the service can take: at most half the maximum P2 measured, or the windows would only measure a
        // queue growing (and the 1,000th would look like the 100,000th).
        double registrationMax = measurements.run(RunKind.REGISTRATION_MAX).throughput();
        double rate = Math.max(1, Math.floor(Math.min(plan.windowPerSecond(), registrationMax / 2)));
        int windowSeconds = (int) Math.ceil(plan.scaleWindow() / rate);
        Load.Model window = Load.Model.open(rate);
        System.out.println("Plenary bench: P5, the first " + plan.scaleWindow() + " registrations of a meeting...");
        measurements.measure(RunKind.SCALE_FIRST_WINDOW, "P5 registrations 1 to " + plan.scaleWindow(), register,
                window, windowSeconds);
        int target = plan.scaleRegistrations() - plan.scaleWindow();
        long filled = viewers(measurements);
        long fillBegan = System.nanoTime();
        // One run of as many requests as are missing, as fast as the clients go; again for any that failed.
        while (filled < target) {
            System.out.printf("Plenary bench: P5, %,d of %,d registered, filling...%n", filled, target);
            long before = filled;
            Map<String, Double> cpuBefore = measurements.cpuNow();
            measurements.load().run(RunKind.SCALE_FILL, "P5 fill from " + filled, register,
                    Load.Model.closed(plan.clients(), target - filled), 0);
            // How far behind the load the consumers were: from its last request until every event is consumed.
            measurements.figures().merge(EVENTS_BEHIND, measurements.awaitQuiet().toMillis() / 1000.0, Math::max);
            filled = viewers(measurements);
            measurements.accountCpu(RunKind.SCALE_FILL, "P5 fill (from " + before + " to " + filled + ")", cpuBefore,
                    filled - before);
            if (filled == before) {
                throw new IllegalStateException("P5: the fill registered nobody; see Gatling's log in "
                        + measurements.system().work());
            }
        }
        measurements.figure("scaleFillSeconds", (System.nanoTime() - fillBegan) / 1e9);
        measurements.figure("scaleRegisteredBeforeLastWindow", filled);
        measurements.measure(RunKind.SCALE_LAST_WINDOW, "P5 registrations " + (filled + 1) + " to "
                + (filled + plan.scaleWindow()), register, window, windowSeconds);
        measurements.figure("scaleRegistered", viewers(measurements));
    }

    private static long viewers(Measurements measurements) throws Exception {
        return new ObjectMapper().readTree(Http.until(200, Duration.ofSeconds(30), "GET",
                        Requests.capacity(Requests.SCALE_MEETING), measurements.system().secretariat(), null).body())
                .path("viewers").path("used").asLong(-1);
    }
}
