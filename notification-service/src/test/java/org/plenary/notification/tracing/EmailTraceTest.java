package org.plenary.notification.tracing;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.Topics;
import org.plenary.infra.quarkus.Traces;
import org.plenary.notification.TestEvents;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The end of a submission's trace: contribution-service wrote the trace context of the member state's request into
 * the event's envelope (traceparent); here the event's processing is a span of that trace, and so is the SMTP send of
 * the email it recorded, though the email goes out later from the ledger, on another thread.
 */
@QuarkusTest
class EmailTraceTest {

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theContributionEmailIsSentInTheTraceOfTheRequestThatMadeTheEvent() {
        String meeting = TestEvents.meetingAhead();
        String state = TestEvents.state();
        String focal = TestEvents.focalPoint(state, "en");
        String traceId = Traces.newTraceId();
        String requestSpanId = Traces.newSpanId();
        EventEnvelope submitted = TestEvents.contribution(meeting, List.of(state), "Traced from the request")
                .withTrace(Traces.traceparent(traceId, requestSpanId), null);

        TestEvents.publish(Topics.CONTRIBUTION, submitted.subject(), submitted);
        TestEvents.awaitMail(focal, "Traced from the request", 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> Traces.in(spans, traceId).stream()
                .anyMatch(span -> span.getName().equals("smtp send")));
        List<SpanData> trace = Traces.in(spans, traceId);
        SpanData processing = trace.stream().filter(span -> span.getKind() == SpanKind.CONSUMER).findFirst()
                .orElseThrow(() -> new AssertionError("no processing span in " + trace));
        assertThat(processing.getParentSpanId()).isEqualTo(requestSpanId);
        assertThat(processing.getName()).isEqualTo("notification-service process");
        assertThat(processing.getAttributes().asMap().toString()).contains(submitted.id().toString(),
                submitted.type());
        SpanData send = trace.stream().filter(span -> span.getName().equals("smtp send")).findFirst().orElseThrow();
        assertThat(send.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(send.getParentSpanId()).isEqualTo(processing.getSpanId());
        assertThat(send.getAttributes().asMap().toString()).contains("CONTRIBUTION", "SENT");
    }
}
