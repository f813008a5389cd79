package org.plenary.events.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.PoisonEvent;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.tracing.EventTraces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A consumer pays a transaction only for the event types it handles: the others are passed by before the inbox, so a
 * service that needs two types of a busy topic does not open a transaction and write an inbox row for each of the rest.
 */
class EventReceiverTest {

    private static final String CONSUMER = "test-consumer";

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final EventJson json = new EventJson(mapper);
    private final List<EventEnvelope> throughInbox = new ArrayList<>();
    private final Inbox inbox = new Inbox(null, Clock.systemUTC()) {
        @Override
        public boolean process(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
            throughInbox.add(event);
            effect.accept(event);
            return true;
        }

        @Override
        public int processAll(String consumer, List<Pending> batch) {
            // One transaction: an effect that fails leaves nothing of the batch applied.
            List<ContributionWithdrawn> before = new ArrayList<>(applied);
            try {
                batch.forEach(pending -> pending.effect().accept(pending.event()));
            } catch (RuntimeException e) {
                applied.retainAll(before);
                throw e;
            }
            batches.add(batch.stream().map(Pending::event).toList());
            return batch.size();
        }
    };
    private final List<List<EventEnvelope>> batches = new ArrayList<>();
    private final EventReceiver receiver = new EventReceiver(json, inbox, new ConsumerRetryConfig() {
        @Override
        public Duration initialBackoff() {
            return Duration.ofMillis(1);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofMillis(1);
        }

        @Override
        public Duration logEvery() {
            return Duration.ofMinutes(1);
        }
    }, new ConsumerHealth(new SimpleMeterRegistry()), new EventTraces(OpenTelemetry.noop().getTracer("test")));

    private final List<ContributionWithdrawn> applied = new ArrayList<>();
    private final EventHandlers handlers = new EventHandlers()
            .on(ContributionWithdrawn.TYPE, ContributionWithdrawn.class, (event, withdrawn) -> applied.add(withdrawn));

    private String message(String type, Object data) throws Exception {
        return mapper.writeValueAsString(EventEnvelope.of(type, "contribution-service", "C20-VC",
                Instant.parse("2020-06-01T08:00:00Z"), mapper.valueToTree(data)));
    }

    @Test
    void aHandledTypeIsAppliedThroughTheInboxWithItsPayloadRead() throws Exception {
        ContributionWithdrawn withdrawn = withdrawn();

        receiver.receive(CONSUMER, message(ContributionWithdrawn.TYPE, withdrawn), handlers);

        assertThat(applied).containsExactly(withdrawn);
        assertThat(throughInbox).extracting(EventEnvelope::type).containsExactly(ContributionWithdrawn.TYPE);
    }

    @Test
    void aTypeTheConsumerDoesNotHandleNeverReachesTheInbox() throws Exception {
        receiver.receive(CONSUMER, message("plenary.contribution.something-new.v7", Map.of("any", 1)),
                handlers);

        assertThat(throughInbox).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void aBatchIsAppliedInOneGoAndWhatIsNotAnEnvelopeIsSetAsideAlone() throws Exception {
        ContributionWithdrawn one = withdrawn();
        ContributionWithdrawn two = withdrawn();
        List<PoisonEvent> setAside = new ArrayList<>();

        receiver.receiveAll(CONSUMER, List.of(delivery(message(ContributionWithdrawn.TYPE, one), setAside),
                delivery("not json", setAside),
                delivery(message("plenary.contribution.something-new.v7", Map.of("any", 1)), setAside),
                delivery(message(ContributionWithdrawn.TYPE, two), setAside)), handlers);

        assertThat(applied).containsExactly(one, two);
        assertThat(batches).hasSize(1).first().asList().hasSize(2);
        assertThat(setAside).singleElement().extracting(Throwable::getMessage).asString().contains("envelope");
    }

    @Test
    void anEventOfABatchThatCannotBeAppliedIsSetAsideAndTheOthersAreAppliedOneByOne() throws Exception {
        ContributionWithdrawn one = withdrawn();
        ContributionWithdrawn two = withdrawn();
        List<PoisonEvent> setAside = new ArrayList<>();

        receiver.receiveAll(CONSUMER, List.of(delivery(message(ContributionWithdrawn.TYPE, one), setAside),
                delivery(message(ContributionWithdrawn.TYPE, Map.of("contributionId", "not an id")), setAside),
                delivery(message(ContributionWithdrawn.TYPE, two), setAside)), handlers);

        assertThat(applied).containsExactly(one, two);
        assertThat(batches).isEmpty();
        assertThat(throughInbox).hasSize(3);
        assertThat(setAside).singleElement().extracting(Throwable::getMessage).asString()
                .contains("does not match ContributionWithdrawn");
    }

    private static ContributionWithdrawn withdrawn() {
        return new ContributionWithdrawn(UUID.randomUUID(), "C20-VC", "KEN", Instant.parse("2020-06-01T08:00:00Z"), 5,
                "C20/55", "Joint view", List.of("KEN"), null);
    }

    private static EventReceiver.Delivery delivery(String message, List<PoisonEvent> setAside) {
        return new EventReceiver.Delivery(message, setAside::add);
    }

    @Test
    void aTypeHasOneHandler() {
        assertThatThrownBy(() -> handlers.on(ContributionWithdrawn.TYPE, ContributionWithdrawn.class,
                (event, withdrawn) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(ContributionWithdrawn.TYPE);
    }
}
