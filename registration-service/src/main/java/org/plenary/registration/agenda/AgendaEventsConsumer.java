package org.plenary.registration.agenda;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;
import org.plenary.events.agenda.AgendaItemRemoved;
import org.plenary.events.agenda.MeetingScheduled;
import org.plenary.events.agenda.SessionCancelled;
import org.plenary.events.agenda.SessionScheduled;
import org.plenary.events.inbox.EventHandlers;
import org.plenary.events.inbox.EventReceiver;

/** agenda.events into the replicas: meetings (and their pools), sessions and items. Other types are passed by. */
@ApplicationScoped
public class AgendaEventsConsumer {

    static final String CONSUMER = "registration-service";

    private final EventReceiver receiver;
    private final EventHandlers handlers;

    public AgendaEventsConsumer(EventReceiver receiver, AgendaReplicaService replica) {
        this.receiver = receiver;
        this.handlers = new EventHandlers()
                .on(MeetingScheduled.TYPE, MeetingScheduled.class, replica::apply)
                .on(SessionScheduled.TYPE, SessionScheduled.class, replica::apply)
                .on(SessionCancelled.TYPE, SessionCancelled.class, replica::apply)
                .on(AgendaItemAdded.TYPE, AgendaItemAdded.class, replica::apply)
                .on(AgendaItemChanged.TYPE, AgendaItemChanged.class, replica::apply)
                .on(AgendaItemRemoved.TYPE, AgendaItemRemoved.class, replica::apply);
    }

    @Incoming("agenda-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), handlers);
    }
}
