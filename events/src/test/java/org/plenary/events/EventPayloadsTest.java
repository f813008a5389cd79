package org.plenary.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.events.agenda.TimePlanPublished;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.registration.AdditionalSpeakerDecided;
import org.plenary.events.registration.AdditionalSpeakerRequested;
import org.plenary.events.registration.ContactPersonsChanged;
import org.plenary.events.registration.ParticipantCancelled;
import org.plenary.events.registration.ParticipantRegistered;
import org.plenary.events.registration.ParticipantRoleChanged;
import org.plenary.events.registration.PersonalDataErased;
import org.plenary.events.registration.SpeakersChanged;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event as its producer writes it (Jackson with the Java time types as ISO-8601 text, as the services' mapper
 * writes them) fits its payload schema in docs/api/events.asyncapi.yaml: the types the 2020 case of the acceptance
 * suite never produces (a revision, a withdrawal, an erasure, …) are held to the document here, with the nulls the
 * producers write. A record without a sample fails, so a new event cannot be left out.
 */
class EventPayloadsTest {

    private static final String MEETING = "C20-VC";
    private static final Instant AT = Instant.parse("2020-05-28T07:00:00.123456Z");
    private static final UUID ITEM = UUID.fromString("1d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d");
    private static final UUID SESSION = UUID.fromString("2e8d7c6b-5f4a-4b3c-8d2e-1f0a9b8c7d6e");
    private static final UUID CONTRIBUTION = UUID.fromString("6f1c2f0e-3b7a-4a53-9d0e-8c1f3b2a7d10");
    private static final UUID PARTICIPANT = UUID.fromString("3f9e8d7c-6a5b-4c4d-9e3f-2a1b0c9d8e7f");
    private static final Map<String, String> TITLE = Map.of("en", "Preparations for WRC-23", "zh", "WRC-23 的筹备");

    /** Registered on the waiting list: no function given, no link yet. */
    private static final ParticipantRegistered WAITING_VIEWER = new ParticipantRegistered(PARTICIPANT, MEETING, "KEN",
            "Amina Odhiambo", "amina@ken.example.org", null, "en", "VIEWER", "WAITING", null, AT);

