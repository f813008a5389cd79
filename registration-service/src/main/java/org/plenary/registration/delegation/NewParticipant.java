package org.plenary.registration.delegation;

/**
 * A person a delegation registers for the meeting, in a role. Its members are named and ordered as the request's: an
 * Idempotency-Key's fingerprint is this record as JSON, so a retry still matches the first request across a release.
 *
 * @param function   the person's function in the delegation, or null
 * @param waitIfFull for a viewer: a place on the waiting list when the viewer pool is full, instead of a refusal
 */
public record NewParticipant(String name, String email, String function, String language, Participant.Role role,
                             boolean waitIfFull) {
}
