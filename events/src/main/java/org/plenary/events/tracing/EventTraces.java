package org.plenary.events.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import org.plenary.events.EventEnvelope;

import java.util.HashMap;
import java.util.Map;

/**
 * One trace from a member state's request to the email it causes. The trace does not ride on Kafka headers alone: an
 * event waits in the outbox, so the W3C trace context it was made in is written into its envelope (CloudEvents'
 * distributed-tracing extension, {@code traceparent} and {@code tracestate}) in the same transaction. The relay's
 * publish span, each consumer's processing span and, in notification-service, the SMTP send of the email recorded
 * while processing are children of that context.
 */
@ApplicationScoped
public class EventTraces {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    public EventTraces(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The envelope carrying the current trace context; unchanged when no trace is current. */
    public EventEnvelope stamp(EventEnvelope envelope) {
        Map<String, String> carrier = current(Context.current());
        String traceparent = carrier.get(TRACEPARENT);
        return traceparent == null ? envelope : envelope.withTrace(traceparent, carrier.get(TRACESTATE));
    }

    /** A span in the event's trace (a new trace for an event that carries none); the caller ends it. */
    public Span start(String name, SpanKind kind, EventEnvelope envelope) {
        return start(name, kind, envelope.traceparent(), envelope.tracestate());
    }

    /** A span under the given W3C trace context (a new trace without one); the caller ends it. */
    public Span start(String name, SpanKind kind, String traceparent, String tracestate) {
        Map<String, String> carrier = new HashMap<>();
        if (traceparent != null) {
            carrier.put(TRACEPARENT, traceparent);
        }
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        Context parent = W3C.extract(Context.root(), carrier, FROM_MAP);
        return tracer.spanBuilder(name).setParent(parent).setSpanKind(kind).startSpan();
    }

    /** The W3C {@code traceparent} of the current span, to be kept with work done later; null without one. */
    public static String currentTraceparent() {
        return current(Context.current()).get(TRACEPARENT);
    }

    /** The W3C trace context of a span, as carried in headers and envelopes. */
    public static Map<String, String> contextOf(Span span) {
        return current(Context.root().with(span));
    }

    /** Marks the span failed with the error, for the trace to show where it broke. */
    public static void failed(Span span, Throwable error) {
        span.recordException(error);
        span.setStatus(StatusCode.ERROR, error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage());
    }

    private static Map<String, String> current(Context context) {
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier;
    }
}
