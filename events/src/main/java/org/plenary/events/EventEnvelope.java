package org.plenary.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One envelope for every event: CloudEvents 1.0 in structured JSON mode. The Kafka key is {@link #subject()}, the
 * aggregate id, so one aggregate's events keep their order. Consumers ignore fields they do not know.
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
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";
    /** The Kafka {@code content-type} header of a structured-mode CloudEvent. */
    public static final String KAFKA_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public static EventEnvelope of(String type, String source, String subject, Instant time, JsonNode data) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID(), type, source, subject, time, DATA_CONTENT_TYPE, data);
    }
}
