package org.plenary.bench;

import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One measured run: what it measures, how many operations, how many failed, the latency percentiles in milliseconds
 * and the throughput. {@code load} says what was offered: "closed, 16 clients" or "open, 120/s".
 */
public record Measured(RunKind kind, String name, String load, long count, long failed, double p50, double p90, double p99,
                       double p999, double max, double throughput) {

    /** From a histogram of latencies recorded in microseconds, over {@code seconds} of wall time. */
    public static Measured of(RunKind kind, String name, String load, Histogram micros, long failed,
                              double seconds) {
        return new Measured(kind, name, load, micros.getTotalCount(), failed, millis(micros, 50), millis(micros, 90),
                millis(micros, 99), millis(micros, 99.9), micros.getMaxValue() / 1000.0,
                seconds > 0 ? micros.getTotalCount() / seconds : 0);
    }

    /** The run of {@code kind} among {@code runs}, the first if there are several. */
    static Measured find(List<Measured> runs, RunKind kind) {
        return runs.stream().filter(r -> r.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + kind + " run measured"));
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** A histogram for latencies in microseconds, up to ten minutes, three significant digits. */
    public static Histogram microsHistogram() {
        return new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
    }
}
