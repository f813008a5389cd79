package org.plenary.acceptance;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.search.SearchTerm;
import jakarta.mail.search.SubjectTerm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A mailbox of the local run's mail server, read over IMAP as any mail client would (login and password: the
 * address).
 */
record Mailbox(String address, int imapPort) {

    /** The local run's IMAP port. */
    static final int IMAP_PORT = 1143;

    /** @param attachments the attached files' bytes by file name */
    record Mail(String messageId, String subject, List<String> to, List<String> cc, String text,
                Map<String, byte[]> attachments) {
    }

    static Mailbox of(String address) {
        return new Mailbox(address, IMAP_PORT);
    }

    static Mailbox of(String address, int imapPort) {
        return new Mailbox(address, imapPort);
    }

    List<Mail> messages() {
        return search(null);
    }

    /** The messages whose subject contains {@code part}, searched by the IMAP server. */
    List<Mail> withSubjectContaining(String part) {
        return search(new SubjectTerm(part)).stream().filter(mail -> mail.subject().contains(part)).toList();
    }

    /** The Message-ID of every message, one per message received: all a count of copies needs, fetched at once. */
    List<String> messageIds() {
        return open(inbox -> {
            Message[] messages = inbox.getMessages();
            FetchProfile headers = new FetchProfile();
            headers.add("Message-ID");
            inbox.fetch(messages, headers);
            List<String> ids = new ArrayList<>();
            for (Message message : messages) {
                String[] id = message.getHeader("Message-ID");
                ids.add(id == null ? null : id[0]);
            }
            return ids;
        });
    }

    private List<Mail> search(SearchTerm term) {
        return open(inbox -> Arrays.stream(term == null ? inbox.getMessages() : inbox.search(term))
                .map(Mailbox::read).toList());
    }

    private interface Reading<T> {
        List<T> read(Folder inbox) throws MessagingException;
    }

    /** What {@code reading} finds in the inbox, opened read-only; nothing for a mailbox that has had no mail yet. */
    private <T> List<T> open(Reading<T> reading) {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return reading.read(inbox);
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException noMailYet) {
            // The local run's server opens a mailbox with its first message.
            return List.of();
        } catch (MessagingException e) {
            throw new IllegalStateException("IMAP " + address + ": " + e.getMessage(), e);
        }
    }

    private static Mail read(Message message) {
        try {
            String[] ids = message.getHeader("Message-ID");
            return new Mail(ids == null ? null : ids[0], message.getSubject(),
                    addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getRecipients(Message.RecipientType.CC)), text(message.getContent()),
                    attachments(message.getContent()));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static Map<String, byte[]> attachments(Object content) throws MessagingException, IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    files.put(MimeUtility.decodeText(part.getFileName()), part.getInputStream().readAllBytes());
                }
            }
        }
        return files;
    }

    /** The plain-text part (the first one found). */
    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart nested) {
                    String text = text(nested);
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            }
        }
        return "";
    }
}
