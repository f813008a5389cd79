package org.plenary.notification.ledger;

import jakarta.activation.DataHandler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.plenary.events.sealing.Sealer;
import org.plenary.notification.emails.Attachment;
import org.plenary.notification.emails.SealedLink;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes one delivery to its recipients in one SMTP transaction, and says what the relay answered for each of them.
 * Angus Mail's {@link SMTPTransport} is used rather than quarkus-mailer's Vert.x client (whose settings,
 * {@link SmtpRelayConfig}, it reads): the Vert.x client either fails the whole email on one refused recipient or,
 * allowed to go on, drops that recipient's reply; and after a failed send its connection pool now and then leaves the
 * next send waiting forever. Here, with {@code sendpartial}, a relay that refuses one address (RCPT 550) or defers it
 * (451) neither costs the others their email nor hides which address it was.
 * <p>
 * What went wrong is told apart by the stage of the conversation: a reply to {@code RCPT TO} is about that recipient;
 * a reply to {@code DATA} or to the message's content is about the message; a failure to connect, greet, log in or
 * name the sender is about the server, and tells nothing of the email. Called by one thread at a time
 * ({@link DeliverySender}); the connection is kept between emails and checked ({@code NOOP}) before it is reused.
 */
@ApplicationScoped
public class SmtpTransactions {

    /**
     * A plain address, safe in a header as it is: no control character, space or line separator, none of the
     * characters that structure an address list. Non-ASCII letters pass (an internationalised address).
     */
    private static final Pattern PLAIN_ADDRESS = Pattern.compile(
            "[^\\p{Cntrl}\\p{Z}\\s<>()\\[\\],;:\"\\\\@]+@[^\\p{Cntrl}\\p{Z}\\s<>()\\[\\],;:\"\\\\@]+");
    /** How long one attempt may take at most, well within the ledger's transaction ({@link DeliverySender}). */
    static final Duration ATTEMPT_LIMIT = Duration.ofSeconds(240);
    /** The commands of an attempt besides RCPT TO, each waiting up to the timeout (NOOP to RSET, TLS and login). */
    private static final int COMMANDS_BESIDE_RECIPIENTS = 12;
    /** A relay's reply meaning the message is larger than it takes (RFC 5321 552; RFC 3463 5.3.4). */
    private static final Pattern TOO_LARGE = Pattern.compile("552\\b.*|5\\d\\d 5\\.3\\.4\\b.*", Pattern.DOTALL);

    /** How an attempt ended, when it did not come to an answer for every recipient it was given. */
    public enum Stop {
        /** Every recipient was answered: accepted, refused or deferred. */
        NONE,
        /** The server could not be reached, or failed before this email was in question; nobody was answered. */
        SERVER,
        /** The message cannot be sent at all: it cannot be built, or the relay refused it for good. */
        MESSAGE,
        /**
         * Every recipient of this transaction was answered, and more remain: an email to more recipients than
         * {@link #recipientsPerTransaction()} goes out in several transactions, the next one at once.
         */
        MORE
    }

    /** What one attempt came to; {@code reason} says why it stopped, when it did. */
    public record Attempt(List<String> accepted, List<Delivery.Refusal> refused, List<Delivery.Refusal> deferred,
                          Stop stop, String reason) {

        static Attempt stopped(Stop stop, String reason) {
            return new Attempt(List.of(), List.of(), List.of(), stop, reason);
        }
    }

    private final SmtpRelayConfig relay;
    private final Sealer sealer;
    private final Session session;
    private final int recipientsPerTransaction;
    private SMTPTransport connection;

    public SmtpTransactions(SmtpRelayConfig relay, Sealer sealer) {
        this.relay = relay;
        this.sealer = sealer;
        this.session = Session.getInstance(properties(relay));
        this.recipientsPerTransaction = recipientsPerTransaction(
                relay.timeout().orElse(SmtpRelayConfig.DEFAULT_TIMEOUT));
    }

    /**
     * At most this many recipients in one transaction, so that one attempt, waiting the relay's timeout at each of its
     * commands, still ends well within {@link #ATTEMPT_LIMIT} (and so within the ledger's database transaction).
     */
    public int recipientsPerTransaction() {
        return recipientsPerTransaction;
    }

    static int recipientsPerTransaction(Duration timeout) {
        long commands = ATTEMPT_LIMIT.toMillis() / Math.max(1, timeout.toMillis());
        return (int) Math.max(1, commands - COMMANDS_BESIDE_RECIPIENTS);
    }

