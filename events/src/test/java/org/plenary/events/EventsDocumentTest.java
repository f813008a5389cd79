package org.plenary.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event record of this module has its message in docs/api/events.asyncapi.yaml, on its topic's channel, under
 * its type, and the document names exactly the record's members (nested records and lists of them too). So a new
 * event, or a member added or renamed, fails here until the document says it. The records are found on the
 * classpath, not listed, so a new one cannot be forgotten.
 */
class EventsDocumentTest {

    private final EventsDocument document = new EventsDocument();
    private final List<PlenaryEvent> events = EventsDocument.eventRecords();

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
            if (document.message(event) == null) {
                missing.add(event.getClass().getSimpleName() + " (" + event.type() + " on " + event.topic() + ")");
            }
        }
        assertThat(missing).as("event records with no message in %s", EventsDocument.PATH).isEmpty();
    }

    @Test
    void everyMessageNamesExactlyItsRecordsMembers() {
        List<String> differences = new ArrayList<>();
        for (PlenaryEvent event : events) {
            JsonNode message = document.message(event);
            if (message != null) {
                compare(event.getClass(), document.resolve(document.data(message)), event.type(), differences);
            }
        }
        assertThat(differences).as("records and their messages in %s", EventsDocument.PATH).isEmpty();
    }

    @Test
    void everyMessageOfATopicIsAnEventRecordsType() {
        Set<String> types = new LinkedHashSet<>();
        events.forEach(event -> types.add(event.type()));
        List<String> documented = new ArrayList<>();
        for (String topic : List.of(Topics.AGENDA, Topics.CONTRIBUTION, Topics.REGISTRATION)) {
            document.messages(topic).forEach(message -> documented.add(message.path("name").asText()));
        }
        assertThat(documented).as("messages in %s without an event record", EventsDocument.PATH)
                .containsExactlyInAnyOrderElementsOf(types);
    }

    private void compare(Class<?> record, JsonNode schema, String where, List<String> differences) {
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
                JsonNode nestedSchema = document.resolve(property);
                compare(nested, List.class.isAssignableFrom(component.getType())
                        ? document.resolve(nestedSchema.path("items")) : nestedSchema,
                        where + "." + component.getName(), differences);
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
}
