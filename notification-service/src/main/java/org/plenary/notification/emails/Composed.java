package org.plenary.notification.emails;

import java.util.List;

/**
 * An email ready for the ledger: recipients, language, subject and both parts.
 *
 * @param missingRecipients who should have been written to but has no address (a state without contact persons)
 * @param link              the personal link that replaces {@link SealedLink#PLACEHOLDER} when sent, or null
 * @param replyTo           where replies go: the meeting's secretariat mailbox; null when the meeting names none
 * @param from              the From: the meeting's sender; null when the configured sender applies
 * @param attachments       files sent with it
 */
public record Composed(EmailKind kind, String language, List<String> to, List<String> cc,
                       List<String> missingRecipients, String subject, String text, String html, SealedLink link,
                       String replyTo, String from, List<Attachment> attachments) {

    /** The same email with these files attached. */
    public Composed attaching(List<Attachment> files) {
        return new Composed(kind, language, to, cc, missingRecipients, subject, text, html, link, replyTo, from,
                List.copyOf(files));
    }
}
