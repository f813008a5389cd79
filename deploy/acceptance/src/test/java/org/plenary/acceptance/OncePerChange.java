package org.plenary.acceptance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.plenary.acceptance.WritingStates.Kind;
import org.plenary.acceptance.WritingStates.Write;
import org.plenary.infra.TopicProbe;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.acceptance.Api.CONTRIBUTION;
import static org.plenary.acceptance.Api.NOTIFICATION;
import static org.plenary.acceptance.Api.REGISTRATION;
import static org.plenary.acceptance.Api.SECRETARIAT;

/**
 * Each write answered 2xx happened once, wherever a user can see it: once in its service's API, where a retry with
 * its Idempotency-Key gives the same object back; one event on its topic; one email to each recipient, under the
 * ledger's Message-ID. On a topic, an event may come twice as the same record (same id and content): the outbox relay
 * sends a batch again when its commit was cut after the broker's acknowledgement (events' outbox/OutboxPublisher),
 * and every consumer drops the second by its id.
 */
final class OncePerChange {

    /**
     * An email sent, then cut off from the ledger's commit (the database away, or the connection to the relay reset
     * after its acceptance), goes again under the same Message-ID: notification-service/README.md, "The window that
     * remains". The scene has two such cuts, PostgreSQL's and SMTP's, each of at most the one email in flight.
     */
    private static final int EMAILS_THAT_MAY_GO_TWICE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Mailboxes read at once: the scene reads some three hundred. */
    private static final int IMAP_SESSIONS = 4;

    private final Api api;
    private final String meeting;
    private final List<Write> writes;
    /** The event that announced each write, by the id of what it created; filled by assertOneEventPerChange. */
    private final Map<String, String> eventOf = new HashMap<>();

    OncePerChange(Api api, String meeting, List<Write> writes) {
        this.api = api;
        this.meeting = meeting;
        this.writes = writes;
    }

    void assertEachWriteExistsOnce(PatientClient client, Map<String, String> tokens) throws InterruptedException {
        assertThat(writes).as("writes that did not end with a 2xx read back").allSatisfy(write -> {
            assertThat(write.status()).as(write.toString()).isEqualTo(201);
            assertThat(write.readBack()).as(write.toString()).isEqualTo(200);
        });
        List<String> listed = everyPage("contributions", page -> api.as(SECRETARIAT, CONTRIBUTION)
                .queryParam("size", 200).queryParam("page", page).get("/meetings/" + meeting + "/contributions"))
                .stream().map(contribution -> (String) contribution.get("id")).toList();
        assertThat(listed).as("the meeting's contributions")
                .containsExactlyInAnyOrderElementsOf(ids(Kind.CONTRIBUTION));
        List<String> registered = new ArrayList<>();
        for (String state : tokens.keySet()) {
            registered.addAll(api.as(SECRETARIAT, REGISTRATION).get("/meetings/" + meeting + "/delegations/" + state
                    + "/participants").then().statusCode(200).extract().jsonPath().getList("id", String.class));
        }
        assertThat(registered).as("the delegations' participants")
                .containsExactlyInAnyOrderElementsOf(ids(Kind.VIEWER));

        // A write that took several attempts, sent once more with its key: the same object, made no second time.
        for (Write retried : writes.stream().filter(write -> write.attempts() > 1).toList()) {
            PatientClient.Answer again = client.send(tokens.get(retried.state()), "POST", retried.port(),
                    retried.path(meeting), retried.key(), retried.body());
            assertThat(again.status()).as(retried.toString()).isEqualTo(201);
            assertThat(again.replayed()).as(retried.toString()).isTrue();
            assertThat(again.body().path("id").asText()).as(retried.toString()).isEqualTo(retried.id());
        }
    }

