package org.plenary.contribution.agenda;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.inbox.EventReceiver;

/**
 * agenda.events into the replica. Channel {@code agenda-events} is topic {@code agenda.events} (a dot in a channel
 * name would be read as a property separator). Types this service does not need are recorded and skipped.
 */
@ApplicationScoped
public class AgendaEventsConsumer {

    static final String CONSUMER = "contribution-service";

    private final EventReceiver receiver;
    private final EventJson json;
    private final AgendaReplicaService replica;

    public AgendaEventsConsumer(EventReceiver receiver, EventJson json, AgendaReplicaService replica) {
        this.receiver = receiver;
        this.json = json;
        this.replica = replica;
    }

    @Incoming("agenda-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case MeetingScheduled.TYPE -> replica.apply(event, json.data(event, MeetingScheduled.class));
            case AgendaItemAdded.TYPE -> replica.apply(event, json.data(event, AgendaItemAdded.class));
            case AgendaItemChanged.TYPE -> replica.apply(event, json.data(event, AgendaItemChanged.class));
            case AgendaItemRemoved.TYPE -> replica.apply(event, json.data(event, AgendaItemRemoved.class));
            case ContributionDeadlineChanged.TYPE -> replica.apply(event, json.data(event, ContributionDeadlineChanged.class));
            default -> {
                // Not needed here; the inbox still records it as processed.
            }
        }
    }
}