    private static final List<PlenaryEvent> SAMPLES = List.of(
            new MeetingScheduled(MEETING, TITLE, "Europe/Zurich", LocalDate.of(2020, 6, 9), AT,
                    new MeetingScheduled.Mailboxes("contributions@itu.int", "sg-registration@itu.int",
                            "remote.participation@itu.int", "gbs@itu.int", "council@itu.int"),
                    new MeetingScheduled.Capacity(300, 2000, 1, 3),
                    new MeetingScheduled.Contact("Ms Béatrice Pluchon", "+41 22 730 6266", "gbs@itu.int"),
                    MeetingScheduled.COUNCIL_MEMBER_STATES, true),
            // As events written before the contact person and the audience existed.
            new MeetingScheduled(MEETING, TITLE, "Europe/Zurich", LocalDate.of(2020, 6, 9), AT,
                    new MeetingScheduled.Mailboxes("contributions@itu.int", "sg-registration@itu.int",
                            "remote.participation@itu.int", "council@itu.int"),
                    new MeetingScheduled.Capacity(300, 2000, 1, 3)),
            new ContributionDeadlineChanged(MEETING, AT, "Europe/Zurich", null, "Scheduled", "secretariat", AT),
            new AgendaItemAdded(MEETING, ITEM, 5, TITLE, "C20/55", "DECISION", "VIRTUAL_CONSULTATION",
                    Map.of("MOVE_TO_PHYSICAL_MEETING", 2)),
            new AgendaItemChanged(MEETING, ITEM, 5, TITLE, null, "UNSPECIFIED", "PHYSICAL_MEETING", Map.of()),
            new AgendaItemRemoved(MEETING, ITEM, 5, "Merged with item 4"),
            new AgendaAdopted(MEETING, 1, null, "secretariat", AT,
                    List.of(new AgendaAdopted.Item(ITEM, 5, TITLE, null, "NONE"))),
            new SessionScheduled(MEETING, SESSION, TITLE, LocalDate.of(2020, 6, 9), LocalTime.of(12, 0),
                    LocalTime.of(14, 30), "Europe/Zurich", AT, AT.plusSeconds(9000)),
            new SessionCancelled(MEETING, SESSION),
            new TimePlanPublished(MEETING, AT, "Europe/Zurich", List.of(new TimePlanPublished.Session(SESSION, AT,
                    AT.plusSeconds(9000), List.of(new TimePlanPublished.Allocation(ITEM, 5, 30))))),
            new TimePlanPublished(MEETING, AT, "Europe/Zurich", List.of(new TimePlanPublished.Session(SESSION, AT,
                    AT.plusSeconds(9000), List.of(new TimePlanPublished.Allocation(ITEM, 5, 30, TITLE)), TITLE))),
            new ContributionSubmitted(CONTRIBUTION, MEETING, ITEM, 5, "C20/55", List.of("KEN", "BRA"),
                    "Preparations for WRC-23 under the pandemic", "en", true, 1, AT, "Kenya and Brazil support it.",
                    "The Council takes note."),
            new ContributionRevised(CONTRIBUTION, MEETING, ITEM, 5, "C20/55", List.of("KEN"), "Preparations",
                    "fr", false, 2, AT, List.of("BRA"), "Le Kenya le soutient.", "Le Conseil en prend note."),
            new ContributionPublished(CONTRIBUTION, MEETING, "C20-VC/1", AT, List.of("KEN", "BRA"),
                    "Preparations for WRC-23 under the pandemic", "C20/55"),
            new ContributionWithdrawn(CONTRIBUTION, MEETING, "KEN", AT, 5, "C20/55", "Joint view",
                    List.of("KEN", "BRA"), "Superseded"),
            new ContactPersonsChanged("KEN", "Kenya", List.of(new ContactPersonsChanged.ContactPerson(
                    "Grace Mwangi", "grace.mwangi@ca.ken.example.org", "en")), "secretariat", AT),
            new ContactPersonsChanged("KEN", "Kenya", List.of(new ContactPersonsChanged.ContactPerson(
                    "Grace Mwangi", "grace.mwangi@ca.ken.example.org", "en")), "secretariat", AT,
                    ContactPersonsChanged.COUNCIL_MEMBER_STATE),
            WAITING_VIEWER,
            new ParticipantRoleChanged(PARTICIPANT, MEETING, "KEN", "Amina Odhiambo", "amina@ken.example.org", "en",
                    "VIEWER", "VIEWER", "WAITING", "k1:c2VhbGVk", AT),
            new ParticipantCancelled(PARTICIPANT, MEETING, "KEN", "Amina Odhiambo", "VIEWER", "KEN", AT),
            new SpeakersChanged(MEETING, "KEN", List.of(new SpeakersChanged.Speaker(PARTICIPANT, "Amina Odhiambo",
                    "amina@ken.example.org", "Councillor")), AT),
            new AdditionalSpeakerRequested(UUID.randomUUID(), MEETING, "KEN", PARTICIPANT, "Amina Odhiambo",
                    "SESSION", SESSION, "Session 2020-06-09 12:00", null, AT),
            new AdditionalSpeakerDecided(UUID.randomUUID(), MEETING, "KEN", PARTICIPANT, "Amina Odhiambo", "ITEM",
                    ITEM, "Item 5 (C20/55)", false, "No time left", "secretariat", AT),
            new PersonalDataErased(UUID.randomUUID(), PersonalDataErased.hashOf(" Amina@ken.example.org"),
                    "k1:c2VhbGVk", "secretariat", AT));

    private final EventsDocument document = new EventsDocument();
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
            .build();

    @Test
    void everyEventRecordHasASample() {
        assertThat(SAMPLES.stream().map(PlenaryEvent::type).distinct()).containsExactlyInAnyOrderElementsOf(
                EventsDocument.eventRecords().stream().map(PlenaryEvent::type).toList());
    }

    @Test
    void everySampleAsWrittenFitsItsPayloadSchema() {
        List<String> violations = new ArrayList<>();
        for (PlenaryEvent event : SAMPLES) {
            factory.getSchema(schema(event), config).validate(mapper.valueToTree(event))
                    .forEach(error -> violations.add(event.type() + ": " + error.getMessage()));
        }
        assertThat(violations).as("payloads that do not fit %s", EventsDocument.PATH).isEmpty();
    }

    @Test
    void aRoleOutsideTheEnumerationAndAMissingAddressAreRefused() {
        ObjectNode registered = mapper.valueToTree(WAITING_VIEWER);
        registered.put("role", "OBSERVER").remove("email");

        assertThat(factory.getSchema(schema(WAITING_VIEWER), config).validate(registered)).hasSize(2);
    }

    /** Where the document has the event's payload schema: its file, and in it the $ref its message gives. */
    private SchemaLocation schema(PlenaryEvent event) {
        JsonNode message = document.message(event);
        assertThat(message).as("%s has a message", event.type()).isNotNull();
        return SchemaLocation.of(EventsDocument.PATH.toUri() + document.data(message).path("$ref").asText());
    }
}
