package org.plenary.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a run's CPU went: each process's CPU time from {@code /proc}, before and after, divided by the operations the
 * run completed. On a shared 2-core machine the throughput of a service is bounded by the CPU every process spends
 * on one of its requests (the service, the consumers of its events, PostgreSQL, the broker, the load generator), and
 * this table shows how that total divides.
 *
 * @param kind                 what the run measured
 * @param run                  the measured run's name
 * @param millisPerOperation   CPU milliseconds per completed operation, by process (and {@code total})
 */
public record CpuUse(RunKind kind, String run, Map<String, Double> millisPerOperation) {

    /** Linux's USER_HZ: the unit of the times in {@code /proc/<pid>/stat}. */
    private static final double TICKS_PER_SECOND = 100;
    static final String POSTGRES = "postgresql";
    static final String ENGINES = "benchmark JVM (Kafka, SMTP)";
    static final String LOAD = "load generator (Gatling)";

    /** CPU seconds so far: each named process, all PostgreSQL processes, this JVM, and its finished children. */
    static Map<String, Double> snapshot(Map<String, Long> processes) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        processes.forEach((name, pid) -> seconds.put(name, ticks(pid, false) / TICKS_PER_SECOND));
        double postgres = 0;
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path process : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                if (command(process).equals("postgres")) {
                    // With its reaped children: a backend that ended leaves its CPU to the postmaster.
                    postgres += ticks(Long.parseLong(process.getFileName().toString()), true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        seconds.put(POSTGRES, postgres / TICKS_PER_SECOND);
        long self = ProcessHandle.current().pid();
        seconds.put(ENGINES, ticks(self, false) / TICKS_PER_SECOND);
        seconds.put(LOAD, (ticks(self, true) - ticks(self, false)) / TICKS_PER_SECOND);
        return seconds;
    }

    /** CPU milliseconds per operation in every process but the load generator: what the operation costs the system. */
    double systemMillisPerOperation() {
        return millisPerOperation.getOrDefault("total", Double.NaN) - millisPerOperation.getOrDefault(LOAD, 0.0);
    }

    /** The first CPU record of {@code kind}. */
    static CpuUse find(List<CpuUse> cpu, RunKind kind) {
        return cpu.stream().filter(c -> c.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No CPU counted for " + kind));
    }

    /** From two snapshots around a run that completed {@code operations}. */
    static CpuUse between(RunKind kind, String run, Map<String, Double> before, Map<String, Double> after,
                          long operations) {
        Map<String, Double> perOperation = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> process : after.entrySet()) {
            double used = process.getValue() - before.getOrDefault(process.getKey(), 0.0);
            perOperation.put(process.getKey(), operations > 0 ? used * 1000 / operations : Double.NaN);
            total += used;
        }
        perOperation.put("total", operations > 0 ? total * 1000 / operations : Double.NaN);
        return new CpuUse(kind, run, perOperation);
    }

    /** utime + stime, and with {@code children} cutime + cstime too (fields 14-17 of {@code /proc/<pid>/stat}). */
    private static long ticks(long pid, boolean children) {
        List<String> fields = stat(pid);
        if (fields.isEmpty()) {
            return 0;
        }
        // After the command's closing parenthesis: field 3 (state) is index 0, so utime (14) is index 11.
        long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        return children ? ticks + Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14)) : ticks;
    }

    private static List<String> stat(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "stat"))) {
            String line = lines.findFirst().orElse("");
            int end = line.lastIndexOf(')');
            return end < 0 ? List.of() : List.of(line.substring(end + 2).split(" "));
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // the process has ended
        }
    }

    private static String command(Path process) {
        try (Stream<String> lines = Files.lines(process.resolve("comm"))) {
            return lines.findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
