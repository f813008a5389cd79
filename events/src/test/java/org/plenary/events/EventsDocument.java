package org.plenary.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** docs/api/events.asyncapi.yaml as the tests of this module read it, and the event records it must describe. */
final class EventsDocument {

    static final Path PATH = Path.of(System.getProperty("user.dir")).resolve("../docs/api/events.asyncapi.yaml")
            .normalize();

    final JsonNode root;

    EventsDocument() {
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(PATH.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PATH, e);
        }
    }

    /** The message on the event's topic's channel whose name is the event's type, or null. */
    JsonNode message(PlenaryEvent event) {
        return messages(event.topic()).filter(message -> event.type().equals(message.path("name").asText()))
                .findFirst().orElse(null);
    }

    Stream<JsonNode> messages(String topic) {
        return StreamSupport.stream(root.path("channels").spliterator(), false)
                .filter(channel -> topic.equals(channel.path("address").asText()))
                .flatMap(channel -> StreamSupport.stream(channel.path("messages").spliterator(), false))
                .map(this::resolve);
    }

    /**
     * The schema of the envelope's {@code data} in the message's payload ({@code allOf}: the envelope, then it), as
     * written there: a {@code $ref}.
     */
    JsonNode data(JsonNode message) {
        return StreamSupport.stream(message.path("payload").path("allOf").spliterator(), false)
                .map(part -> part.path("properties").path("data")).filter(data -> !data.isMissingNode())
                .findFirst().orElseThrow(() -> new AssertionError(
                        message.path("name").asText() + ": its payload has no data schema"));
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) to the node they name. */
    JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            String ref = resolved.path("$ref").asText();
            if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
                throw new AssertionError(ref + " does not name a part of " + PATH);
            }
            resolved = root.at(ref.substring(1));
        }
        return resolved;
    }

    /**
     * The event records of this module, found on the classpath (the compiled classes that are records and
     * PlenaryEvents), each made with every member empty: enough to ask it its type and topic, which are its own.
     */
    static List<PlenaryEvent> eventRecords() {
        try {
            Path classes = Path.of(PlenaryEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<PlenaryEvent> records = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = classes.relativize(file).toString()
                            .replace(file.getFileSystem().getSeparator(), ".").replaceFirst("\\.class$", "");
                    Class<?> type = Class.forName(name, false, EventsDocument.class.getClassLoader());
                    if (type.isRecord() && PlenaryEvent.class.isAssignableFrom(type)) {
                        records.add(empty(type.asSubclass(PlenaryEvent.class)));
                    }
                }
            }
            return records;
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot list the event records", e);
        }
    }

    private static PlenaryEvent empty(Class<? extends PlenaryEvent> record) throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        // A primitive's zero (false, 0), else null.
        Object[] values = Arrays.stream(types)
                .map(type -> type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null).toArray();
        return record.getDeclaredConstructor(types).newInstance(values);
    }
}
