package org.plenary.agenda.agenda;

import org.plenary.events.agenda.AgendaAdopted;
import org.plenary.events.agenda.AgendaItemAdded;
import org.plenary.events.agenda.AgendaItemChanged;

import java.util.Map;

/** The events the agenda's changes publish, each built in one place from the entities. */
final class AgendaEvents {

    private AgendaEvents() {
    }

    static AgendaItemAdded added(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts) {
        return new AgendaItemAdded(item.meetingId, item.id, item.number, item.title, item.documentReference,
                item.outcome.name(), item.venue.name(), AgendaProposal.Kind.byName(counts));
    }

    static AgendaItemChanged changed(AgendaItem item, Map<AgendaProposal.Kind, Integer> counts) {
        return new AgendaItemChanged(item.meetingId, item.id, item.number, item.title, item.documentReference,
                item.outcome.name(), item.venue.name(), AgendaProposal.Kind.byName(counts));
    }

    static AgendaAdopted adopted(AgendaVersion version) {
        return new AgendaAdopted(version.key.meetingId(), version.key.number(), version.reason, version.adoptedBy,
                version.adoptedAt, version.items.stream().map(i -> new AgendaAdopted.Item(i.itemId(), i.number(),
                        i.title(), i.documentReference(), i.outcome())).toList());
    }
}
