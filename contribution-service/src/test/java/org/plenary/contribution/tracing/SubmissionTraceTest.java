package org.plenary.contribution.tracing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.plenary.contribution.TestAgenda;
import org.plenary.events.Topics;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.infra.Engines;
import org.plenary.infra.TopicProbe;
import org.plenary.infra.quarkus.Traces;
import org.plenary.platform.time.MovableClock;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.plenary.contribution.TestContributions.as;
import static org.plenary.contribution.TestContributions.template;
import static org.plenary.contribution.TestContributions.token;

/**
 * The start of a submission's trace: the member state's request (here arriving with its own W3C traceparent, as from
 * a system that traces its calls) is a server span; the ContributionSubmitted event it makes carries that span's
 * context in its envelope, and the outbox's publish to Kafka is a child span, its context also in the record's
 * traceparent header. notification-service's EmailTraceTest follows the same trace to the SMTP send.
 */
@QuarkusTest
class SubmissionTraceTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    InMemorySpanExporter spans;

    @Inject
    MovableClock clock;

    @Test
    void theEventAndItsPublishBelongToTheTraceOfTheMemberStatesRequest() throws Exception {
        String meeting = TestAgenda.meeting(clock.instant().plus(Duration.ofDays(7)));
        String traceId = Traces.newTraceId();
        String callerSpanId = Traces.newSpanId();

        String id = as(token("KEN")).header("traceparent", Traces.traceparent(traceId, callerSpanId))
                .body(template("C20/55", "KEN")).when().post("/meetings/" + meeting + "/contributions")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(10)).until(() -> Traces.in(spans, traceId).stream()
                .anyMatch(span -> span.getKind() == SpanKind.PRODUCER));
        List<SpanData> trace = Traces.in(spans, traceId);
        SpanData request = trace.stream().filter(span -> span.getKind() == SpanKind.SERVER).findFirst()
                .orElseThrow(() -> new AssertionError("no server span in " + trace));
        assertThat(request.getParentSpanId()).isEqualTo(callerSpanId);
        SpanData publish = trace.stream().filter(span -> span.getKind() == SpanKind.PRODUCER).findFirst()
                .orElseThrow();
        assertThat(publish.getName()).isEqualTo(Topics.CONTRIBUTION + " publish");
        assertThat(publish.getParentSpanId()).isEqualTo(request.getSpanId());
        assertThat(publish.getAttributes().asMap().toString()).contains(ContributionSubmitted.TYPE);

        try (TopicProbe probe = new TopicProbe(Engines.shared().kafka().bootstrapServers(), Topics.CONTRIBUTION)) {
            ConsumerRecord<String, String> record = probe.readUntil(records -> records.stream()
                    .anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30)).stream()
                    .filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            JsonNode envelope = MAPPER.readTree(record.value());
            assertThat(envelope.path("traceparent").asText())
                    .isEqualTo(Traces.traceparent(traceId, request.getSpanId()));
            assertThat(TopicProbe.header(record, "traceparent"))
                    .isEqualTo(Traces.traceparent(traceId, publish.getSpanId()));
        }
    }
}