    /** One event per change on each topic: per contribution, per viewer, per change of the meeting. */
    void assertOneEventPerChange() {
        Set<String> contributions = new HashSet<>(ids(Kind.CONTRIBUTION));
        Set<String> viewers = new HashSet<>(ids(Kind.VIEWER));
        List<JsonNode> submitted = events("contribution.events", "contributionId", contributions);
        assertOnePerSubject(submitted, "contributionId", contributions, "plenary.contribution.submitted.v1");
        List<JsonNode> registered = events("registration.events", "participantId", viewers);
        assertOnePerSubject(registered, "participantId", viewers, "plenary.registration.participant-registered.v1");
        submitted.forEach(event -> eventOf.put(event.path("data").path("contributionId").asText(), id(event)));
        registered.forEach(event -> eventOf.put(event.path("data").path("participantId").asText(), id(event)));

        Map<String, Set<String>> changes = events("agenda.events", "meetingId", Set.of(meeting)).stream()
                .collect(Collectors.groupingBy(event -> event.path("type").asText(), TreeMap::new,
                        Collectors.mapping(OncePerChange::id, Collectors.toSet())));
        assertThat(changes).as("the meeting's events: scheduled and enlarged, its deadline set and extended, "
                        + "five items")
                .containsOnlyKeys("plenary.agenda.meeting-scheduled.v1",
                        "plenary.agenda.contribution-deadline-changed.v1", "plenary.agenda.item-added.v1")
                .hasEntrySatisfying("plenary.agenda.meeting-scheduled.v1", ids -> assertThat(ids).hasSize(2))
                .hasEntrySatisfying("plenary.agenda.contribution-deadline-changed.v1",
                        ids -> assertThat(ids).hasSize(2))
                .hasEntrySatisfying("plenary.agenda.item-added.v1", ids -> assertThat(ids).hasSize(5));
    }

    /**
     * The ledger has one email per event that calls for one, each sent; each recipient's mailbox has it once, under
     * its Message-ID, but for the emails a cut may have sent twice.
     */
    void assertOneEmailPerEventAndRecipient() throws Exception {
        List<Map<String, Object>> ledger = Eventually.await("every email of the meeting is sent", Duration.ofMinutes(3),
                this::ledger, rows -> {
                    assertThat(rows).as("emails not sent").filteredOn(row -> !"SENT".equals(row.get("status")))
                            .isEmpty();
                    Map<String, List<String>> kindsByEvent = rows.stream().collect(Collectors.groupingBy(
                            row -> String.valueOf(row.get("sourceEventId")),
                            Collectors.mapping(row -> (String) row.get("kind"), Collectors.toList())));
                    for (Write write : writes) {
                        assertThat(kindsByEvent.get(eventOf.get(write.id()))).as("the emails of " + write)
                                .containsExactly(write.kind() == Kind.CONTRIBUTION ? "CONTRIBUTION"
                                        : "PARTICIPANT_LINK");
                    }
                });
        Map<String, List<String>> recipientsByEvent = new HashMap<>();
        for (Map<String, Object> row : ledger) {
            recipientsByEvent.computeIfAbsent(row.get("sourceEventId") + " " + row.get("kind"), k -> new ArrayList<>())
                    .addAll(deliveredTo(row));
        }
        assertThat(recipientsByEvent).as("recipients of one event's emails").allSatisfy((event, recipients) ->
                assertThat(recipients).as(event).doesNotHaveDuplicates());

        Instant reading = Instant.now();
        Map<String, Map<String, Long>> received = copiesByMailbox(ledger.stream()
                .flatMap(row -> deliveredTo(row).stream()).distinct().toList());
        Set<String> sentTwice = new HashSet<>();
        for (Map<String, Object> row : ledger) {
            String messageId = (String) row.get("messageId");
            for (String mailbox : deliveredTo(row)) {
                long copies = received.get(mailbox).getOrDefault(messageId, 0L);
                assertThat(copies).as(messageId + " in " + mailbox).isBetween(1L, 2L);
                if (copies == 2) {
                    sentTwice.add(messageId);
                }
            }
        }
        System.out.println("  " + ledger.size() + " emails (" + ledger.stream().collect(Collectors.groupingBy(
                row -> row.get("kind") + (row.get("sourceEventId") == null ? " (no event)" : ""), TreeMap::new,
                Collectors.counting())) + ") to " + received.size() + " mailboxes (read in "
                + Duration.between(reading, Instant.now()).toSeconds() + " s); sent twice: " + sentTwice);
        assertThat(sentTwice).as("emails received twice (a cut between the relay's acceptance and the ledger's "
                + "commit)").hasSizeLessThanOrEqualTo(EMAILS_THAT_MAY_GO_TWICE);
    }

