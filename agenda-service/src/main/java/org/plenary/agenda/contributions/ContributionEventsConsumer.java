package org.plenary.agenda.contributions;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.inbox.EventHandlers;
import org.plenary.events.inbox.EventReceiver;

/** contribution.events into the lists under the agenda's items; other types are passed by. */
@ApplicationScoped
public class ContributionEventsConsumer {

    static final String CONSUMER = "agenda-service";

    private final EventReceiver receiver;
    private final EventHandlers handlers;

    public ContributionEventsConsumer(EventReceiver receiver, ContributionListing listing) {
        this.receiver = receiver;
        this.handlers = new EventHandlers()
                .on(ContributionSubmitted.TYPE, ContributionSubmitted.class, listing::apply)
                .on(ContributionRevised.TYPE, ContributionRevised.class, listing::apply)
                .on(ContributionPublished.TYPE, ContributionPublished.class, listing::apply)
                .on(ContributionWithdrawn.TYPE, ContributionWithdrawn.class, listing::apply);
    }

    @Incoming("contribution-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), handlers);
    }
}
