package org.plenary.notification.emails;

import java.util.List;

/**
 * An email ready for the ledger: recipients, language, subject and both parts.
 *
 * @param missingRecipients who should have been written to but has no address (a state without contact persons)
 * @param link              the personal link that replaces {@link SealedLink#PLACEHOLDER} when sent, or null
 * @param replyTo           where replies go: the meeting's secretariat mailbox; null when the meeting names none
 */
public record Composed(EmailKind kind, String language, List<String> to, List<String> cc,
                       List<String> missingRecipients, String subject, String text, String html, SealedLink link,
                       String replyTo) {
}