    /** How many copies of each Message-ID each mailbox holds, read over IMAP a few mailboxes at a time. */
    private static Map<String, Map<String, Long>> copiesByMailbox(List<String> mailboxes) throws Exception {
        ForkJoinPool readers = new ForkJoinPool(IMAP_SESSIONS);
        try {
            return readers.submit(() -> mailboxes.parallelStream().collect(Collectors.toMap(Function.identity(),
                    mailbox -> Mailbox.of(mailbox).messageIds().stream().collect(Collectors.groupingBy(
                            Function.identity(), Collectors.counting()))))).get();
        } finally {
            readers.shutdown();
        }
    }

    private List<String> ids(Kind kind) {
        return writes.stream().filter(write -> write.kind() == kind).map(Write::id).toList();
    }

    /**
     * The meeting's events on a topic whose {@code data.<subject>} is one of {@code subjects}, read as any Kafka
     * client would until each subject has one; every copy of an event is the same record.
     */
    private List<JsonNode> events(String topic, String subject, Collection<String> subjects) {
        try (TopicProbe probe = new TopicProbe(Topic.BOOTSTRAP, topic)) {
            probe.readUntil(records -> records.stream().map(record -> parse(record.value()).path("data").path(subject)
                    .asText()).collect(Collectors.toSet()).containsAll(subjects), Duration.ofSeconds(60));
            List<ConsumerRecord<String, String>> records = probe.readAvailable().stream()
                    .filter(record -> parse(record.value()).path("data").path("meetingId").asText().equals(meeting))
                    .toList();
            Map<String, Set<String>> copies = records.stream().collect(Collectors.groupingBy(
                    record -> id(parse(record.value())), Collectors.mapping(ConsumerRecord::value,
                            Collectors.toSet())));
            assertThat(copies).as("copies of one event on " + topic).allSatisfy((id, values) ->
                    assertThat(values).as(id).hasSize(1));
            long repeated = records.size() - copies.size();
            if (repeated > 0) {
                System.out.println("  " + topic + ": " + repeated + " records sent again by a relay after a cut");
            }
            return copies.values().stream().map(values -> parse(values.iterator().next())).toList();
        }
    }

    private static void assertOnePerSubject(List<JsonNode> events, String subject, Set<String> subjects, String type) {
        Map<String, List<String>> bySubject = events.stream().collect(Collectors.groupingBy(
                event -> event.path("data").path(subject).asText(),
                Collectors.mapping(event -> event.path("type").asText(), Collectors.toList())));
        assertThat(bySubject.keySet()).as("subjects of " + type).containsExactlyInAnyOrderElementsOf(subjects);
        assertThat(bySubject).as("one " + type + " per change").allSatisfy((id, types) ->
                assertThat(types).as(id).containsExactly(type));
    }

    private List<Map<String, Object>> ledger() {
        return everyPage("deliveries", page -> api.as(SECRETARIAT, NOTIFICATION).queryParam("meetingId", meeting)
                .queryParam("size", 500).queryParam("page", page).get("/deliveries"));
    }

    /** Every element of a paged list ({@code list} and {@code total} in each page), asking for page 0, 1, … */
    private static List<Map<String, Object>> everyPage(String list, IntFunction<Response> page) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (int number = 0; ; number++) {
            JsonPath answer = page.apply(number).then().statusCode(200).extract().jsonPath();
            elements.addAll(answer.getList(list));
            if (elements.size() >= answer.getLong("total")) {
                return elements;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> deliveredTo(Map<String, Object> row) {
        return (List<String>) row.get("deliveredTo");
    }

    private static String id(JsonNode event) {
        return event.path("id").asText();
    }

    private static JsonNode parse(String value) {
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }
}
