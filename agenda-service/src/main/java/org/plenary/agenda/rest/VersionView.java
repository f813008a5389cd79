package org.plenary.agenda.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "AgendaVersion")
public record VersionView(int number, String reason, String adoptedBy, Instant adoptedAt, int itemCount,
                          @Schema(description = "Absent in lists") List<Item> items) {

    @Schema(name = "AgendaVersionItem")
    public record Item(UUID itemId, int number, Map<String, String> title, String documentReference, String outcome) {
    }

    @Schema(name = "AgendaComparison", description = "From one version to another, item by item")
    public record Comparison(int from, int to, List<Item> added, List<Item> removed, List<Renumbered> renumbered,
                             List<Retitled> retitled) {
    }

    public record Renumbered(UUID itemId, int from, int to) {
    }

    public record Retitled(UUID itemId, int number, Map<String, String> from, Map<String, String> to) {
    }
}
