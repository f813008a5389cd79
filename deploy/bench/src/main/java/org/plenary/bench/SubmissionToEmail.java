package org.plenary.bench;

import org.HdrHistogram.Histogram;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * P3, on a quiet system with SMTP up, after P1 has warmed the submission path: submissions at a constant rate; for
 * each, from its 201 (after the commit) to the SMTP server's receipt of its email (the first copy), matched by the
 * unique title in the subject.
 */
final class SubmissionToEmail implements Scenario {

    private static final String TITLE = "Benchmark P3 [";

    @Override
    public void run(Measurements measurements) throws Exception {
        System.out.println("Plenary bench: P3, submission committed → email received by SMTP...");
        Benchmark.Plan plan = measurements.plan();
        measurements.awaitQuiet();
        Map<String, Long> committed = new ConcurrentHashMap<>();
        ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(4);
        long periodMicros = (long) (1_000_000 / plan.submissionsPerSecond());
        String token = measurements.system().memberState("KEN");
        for (int i = 0; i < plan.submissions(); i++) {
            String title = String.format(TITLE + "%06d]", i);
            arrivals.schedule(() -> {
                try {
                    HttpResponse<String> answer = Http.send("POST", Requests.contributions(), token,
                            Requests.contribution("KEN", title));
                    if (answer.statusCode() == 201) {
                        committed.put(title, System.currentTimeMillis());
                    }
                } catch (Exception e) {
                    System.err.println("Plenary bench: a P3 submission failed: " + e);
                }
            }, i * periodMicros, TimeUnit.MICROSECONDS);
        }
        arrivals.shutdown();
        arrivals.awaitTermination(10, TimeUnit.MINUTES);
        Receipts receipts = new Receipts(measurements.system().mail());
        Map<String, Long> received = new HashMap<>();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (received.size() < committed.size() && System.nanoTime() < until) {
            received = receipts.first(message -> {
                String subject = String.valueOf(message.getSubject());
                int at = subject.indexOf(TITLE);
                return at < 0 ? null : subject.substring(at, at + TITLE.length() + "000000]".length());
            });
            Thread.sleep(200);
        }
        Histogram latencies = Measured.microsHistogram();
        for (Map.Entry<String, Long> submission : committed.entrySet()) {
            Long receipt = received.get(submission.getKey());
            if (receipt != null) {
                latencies.recordValue(Math.max(0, receipt - submission.getValue()) * 1000);
            }
        }
        measurements.add(Measured.of(RunKind.P3_SUBMISSION_TO_EMAIL,
                "P3 submission committed → email received by SMTP",
                String.format("open, %.0f/s", plan.submissionsPerSecond()), latencies,
                plan.submissions() - latencies.getTotalCount(), plan.submissions() / plan.submissionsPerSecond()));
    }
}
