package org.plenary.agenda.agenda;

import org.plenary.agenda.meeting.Meeting;

import java.util.UUID;

/**
 * An item taken off the agenda, told synchronously (a CDI event, in the remover's transaction) to what hangs on items
 * without the agenda knowing it: the time plan frees the item's session.
 */
public record ItemRemoved(Meeting meeting, UUID itemId) {
}
