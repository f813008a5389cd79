package org.plenary.agenda.contributions;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.plenary.events.EventEnvelope;
import org.plenary.events.EventJson;
import org.plenary.events.contribution.ContributionPublished;
import org.plenary.events.contribution.ContributionRevised;
import org.plenary.events.contribution.ContributionSubmitted;
import org.plenary.events.contribution.ContributionWithdrawn;
import org.plenary.events.inbox.EventReceiver;

/** contribution.events into the lists under the agenda's items; other types are recorded and skipped. */
@ApplicationScoped
public class ContributionEventsConsumer {

    static final String CONSUMER = "agenda-service";

    private final EventReceiver receiver;
    private final EventJson json;
    private final ContributionListing listing;

    public ContributionEventsConsumer(EventReceiver receiver, EventJson json, ContributionListing listing) {
        this.receiver = receiver;
        this.json = json;
        this.listing = listing;
    }

    @Incoming("contribution-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        receiver.receive(CONSUMER, record.value(), this::apply);
    }

    private void apply(EventEnvelope event) {
        switch (event.type()) {
            case ContributionSubmitted.TYPE -> listing.apply(event, json.data(event, ContributionSubmitted.class));
            case ContributionRevised.TYPE -> listing.apply(event, json.data(event, ContributionRevised.class));
            case ContributionPublished.TYPE -> listing.apply(event, json.data(event, ContributionPublished.class));
            case ContributionWithdrawn.TYPE -> listing.apply(event, json.data(event, ContributionWithdrawn.class));
            default -> {
                // Not needed here; the inbox still records it as processed.
            }
        }
    }
}
