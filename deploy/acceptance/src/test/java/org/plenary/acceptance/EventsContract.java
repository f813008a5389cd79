package org.plenary.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * docs/api/events.asyncapi.yaml as a check on what is really on the topics: each record's envelope against the
 * CloudEvent schema, its payload against the schema of the message its {@code type} names on that topic's channel,
 * its key and Kafka headers against that message's. A type the channel has no message for is a violation, named.
 * On a dead-letter topic the value is whatever could not be processed: only the key and the reason headers are held
 * to the document. JSON Schema draft-07, the dialect of AsyncAPI 3.0's schemas, with formats asserted.
 */
final class EventsContract {

    static final Path DOCUMENT = LocalRun.ROOT.resolve("docs/api/events.asyncapi.yaml");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final String location;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    private EventsContract(Path document) {
        try {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(document.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + document, e);
        }
        this.location = document.toUri().toString();
    }

    static EventsContract load() {
        return load(DOCUMENT);
    }

    static EventsContract load(Path document) {
        return new EventsContract(document);
    }

    /** Every way this record departs from the document, each naming the record; empty when it conforms. */
    List<String> violations(ConsumerRecord<String, String> record) {
        return violations(record.topic(), record.key(), headers(record), record.value(),
                record.topic() + "@" + record.partition() + ":" + record.offset());
    }

    /** @param where how a violation names the record, e.g. {@code agenda.events@0:12} */
    List<String> violations(String topic, String key, Map<String, String> headers, String value, String where) {
        List<String> violations = new ArrayList<>();
        Optional<String> channel = channelOf(topic);
        if (channel.isEmpty()) {
            violations.add(where + ": topic " + topic + " has no channel in the document");
            return violations;
        }
        List<String> messages = messagesOf(channel.get());
        if (topic.endsWith(".dlq")) {
            // The value is what a consumer could not process; what the document promises is the key and the reasons.
            String message = messages.get(0);
            check(violations, where + " key", messagePointer(message) + "/bindings/kafka/key", JSON.valueToTree(key));
            check(violations, where + " headers", messagePointer(message) + "/headers", JSON.valueToTree(headers));
            return violations;
        }
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            violations.add(where + ": not JSON: " + e.getMessage());
            return violations;
        }
        check(violations, where + " envelope", "#/components/schemas/CloudEvent", event);
        String type = event.path("type").asText();
        Optional<String> message = messages.stream()
                .filter(name -> type.equals(document.at("/components/messages/" + name + "/name").asText()))
                .findFirst();
        if (message.isEmpty()) {
            violations.add(where + ": event type " + type + " is on " + topic + " but the document has no message "
                    + "for it on that channel");
            return violations;
        }
        String pointer = messagePointer(message.get());
        check(violations, where + " " + type, pointer + "/payload", event);
        check(violations, where + " " + type + " key", pointer + "/bindings/kafka/key", JSON.valueToTree(key));
        check(violations, where + " " + type + " headers", pointer + "/headers", JSON.valueToTree(headers));
        if (key == null || !key.equals(event.path("subject").asText())) {
            violations.add(where + " " + type + ": the key " + key + " is not the envelope's subject "
                    + event.path("subject"));
        }
        return violations;
    }

    private void check(List<String> violations, String what, String pointer, JsonNode instance) {
        if (document.at(pointer.substring(1)).isMissingNode()) {
            violations.add(what + ": the document has no schema at " + pointer);
            return;
        }
        schemas.computeIfAbsent(pointer, p -> factory.getSchema(SchemaLocation.of(location + p), config))
                .validate(instance).forEach(error -> violations.add(what + ": " + error.getMessage()));
    }

    private Optional<String> channelOf(String topic) {
        return StreamSupport.stream(document.path("channels").properties().spliterator(), false)
                .filter(channel -> topic.equals(channel.getValue().path("address").asText()))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The names under components/messages of the channel's messages (each a $ref there). */
    private List<String> messagesOf(String channel) {
        List<String> names = new ArrayList<>();
        document.path("channels").path(channel).path("messages").forEach(message -> {
            String ref = message.path("$ref").asText();
            names.add(ref.substring(ref.lastIndexOf('/') + 1));
        });
        return names;
    }

    private static String messagePointer(String message) {
        return "#/components/messages/" + message;
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