    /**
     * Sends the delivery to {@code recipients} (the envelope; the headers name every To and Cc of the email), or to
     * the first {@link #recipientsPerTransaction()} of them ({@link Stop#MORE}).
     */
    public synchronized Attempt send(Delivery delivery, List<String> recipients) {
        List<String> now = recipients.subList(0, Math.min(recipients.size(), recipientsPerTransaction));
        Stop done = now.size() < recipients.size() ? Stop.MORE : Stop.NONE;
        MimeMessage message;
        Address[] envelope;
        try {
            String link = delivery.sealedLink == null ? null : sealer.open(delivery.sealedLink, delivery.sealedFor);
            message = message(session, sender(), delivery, link);
            envelope = addresses(now);
        } catch (MessagingException | IllegalArgumentException | Sealer.CannotOpen e) {
            return Attempt.stopped(Stop.MESSAGE, "cannot be built: " + oneLine(e));
        }
        try {
            connected().sendMessage(message, envelope);
            return new Attempt(List.copyOf(now), List.of(), List.of(), done, null);
        } catch (SendFailedException e) {
            return answered(e, done);
        } catch (MessagingException | RuntimeException e) {
            disconnect();
            return Attempt.stopped(Stop.SERVER, oneLine(e));
        }
    }

    /**
     * The relay answered about the sender (the server's trouble, unless the message is too large), about recipients
     * (each refused for good or deferred, as Angus Mail sorts the reply: 552 to RCPT, a full mailbox, is for now), or
     * about the message itself.
     */
    private Attempt answered(SendFailedException e, Stop done) {
        if (e instanceof SMTPSendFailedException sender
                && String.valueOf(sender.getCommand()).startsWith("MAIL FROM")) {
            // Angus Mail reports a refused MAIL FROM so, with an SMTPSenderFailedException chained behind it.
            disconnect();
            return Attempt.stopped(tooLarge(said(sender)) ? Stop.MESSAGE : Stop.SERVER, said(sender));
        }
        List<String> accepted = plain(e.getValidSentAddresses());
        Set<String> invalid = new HashSet<>();
        plain(e.getInvalidAddresses()).forEach(address -> invalid.add(address.toLowerCase(Locale.ROOT)));
        List<Delivery.Refusal> refused = new ArrayList<>();
        List<Delivery.Refusal> deferred = new ArrayList<>();
        List<String> answered = new ArrayList<>();
        for (Exception next = e.getNextException(); next instanceof MessagingException reply;
             next = reply.getNextException()) {
            if (reply instanceof SMTPAddressFailedException address) {
                Delivery.Refusal refusal = new Delivery.Refusal(address.getAddress().getAddress(), reply(address));
                String key = refusal.address().toLowerCase(Locale.ROOT);
                (invalid.contains(key) ? refused : deferred).add(refusal);
                answered.add(key);
            }
        }
        if (e instanceof SMTPSendFailedException message && message.getReturnCode() >= 400) {
            // DATA or the message's content refused: none of the accepted recipients got it.
            disconnect();
            if (message.getReturnCode() >= 500) {
                return new Attempt(List.of(), refused, deferred, Stop.MESSAGE,
                        "the message was refused: " + said(message));
            }
            plain(e.getValidUnsentAddresses()).stream()
                    .filter(address -> !answered.contains(address.toLowerCase(Locale.ROOT)))
                    .forEach(address -> deferred.add(new Delivery.Refusal(address, said(message))));
        } else if (answered.isEmpty() && accepted.isEmpty()) {
            disconnect();
            return Attempt.stopped(Stop.SERVER, said(e));
        }
        return new Attempt(accepted, refused, deferred, done, null);
    }

    /** The email as it goes out: the ledger's headers and both parts, or why it cannot be built. */
    static MimeMessage message(Session session, InternetAddress from, Delivery delivery) throws MessagingException {
        return message(session, from, delivery, null);
    }

