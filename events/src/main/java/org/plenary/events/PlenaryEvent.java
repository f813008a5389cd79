package org.plenary.events;

/**
 * An event payload that knows its own CloudEvents type and its topic, so the outbox cannot pair a payload with the
 * wrong type or put it on another aggregate's topic. Each payload record says its type once ({@code TYPE}); its
 * package's interface ({@link org.plenary.events.agenda.AgendaEvent}, …) says the topic. Neither is part of the JSON:
 * Jackson writes a record's components only.
 */
public interface PlenaryEvent {

    /** The CloudEvents type, e.g. {@code plenary.agenda.item-added.v1}. */
    String type();

    /** The topic it is published on, its aggregate's ({@link Topics}). */
    String topic();
}
