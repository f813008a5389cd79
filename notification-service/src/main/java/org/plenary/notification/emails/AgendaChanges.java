package org.plenary.notification.emails;

import org.plenary.events.agenda.AgendaAdopted;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an adopted agenda version changed from the version adopted before it, item by item (by identity, so a
 * renumbered item is not read as removed and added). The first version has no earlier one.
 *
 * @param previous    the version compared with; null for the first
 * @param renumbered  each item as it was (its old number) and as it is
 * @param retitled    items whose title or document changed, as they are now
 */
public record AgendaChanges(Integer previous, List<AgendaAdopted.Item> added, List<AgendaAdopted.Item> removed,
                            List<Renumbered> renumbered, List<AgendaAdopted.Item> retitled) {

    public record Renumbered(int from, AgendaAdopted.Item item) {
    }

    public static AgendaChanges between(Integer previousVersion, List<AgendaAdopted.Item> before,
                                        List<AgendaAdopted.Item> after) {
        if (previousVersion == null || before == null) {
            return new AgendaChanges(null, List.of(), List.of(), List.of(), List.of());
        }
        Map<UUID, AgendaAdopted.Item> old = before.stream()
                .collect(Collectors.toMap(AgendaAdopted.Item::itemId, Function.identity()));
        Map<UUID, AgendaAdopted.Item> now = after.stream()
                .collect(Collectors.toMap(AgendaAdopted.Item::itemId, Function.identity()));
        List<AgendaAdopted.Item> added = after.stream().filter(item -> !old.containsKey(item.itemId())).toList();
        List<AgendaAdopted.Item> removed = before.stream().filter(item -> !now.containsKey(item.itemId())).toList();
        List<Renumbered> renumbered = new ArrayList<>();
        List<AgendaAdopted.Item> retitled = new ArrayList<>();
        for (AgendaAdopted.Item item : after) {
            AgendaAdopted.Item was = old.get(item.itemId());
            if (was == null) {
                continue;
            }
            if (was.number() != item.number()) {
                renumbered.add(new Renumbered(was.number(), item));
            }
            if (!Objects.equals(was.title(), item.title())
                    || !Objects.equals(was.documentReference(), item.documentReference())) {
                retitled.add(item);
            }
        }
        return new AgendaChanges(previousVersion, added, removed, renumbered, retitled);
    }

    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && renumbered.isEmpty() && retitled.isEmpty();
    }
}