    /** @param joinLink the opened link that takes the place of {@link SealedLink#PLACEHOLDER}, or null */
    static MimeMessage message(Session session, InternetAddress from, Delivery delivery, String joinLink)
            throws MessagingException {
        String unsafe = delivery.recipients().stream().filter(address -> !PLAIN_ADDRESS.matcher(address).matches())
                .findFirst().orElse(null);
        if (unsafe != null) {
            throw new AddressException("not a plain email address: " + unsafe.replaceAll("\\p{Cntrl}", "?"));
        }
        if (delivery.subject.chars().anyMatch(c -> c == '\r' || c == '\n')) {
            throw new MessagingException("the subject holds a line break");
        }
        // The ledger's Message-ID, not one of the library's: every attempt at the email carries the same.
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", delivery.messageId);
            }
        };
        message.setFrom(delivery.fromAddress != null && PLAIN_ADDRESS.matcher(delivery.fromAddress).matches()
                ? new InternetAddress(delivery.fromAddress) : from);
        if (delivery.replyTo != null && PLAIN_ADDRESS.matcher(delivery.replyTo).matches()) {
            message.setReplyTo(addresses(List.of(delivery.replyTo)));
        }
        message.setRecipients(Message.RecipientType.TO, addresses(delivery.to));
        if (!delivery.cc.isEmpty()) {
            message.setRecipients(Message.RecipientType.CC, addresses(delivery.cc));
        }
        message.setSubject(delivery.subject, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("X-Plenary-Delivery", delivery.id.toString());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(withLink(delivery.textBody, joinLink), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(withLink(delivery.htmlBody, joinLink == null ? null : htmlEscaped(joinLink)),
                StandardCharsets.UTF_8.name(), "html");
        MimeMultipart parts = new MimeMultipart("alternative", text, html);
        if (delivery.attachments.isEmpty()) {
            message.setContent(parts);
        } else {
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(parts);
            MimeMultipart mixed = new MimeMultipart("mixed", body);
            for (Attachment attachment : delivery.attachments) {
                mixed.addBodyPart(part(attachment));
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(Attachment attachment) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
        try {
            part.setFileName(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), null));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("attachment name " + attachment.fileName(), e);
        }
        part.setDisposition(Part.ATTACHMENT);
        return part;
    }

    private static String withLink(String body, String link) {
        return link == null ? body : body.replace(SealedLink.PLACEHOLDER, link);
    }

    private static String htmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The open connection when the relay still answers on it, else a new one. */
    private SMTPTransport connected() throws MessagingException {
        if (connection != null && connection.isConnected()) {
            return connection;
        }
        disconnect();
        SMTPTransport transport = new SMTPTransport(session, null);
        transport.connect(relay.host().orElse(SmtpRelayConfig.DEFAULT_HOST), port(relay),
                relay.username().orElse(null), relay.password().orElse(null));
        connection = transport;
        return transport;
    }

    @PreDestroy
    synchronized void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (MessagingException | RuntimeException e) {
                // Closing a connection already broken: nothing is lost with it.
            }
            connection = null;
        }
    }

    private InternetAddress sender() throws AddressException {
        return new InternetAddress(relay.from().orElseThrow(
                () -> new IllegalStateException("quarkus.mailer.from is not set")), true);
    }

    static Properties properties(SmtpRelayConfig relay) {
        Properties properties = new Properties();
        String timeout = String.valueOf(relay.timeout().orElse(SmtpRelayConfig.DEFAULT_TIMEOUT).toMillis());
        properties.setProperty("mail.smtp.connectiontimeout", timeout);
        properties.setProperty("mail.smtp.timeout", timeout);
        properties.setProperty("mail.smtp.writetimeout", timeout);
        // Internationalised addresses go as UTF-8 (SMTPUTF8 when the relay offers it), not cut to one byte a char.
        properties.setProperty("mail.mime.allowutf8", "true");
        // Recipients the relay accepts get the email though others are refused or deferred.
        properties.setProperty("mail.smtp.sendpartial", "true");
        properties.setProperty("mail.smtp.quitwait", "false");
        properties.setProperty("mail.smtp.auth", String.valueOf(relay.username().isPresent()));
        properties.setProperty("mail.smtp.ssl.enable", String.valueOf(relay.tls().orElse(false)));
        String startTls = relay.startTls().orElse("OPTIONAL").toUpperCase(Locale.ROOT);
        properties.setProperty("mail.smtp.starttls.enable", String.valueOf(!startTls.equals("DISABLED")));
        properties.setProperty("mail.smtp.starttls.required", String.valueOf(startTls.equals("REQUIRED")));
        relay.ownHostName().ifPresent(name -> properties.setProperty("mail.smtp.localhost", name));
        if (relay.trustAll().orElse(false)) {
            properties.setProperty("mail.smtp.ssl.trust", "*");
        }
        relay.from().ifPresent(from -> {
            try {
                properties.setProperty("mail.smtp.from", new InternetAddress(from, true).getAddress());
            } catch (AddressException e) {
                throw new IllegalArgumentException("quarkus.mailer.from is not an address: " + from, e);
            }
        });
        return properties;
    }

    private static int port(SmtpRelayConfig relay) {
        return relay.port().orElse(relay.tls().orElse(false) ? 465 : 25);
    }

    private static InternetAddress[] addresses(List<String> addresses) throws AddressException {
        InternetAddress[] parsed = new InternetAddress[addresses.size()];
        for (int i = 0; i < parsed.length; i++) {
            parsed[i] = new InternetAddress(addresses.get(i), true);
        }
        return parsed;
    }

    private static List<String> plain(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(address -> ((InternetAddress) address).getAddress()).toList();
    }

    private static boolean tooLarge(String reply) {
        return TOO_LARGE.matcher(reply).matches();
    }

    /** The server's reply to a recipient as it said it, e.g. "550 5.1.1 No such mailbox". */
    private static String reply(SMTPAddressFailedException e) {
        String text = said(e);
        return text.startsWith(String.valueOf(e.getReturnCode())) ? text : e.getReturnCode() + " " + text;
    }

    /** What the server said, on one line (an SMTP exception's message is the reply; its cause is the next one). */
    private static String said(MessagingException e) {
        return String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", " ").strip();
    }

    /** The innermost cause's message, on one line: why a connection failed, why an address does not parse. */
    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\p{Cntrl}", " ").strip();
    }
}
