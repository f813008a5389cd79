package org.plenary.agenda.agenda;

import java.util.Map;

/**
 * A member state's proposal on the agenda, as the letter invites it.
 *
 * @param itemNumber    the item, for a proposal that moves one; null for a proposal on the whole agenda
 * @param proposedTitle a NEW_ITEM's title by language, English required; null or empty for the other kinds
 */
public record NewProposal(AgendaProposal.Kind kind, Integer itemNumber, Map<String, String> proposedTitle) {
}
