package org.plenary.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event record of this module has its message in docs/api/events.asyncapi.yaml, on its topic's channel, under
 * its type, and the document names exactly the record's members (nested records and lists of them too). So a new
 * event, or a member added or renamed, fails here until the document says it. The records are found on the
 * classpath, not listed, so a new one cannot be forgotten.
 */
class EventsDocumentTest {

    static final Path DOCUMENT = Path.of(System.getProperty("user.dir")).resolve("../docs/api/events.asyncapi.yaml")
            .normalize();

    private static JsonNode document;
    private static List<PlenaryEvent> events;

    @BeforeAll
    static void readTheDocumentAndFindTheRecords() throws Exception {
        document = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
        events = eventRecords().stream().map(EventsDocumentTest::instanceOf).toList();
    }

    @Test
    void theRecordsAreFound() {
        assertThat(events).extracting(event -> event.getClass().getSimpleName())
                .contains("MeetingScheduled", "ContributionSubmitted", "PersonalDataErased")
                .hasSizeGreaterThanOrEqualTo(21);
    }

    @Test
    void everyEventRecordHasAMessageOnItsTopicUnderItsType() {
        List<String> missing = new ArrayList<>();
        for (PlenaryEvent event : events) {
            if (message(event) == null) {
                missing.add(event.getClass().getSimpleName() + " (" + event.type() + " on " + event.topic() + ")");
            }
        }
        assertThat(missing).as("event records with no message in %s", DOCUMENT).isEmpty();
    }

    @Test
    void everyMessageNamesExactlyItsRecordsMembers() {
        List<String> differences = new ArrayList<>();
        for (PlenaryEvent event : events) {
            JsonNode message = message(event);
            if (message != null) {
                compare(event.getClass(), data(message), event.type(), differences);
            }
        }
        assertThat(differences).as("records and their messages in %s", DOCUMENT).isEmpty();
    }

    @Test
    void everyMessageOfATopicIsAnEventRecordsType() {
        Set<String> types = new LinkedHashSet<>();
        events.forEach(event -> types.add(event.type()));
        List<String> documented = new ArrayList<>();
        for (String topic : List.of(Topics.AGENDA, Topics.CONTRIBUTION, Topics.REGISTRATION)) {
            messages(topic).forEach(message -> documented.add(message.path("name").asText()));
        }
        assertThat(documented).as("messages in %s without an event record", DOCUMENT)
                .containsExactlyInAnyOrderElementsOf(types);
    }

    /** The message on the event's topic's channel whose name is the event's type, or null. */
    private static JsonNode message(PlenaryEvent event) {
        return messages(event.topic()).filter(message -> event.type().equals(message.path("name").asText()))
                .findFirst().orElse(null);
    }

    private static Stream<JsonNode> messages(String topic) {
        return StreamSupport.stream(document.path("channels").spliterator(), false)
                .filter(channel -> topic.equals(channel.path("address").asText()))
                .flatMap(channel -> StreamSupport.stream(channel.path("messages").spliterator(), false))
                .map(EventsDocumentTest::resolve);
    }

    /** The schema of the envelope's {@code data} in the message's payload ({@code allOf}: the envelope, then it). */
    private static JsonNode data(JsonNode message) {
        return StreamSupport.stream(message.path("payload").path("allOf").spliterator(), false)
                .map(part -> part.path("properties").path("data")).filter(data -> !data.isMissingNode())
                .findFirst().map(EventsDocumentTest::resolve).orElseThrow(() -> new AssertionError(
                        message.path("name").asText() + ": its payload has no data schema"));
    }

    private static void compare(Class<?> record, JsonNode schema, String where, List<String> differences) {
        Set<String> documented = new LinkedHashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> members = new LinkedHashSet<>();
        for (RecordComponent component : record.getRecordComponents()) {
            members.add(component.getName());
            JsonNode property = schema.path("properties").path(component.getName());
            if (property.isMissingNode()) {
                differences.add(where + ": " + record.getSimpleName() + "." + component.getName()
                        + " is not in the document");
                continue;
            }
            Class<?> nested = nestedRecord(component);
            if (nested != null) {
                JsonNode nestedSchema = resolve(property);
                compare(nested, List.class.isAssignableFrom(component.getType())
                        ? resolve(nestedSchema.path("items")) : nestedSchema, where + "." + component.getName(),
                        differences);
            }
        }
        documented.stream().filter(name -> !members.contains(name)).forEach(name -> differences.add(
                where + ": the document names " + name + ", which " + record.getSimpleName() + " does not have"));
        schema.path("required").forEach(name -> {
            if (!documented.contains(name.asText())) {
                differences.add(where + ": " + name.asText() + " is required but not described");
            }
        });
    }

    /** The record a component is, or holds a list of; null for any other type. */
    private static Class<?> nestedRecord(RecordComponent component) {
        if (component.getType().isRecord()) {
            return component.getType();
        }
        if (List.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return element;
        }
        return null;
    }

    /** Follows local {@code $ref}s ({@code #/components/...}) to the node they name. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            String ref = resolved.path("$ref").asText();
            assertThat(ref).as("only references inside the document").startsWith("#/");
            resolved = document.at(ref.substring(1));
            assertThat(resolved.isMissingNode()).as("%s resolves", ref).isFalse();
        }
        return resolved;
    }

    /** The event records of this module: the compiled classes that are records and PlenaryEvents. */
    private static List<Class<? extends PlenaryEvent>> eventRecords() throws IOException, URISyntaxException {
        Path classes = Path.of(PlenaryEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<? extends PlenaryEvent>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, EventsDocumentTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                if (type.isRecord() && PlenaryEvent.class.isAssignableFrom(type)) {
                    records.add(type.asSubclass(PlenaryEvent.class));
                }
            }
        }
        return records;
    }

    /** An instance with every member empty: enough to ask it its type and topic, which are its own. */
    private static PlenaryEvent instanceOf(Class<? extends PlenaryEvent> record) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(EventsDocumentTest::empty).toArray();
        try {
            Constructor<? extends PlenaryEvent> canonical = record.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make an empty " + record.getSimpleName(), e);
        }
    }

    /** A primitive's zero (false, 0), else null. */
    private static Object empty(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }
}
