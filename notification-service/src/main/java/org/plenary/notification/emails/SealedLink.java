package org.plenary.notification.emails;

/**
 * A participant's join link as this service holds it: sealed (events' sealing/Sealer), opened only to put it into the
 * message at the moment it goes to the SMTP relay. The ledger's rendered email carries {@link #PLACEHOLDER} where the
 * link goes, so neither the ledger's API nor its table shows a link that would let anyone in.
 *
 * @param sealed  as the event carried it
 * @param context what it was sealed for: the participant's id
 */
public record SealedLink(String sealed, String context) {

    /** Where the link goes in the ledger's text and HTML; no escaping changes it. */
    public static final String PLACEHOLDER = "⟦personal join link, sealed until sent⟧";

    /** @return null when the event carried no link */
    public static SealedLink of(String sealed, Object participantId) {
        return sealed == null ? null : new SealedLink(sealed, participantId.toString());
    }
}
