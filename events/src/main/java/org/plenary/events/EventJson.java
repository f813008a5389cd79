package org.plenary.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads and writes envelopes and their payloads with the application's configured Jackson mapper. */
@ApplicationScoped
public class EventJson {

    private final ObjectMapper mapper;

    public EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public String write(EventEnvelope envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event payload could not be serialised: " + envelope.type(), e);
        }
    }

    public EventEnvelope envelope(String type, String source, String subject, java.time.Instant time, Object data) {
        return EventEnvelope.of(type, source, subject, time, mapper.valueToTree(data));
    }

    /** Parses a message value; anything that is not a usable envelope is a {@link PoisonEvent}. */
    public EventEnvelope read(String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEvent("empty message");
        }
        EventEnvelope envelope;
        try {
            envelope = mapper.readValue(json, EventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new PoisonEvent("not a CloudEvents JSON envelope: " + e.getOriginalMessage(), e);
        }
        if (envelope.id() == null || envelope.type() == null || envelope.subject() == null) {
            throw new PoisonEvent("envelope lacks id, type or subject");
        }
        return envelope;
    }

    /** The payload as its contract record; a payload that does not fit its declared type is a {@link PoisonEvent}. */
    public <T> T data(EventEnvelope envelope, Class<T> contract) {
        try {
            return mapper.treeToValue(envelope.data(), contract);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEvent("data of " + envelope.type() + " does not match " + contract.getSimpleName()
                    + ": " + e.getMessage(), e);
        }
    }
}
