package org.plenary.contribution.agenda;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.ContributionDeadlineChanged;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.inbox.EventHandlers;
import org.plenary.events.inbox.EventReceiver;

/**
 * agenda.events into the replica. Channel {@code agenda-events} is topic {@code agenda.events} (a dot in a channel
 * name would be read as a property separator). Types this service does not need are passed by.
 */
@ApplicationScoped
public class AgendaEventsConsumer {

    static final String CONSUMER = "contribution-service";

    private final EventReceiver receiver;
    private final EventHandlers handlers;

    public AgendaEventsConsumer(EventReceiver receiver, AgendaReplicaService replica) {
        this.receiver = receiver;
        this.handlers = new EventHandlers()
                .on(MeetingScheduled.TYPE, MeetingScheduled.class, replica::apply)
                .on(AgendaItemAdded.TYPE, AgendaItemAdded.class, replica::apply)
                .on(AgendaItemChanged.TYPE, AgendaItemChanged.class, replica::apply)
                .on(AgendaItemRemoved.TYPE, AgendaItemRemoved.class, replica::apply)
                .on(ContributionDeadlineChanged.TYPE, ContributionDeadlineChanged.class, replica::apply);
    }

    @Incoming("agenda-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), handlers);
    }
}
