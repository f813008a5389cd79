package org.plenary.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One envelope for every event: CloudEvents 1.0 in structured JSON mode. The Kafka key is {@link #subject()}, the
 * aggregate id, so one aggregate's events keep their order. Consumers ignore fields they do not know.
 *
 * @param aggregateversion a CloudEvents extension attribute: the aggregate's version this event brings it to, 1 for
 *                         its first event, one more for each next one on the same topic (the outbox counts them). A
 *                         replica applies an event only if it is newer than what it holds ({@link #newerThan}), so a
 *                         replayed or dead-lettered older event cannot overwrite newer state. Null in events written
 *                         before it existed.
 * @param traceparent      the CloudEvents distributed-tracing extension: the W3C trace context of the request (or the
 *                         work) that made the event, so the trace follows it through the outbox and Kafka to every
 *                         consumer; absent when no trace was current
 * @param tracestate       its vendor-specific companion, absent when empty
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        UUID id,
        String type,
        String source,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data,
        Long aggregateversion,
        @JsonInclude(JsonInclude.Include.NON_NULL) String traceparent,
        @JsonInclude(JsonInclude.Include.NON_NULL) String tracestate) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka {@code content-type} header of a structured-mode CloudEvent. */
    public static final String KAFKA_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** An envelope without an aggregate version, as events written before it existed. */
    public static EventEnvelope of(String type, String source, String subject, Instant time, JsonNode data) {
        return of(type, source, subject, time, data, null);
    }

    public static EventEnvelope of(String type, String source, String subject, Instant time, JsonNode data,
                                   Long aggregateVersion) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), type, source, subject, time, DATA_CONTENT_TYPE, data,
                aggregateVersion, null, null);
    }

    /** The same event, bringing its aggregate to {@code version}. */
    public EventEnvelope withVersion(long version) {
        return new EventEnvelope(specversion, id, type, source, subject, time, datacontenttype, data, version,
                traceparent, tracestate);
    }

    /** The same event, carrying the trace context it was made in. */
    public EventEnvelope withTrace(String traceparent, String tracestate) {
        return new EventEnvelope(specversion, id, type, source, subject, time, datacontenttype, data, aggregateversion,
                traceparent, tracestate);
    }

    /**
     * Whether this event is newer than the aggregate version a replica's row last applied: always when either is not
     * known (events written before versions existed, a row never written by a versioned event).
     */
    public boolean newerThan(Long applied) {
        return aggregateversion == null || applied == null || aggregateversion > applied;
    }
}
