package org.plenary.agenda.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AgendaVersion")
public record VersionView(int number, String reason, String adoptedBy, Instant adoptedAt, int itemCount,
                          @Schema(description = "Absent in lists") List<Item> items) {

    public static VersionView of(AgendaVersion version, boolean withItems) {
        return new VersionView(version.key.number(), version.reason, version.adoptedBy, version.adoptedAt,
                version.items.size(), withItems ? version.items.stream().map(Item::of).toList() : null);
    }

    @Schema(name = "AgendaVersionItem")
    public record Item(UUID itemId, int number, Map<String, String> title, String documentReference, String outcome) {

        static Item of(AgendaVersion.Item item) {
            return new Item(item.itemId(), item.number(), item.title(), item.documentReference(), item.outcome());
        }
    }

    @Schema(name = "AgendaComparison", description = "From one version to another, item by item")
    public record Comparison(int from, int to, List<Item> added, List<Item> removed, List<Renumbered> renumbered,
                             List<Retitled> retitled) {

        public static Comparison of(VersionService.Comparison c) {
            return new Comparison(c.from(), c.to(), c.added().stream().map(Item::of).toList(),
                    c.removed().stream().map(Item::of).toList(),
                    c.renumbered().stream().map(r -> new Renumbered(r.itemId(), r.from(), r.to())).toList(),
                    c.retitled().stream().map(r -> new Retitled(r.itemId(), r.number(), r.from(), r.to())).toList());
        }
    }

    public record Renumbered(UUID itemId, int from, int to) {
    }

    public record Retitled(UUID itemId, int number, Map<String, String> from, Map<String, String> to) {
    }
}
