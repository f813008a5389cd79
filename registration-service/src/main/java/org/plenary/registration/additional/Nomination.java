package org.plenary.registration.additional;

import java.util.UUID;

/**
 * A delegation's viewer named to speak as an additional speaker, in one session or on one item: what the secretariat
 * then decides.
 *
 * @param sessionId  the session of the time plan, or null when the item is given
 * @param itemNumber the agenda item's number, or null when the session is given
 * @param reason     why, or null
 */
public record Nomination(UUID participantId, UUID sessionId, Integer itemNumber, String reason) {
}
