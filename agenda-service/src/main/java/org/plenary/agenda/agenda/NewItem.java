package org.plenary.agenda.agenda;

import java.util.Map;

/**
 * An item the secretariat puts on the agenda at a free number.
 *
 * @param venue  null for the virtual consultation
 * @param reason why, required once the agenda is adopted: it becomes the new version's reason
 */
public record NewItem(int number, Map<String, String> title, String documentReference, AgendaItem.Outcome outcome,
                      AgendaItem.Venue venue, String reason) {
}
