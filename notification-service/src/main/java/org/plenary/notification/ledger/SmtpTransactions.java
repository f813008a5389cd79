package org.plenary.notification.ledger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes one delivery to its recipients, one SMTP transaction per recipient: the same message (the same To and Cc
 * headers, the same Message-ID) with that recipient alone in the envelope. So each recipient's answer is its own: a
 * relay that refuses one address (RCPT 550) or defers it (451) neither costs the others their email nor hides which
 * address it was. The transactions share the mailer's pooled connection.
 */
@ApplicationScoped
public class SmtpTransactions {

    /** A plain address, safe to put in a header as it is; anything else cannot be sent. */
    private static final Pattern PLAIN_ADDRESS = Pattern.compile("[^\\s<>()\\[\\],;:\"\\\\\\p{Cntrl}]+@"
            + "[^\\s<>()\\[\\],;:\"\\\\\\p{Cntrl}@]+");

    /**
     * What one attempt came to. {@code unbuildable}: the message cannot be built (nothing was sent, nothing will be).
     * {@code unreachable}: the server could not be reached or dropped the connection; the recipients not yet written
     * to were not tried.
     */
    public record Attempt(List<String> accepted, List<Delivery.Refusal> refused, List<Delivery.Refusal> deferred,
                          String unreachable, String unbuildable) {
    }

    private final Mailer mailer;

    public SmtpTransactions(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Sends the delivery to each of {@code recipients} in turn, until the server cannot be reached. */
    public Attempt send(Delivery delivery, List<String> recipients) {
        List<String> accepted = new ArrayList<>();
        List<Delivery.Refusal> refused = new ArrayList<>();
        List<Delivery.Refusal> deferred = new ArrayList<>();
        String unsafe = unsafeAddress(delivery);
        if (unsafe != null) {
            return new Attempt(accepted, refused, deferred, null,
                    "not a plain email address: " + unsafe.replaceAll("\\p{Cntrl}", "?"));
        }
        for (String recipient : recipients) {
            try {
                mailer.send(mail(delivery, recipient));
                accepted.add(recipient);
            } catch (RuntimeException e) {
                SMTPException reply = cause(e, SMTPException.class);
                if (reply != null) {
                    Delivery.Refusal refusal = new Delivery.Refusal(recipient, reply(reply));
                    (reply.isPermanent() ? refused : deferred).add(refusal);
                } else if (cause(e, IllegalArgumentException.class) != null) {
                    return new Attempt(accepted, refused, deferred, null, message(e));
                } else {
                    return new Attempt(accepted, refused, deferred, message(e), null);
                }
            }
        }
        return new Attempt(accepted, refused, deferred, null, null);
    }

    private static Mail mail(Delivery delivery, String recipient) {
        Mail mail = new Mail().setSubject(delivery.subject).setText(delivery.textBody).setHtml(delivery.htmlBody)
                .setBcc(List.of(recipient))
                .addHeader("Message-ID", delivery.messageId)
                .addHeader("X-Plenary-Delivery", delivery.id.toString())
                .addHeader("To", String.join(", ", delivery.to));
        if (!delivery.cc.isEmpty()) {
            mail.addHeader("Cc", String.join(", ", delivery.cc));
        }
        return mail;
    }

    private static String unsafeAddress(Delivery delivery) {
        return delivery.recipients().stream().filter(address -> !PLAIN_ADDRESS.matcher(address).matches())
                .findFirst().orElse(null);
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

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\p{Cntrl}", " ");
    }
}
