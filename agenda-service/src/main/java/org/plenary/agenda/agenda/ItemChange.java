package org.plenary.agenda.agenda;

import java.util.Map;

/**
 * What the secretariat changes on an agenda item: a null field keeps what the item has, and a title replaces only the
 * translations it gives.
 *
 * @param reason why, required once the agenda is adopted: it becomes the new version's reason
 */
public record ItemChange(Integer number, Map<String, String> title, String documentReference,
                         AgendaItem.Outcome outcome, AgendaItem.Venue venue, String reason) {
}
