package org.plenary.bench;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** When the SMTP server received messages: GreenMail's receipt time (ms) of the first copy of each. */
final class Receipts {

    /** The key a message is counted under, or {@code null} to leave it out. */
    interface Key {
        String of(MimeMessage message) throws MessagingException;
    }

    private final GreenMail mail;

    Receipts(GreenMail mail) {
        this.mail = mail;
    }

    /** The first receipt of each key. */
    Map<String, Long> first(Key keyOf) throws MessagingException {
        Map<String, Long> first = new HashMap<>();
        for (StoredMessage message : mail.getManagers().getImapHostManager().getAllMessages()) {
            String key = keyOf.of(message.getMimeMessage());
            if (key != null) {
                first.merge(key, message.getReceivedDate().getTime(), Math::min);
            }
        }
        return first;
    }

    /** The first receipt of each of these Message-IDs. */
    Map<String, Long> firstOf(Collection<String> messageIds) throws MessagingException {
        Set<String> wanted = new HashSet<>(messageIds);
        return first(message -> wanted.contains(message.getMessageID()) ? message.getMessageID() : null);
    }
}
