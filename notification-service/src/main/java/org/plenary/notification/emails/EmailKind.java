package org.plenary.notification.emails;

/** The emails of the catalogue (notification-service/README.md, "Emails"); the ledger records the name. */
public enum EmailKind {
    /** A contribution submitted or revised: to the contributions mailbox, Cc every submitting state's contacts. */
    CONTRIBUTION,
    /** A delegation's current speakers, to the speaker-registration mailbox. */
    SPEAKERS_CHANGED,
    ADDITIONAL_SPEAKER_REQUESTED,
    ADDITIONAL_SPEAKER_DECIDED,
    /** A participant's own email: the personal link, a role change, or the waiting list. */
    PARTICIPANT_LINK,
    CONTRIBUTION_DEADLINE_REMINDER,
    /** A contribution published: to its submitting states' contact persons, with its public reference. */
    CONTRIBUTION_PUBLISHED,
    /** A contribution withdrawn: to the contributions mailbox, Cc every submitting state's contacts. */
    CONTRIBUTION_WITHDRAWN,
    /** The contribution deadline moved: to the addressed states' contact persons, each in its language. */
    CONTRIBUTION_DEADLINE_CHANGED,
    SPEAKER_DESIGNATION_REMINDER,
    /** An agenda version adopted: to the addressed states' contact persons, with what changed. */
    AGENDA_ADOPTED,
    /** The time plan published: to the addressed states' contact persons, with the plan as an .ics file. */
    TIME_PLAN_PUBLISHED
}
