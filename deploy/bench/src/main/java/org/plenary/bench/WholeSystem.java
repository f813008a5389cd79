package org.plenary.bench;

import org.plenary.local.ServiceProcess;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P4, once the measured system is stopped and the machine is idle: {@code ./plenary-local --reset} as a user types
 * it, its own "ready in" and the RSS it prints.
 */
final class WholeSystem implements Scenario {

    private static final Pattern READY = Pattern.compile("ready in (\\d+) s");
    private static final Pattern RSS = Pattern.compile("(\\d+) kB\\s*$");

    @Override
    public void run(Measurements measurements) throws Exception {
        // As a user starts it: on a quiet machine, not while the measured system's JVMs and engines still wind down.
        measurements.figure("localWaitedForIdleCpuSeconds", awaitIdleCpu(Duration.ofSeconds(90)));
        System.out.println("Plenary bench: the whole local system, ./plenary-local...");
        Path home = measurements.system().home();
        Path work = measurements.system().work();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("plenary-local").toString(), "--reset")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PLENARY_SKIP_BUILD", "1");
        builder.environment().put("PLENARY_DATA", work.resolve("local").toString());
        Process local = builder.start();
        List<String> printed = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(local.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                printed.add(line);
                if (line.contains("Bearer tokens") || line.contains("could not start")) {
                    break;
                }
            }
        } finally {
            ServiceProcess.stopGracefully(local, Duration.ofSeconds(60));
        }
        Files.write(work.resolve("plenary-local.log"), printed);
        double kilobytes = 0;
        for (String line : printed) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                measurements.figure("localReadySeconds", Double.parseDouble(ready.group(1)));
            }
            Matcher rss = RSS.matcher(line);
            if (rss.find()) {
                kilobytes += Double.parseDouble(rss.group(1));
            }
        }
        measurements.figure("localRssMegabytes", kilobytes / 1024);
    }

    /** Until the machine's CPUs were at least 90% idle over a second, or {@code timeout}; the seconds waited. */
    private static double awaitIdleCpu(Duration timeout) throws Exception {
        long began = System.nanoTime();
        long[] before = cpuTicks();
        while (System.nanoTime() - began < timeout.toNanos()) {
            Thread.sleep(1000);
            long[] after = cpuTicks();
            double idle = (double) (after[1] - before[1]) / Math.max(1, after[0] - before[0]);
            if (idle >= 0.9) {
                break;
            }
            before = after;
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /** All CPUs' ticks so far, in all and idle (the first line of {@code /proc/stat}: idle and iowait). */
    private static long[] cpuTicks() throws Exception {
        String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[]{total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }
}
