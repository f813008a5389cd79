package org.plenary.infra.quarkus;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;

import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C trace contexts for tests to send, as a member state's system that traces its calls would, and the spans a
 * service finished in such a trace (read from its in-memory exporter).
 */
public final class Traces {

    private Traces() {
    }

    /** A new trace id: 32 hexadecimal digits. */
    public static String newTraceId() {
        return hex(16);
    }

    /** A new span id: 16 hexadecimal digits. */
    public static String newSpanId() {
        return hex(8);
    }

    /** A sampled W3C traceparent naming that trace and span. */
    public static String traceparent(String traceId, String spanId) {
        return "00-" + traceId + "-" + spanId + "-01";
    }

    /** The spans the service finished in the trace, in the order they ended. */
    public static List<SpanData> in(InMemorySpanExporter spans, String traceId) {
        return spans.getFinishedSpanItems().stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
