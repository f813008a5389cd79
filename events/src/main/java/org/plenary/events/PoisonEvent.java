package org.plenary.events;

/**
 * A message that will never be processable as it stands (malformed, or its data does not fit its type). It goes to
 * the dead-letter topic at once instead of being retried, so its partition moves on.
 */
public class PoisonEvent extends RuntimeException {

    public PoisonEvent(String message) {
        super(message);
    }

    public PoisonEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
