package org.plenary.notification.ledger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one delivery to its recipients, one SMTP transaction per recipient: the same message (the same To and Cc
 * headers, the same Message-ID) with that recipient alone in the envelope. So each recipient's answer is its own: a
 * relay that refuses one address (RCPT 550) or defers it (451) neither costs the others their email nor hides which
 * address it was. What went wrong is told apart by the stage of the conversation it went wrong in: a reply to the
 * recipient or to the message is about this email and this recipient; a failure to connect, greet, log in or name
 * the sender is about the server, and tells nothing of the email.
 */
@ApplicationScoped
public class SmtpTransactions {

    /**
     * A plain address, safe in a header as it is: no control character, space or line separator, none of the
     * characters that structure an address list. Non-ASCII letters pass (an internationalised address).
     */
    private static final Pattern PLAIN_ADDRESS = Pattern.compile(
            "[^\\p{Cntrl}\\p{Z}\\s<>()\\[\\],;:\"\\\\@]+@[^\\p{Cntrl}\\p{Z}\\s<>()\\[\\],;:\"\\\\@]+");
    /** Vert.x's words for a reply to RCPT TO, to DATA, or to the message's content. */
    private static final List<String> ABOUT_THIS_RECIPIENT = List.of("recipient address not accepted",
            "DATA command not accepted", "sending data failed");
    /** Vert.x's words when the message is larger than the server's SIZE. */
    private static final String TOO_LARGE = "message exceeds allowed size limit";
    /** A header line is folded before this many characters (RFC 5322 asks for 78 where it can). */
    private static final int FOLD_AT = 76;

    /** How an attempt ended, when it did not write to every recipient it was given. */
    public enum Stop {
        /** Every recipient was tried: accepted, refused or deferred. */
        NONE,
        /** The server could not be reached, or failed before this email was in question; the rest were not tried. */
        SERVER,
        /** The message cannot be sent at all (it cannot be built, or is larger than the server takes). */
        MESSAGE,
        /** The attempt ran out of its time; the rest were not tried and are due at once. */
        BUDGET
    }

    /** What one attempt came to; {@code reason} says why it stopped, when it did. */
    public record Attempt(List<String> accepted, List<Delivery.Refusal> refused, List<Delivery.Refusal> deferred,
                          Stop stop, String reason) {
    }

    private final Mailer mailer;

    public SmtpTransactions(Mailer mailer) {
        this.mailer = mailer;
    }

    /**
     * Sends the delivery to each of {@code recipients} in turn, until the server fails or {@code budget} is spent
     * (a new transaction is not started after it, so an attempt ends well within its database transaction).
     */
    public Attempt send(Delivery delivery, List<String> recipients, Duration budget) {
        List<String> accepted = new ArrayList<>();
        List<Delivery.Refusal> refused = new ArrayList<>();
        List<Delivery.Refusal> deferred = new ArrayList<>();
        String unbuildable = unbuildable(delivery);
        if (unbuildable != null) {
            return new Attempt(accepted, refused, deferred, Stop.MESSAGE, unbuildable);
        }
        Instant end = Instant.now().plus(budget);
        for (String recipient : recipients) {
            if (Instant.now().isAfter(end)) {
                return new Attempt(accepted, refused, deferred, Stop.BUDGET, "the attempt's time was spent");
            }
            try {
                mailer.send(mail(delivery, recipient));
                accepted.add(recipient);
            } catch (RuntimeException e) {
                SMTPException reply = cause(e, SMTPException.class);
                if (reply != null && aboutThisRecipient(reply)) {
                    Delivery.Refusal refusal = new Delivery.Refusal(recipient, reply(reply));
                    (reply.isPermanent() ? refused : deferred).add(refusal);
                } else if (message(e).contains(TOO_LARGE)) {
                    return new Attempt(accepted, refused, deferred, Stop.MESSAGE, message(e));
                } else {
                    return new Attempt(accepted, refused, deferred, Stop.SERVER, message(e));
                }
            }
        }
        return new Attempt(accepted, refused, deferred, Stop.NONE, null);
    }

    private static Mail mail(Delivery delivery, String recipient) {
        // Headers in the order given (To before Cc, as mail clients and people expect), not a hash map's.
        Mail mail = new Mail().setHeaders(new LinkedHashMap<>())
                .setSubject(delivery.subject).setText(delivery.textBody).setHtml(delivery.htmlBody)
                .setBcc(List.of(recipient))
                .addHeader("Message-ID", delivery.messageId)
                .addHeader("X-Plenary-Delivery", delivery.id.toString())
                .addHeader("To", addressList("To", delivery.to));
        if (!delivery.cc.isEmpty()) {
            mail.addHeader("Cc", addressList("Cc", delivery.cc));
        }
        return mail;
    }

    /**
     * The addresses comma-separated, the line folded (CRLF and a space) before {@value #FOLD_AT} characters where it
     * can be: the mail client writes a header's value as it is given.
     */
    static String addressList(String header, List<String> addresses) {
        StringBuilder list = new StringBuilder();
        int line = header.length() + 2;
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i) + (i < addresses.size() - 1 ? "," : "");
            if (i > 0 && line + 1 + address.length() > FOLD_AT) {
                list.append("\r\n");
                line = 0;
            }
            list.append(i > 0 ? " " : "").append(address);
            line += (i > 0 ? 1 : 0) + address.length();
        }
        return list.toString();
    }

    /** Why the message cannot be sent safely to anyone, or null: checked before any SMTP. */
    private static String unbuildable(Delivery delivery) {
        if (delivery.subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            return "cannot be built: the subject holds a line break";
        }
        return delivery.recipients().stream().filter(address -> !PLAIN_ADDRESS.matcher(address).matches())
                .findFirst().map(address -> "cannot be built: not a plain email address: "
                        + address.replaceAll("\\p{Cntrl}", "?")).orElse(null);
    }

    private static boolean aboutThisRecipient(SMTPException reply) {
        return ABOUT_THIS_RECIPIENT.stream().anyMatch(stage -> String.valueOf(reply.getMessage()).startsWith(stage));
    }

    /** The server's reply as it said it, e.g. "550 5.1.1 No such mailbox". */
    private static String reply(SMTPException e) {
        String text = String.join(" ", e.getReplyMessages()).strip();
        return text.startsWith(String.valueOf(e.getReplyCode())) ? text : e.getReplyCode() + " " + text;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    /** The innermost cause's message, on one line. */
    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\p{Cntrl}", " ");
    }
}
