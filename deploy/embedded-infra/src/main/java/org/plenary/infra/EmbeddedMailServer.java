package org.plenary.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail: a real SMTP server, with IMAP so tests and people can read each mailbox. It accepts every recipient
 * unless told to refuse one ({@link #refuseRecipient}). A recipient's IMAP login and password are both its address.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final TcpGate smtpGate;
    private final SmtpRefusals refusals;
    private final int smtpPort;
    private final int imapPort;

    private EmbeddedMailServer(GreenMail greenMail, TcpGate smtpGate, SmtpRefusals refusals, int smtpPort,
                               int imapPort) {
        this.greenMail = greenMail;
        this.smtpGate = smtpGate;
        this.refusals = refusals;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
    }

    /**
     * SMTP is served on {@code smtpPort} through a gate in front of GreenMail, so it can be stopped and started again
     * ({@link #stopSmtp()}) while the mailboxes keep what they received.
     *
     * @param smtpPort 0 for any free port; likewise imapPort
     */
    public static EmbeddedMailServer start(int smtpPort, int imapPort) {
        int smtp = smtpPort == 0 ? Ports.free() : smtpPort;
        int imap = imapPort == 0 ? Ports.free() : imapPort;
        int behindGate = Ports.free();
        GreenMail greenMail = new GreenMail(new ServerSetup[]{
                new ServerSetup(behindGate, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        SmtpRefusals refusals = new SmtpRefusals();
        TcpGate gate = new TcpGate(smtp, behindGate, refusals);
        gate.open();
        return new EmbeddedMailServer(greenMail, gate, refusals, smtp, imap);
    }

    /**
     * From now on the SMTP server answers {@code RCPT TO} for this address with {@code reply}, as a relay does:
     * {@code "550 5.1.1 No such mailbox"} refuses it for good, {@code "451 4.3.0 Try again later"} for now.
     *
     * @throws IllegalArgumentException unless the reply is a 4xx or 5xx code followed by printable ASCII
     */
    public void refuseRecipient(String address, String reply) {
        refusals.refuse(address, reply, Integer.MAX_VALUE);
    }

    /** As {@link #refuseRecipient(String, String)}, for the next {@code times} attempts to write to the address. */
    public void refuseRecipient(String address, String reply, int times) {
        refusals.refuse(address, reply, times);
    }

    /**
     * The next {@code times} messages for this address are refused as a whole, at {@code DATA}: {@code "554 5.6.0
     * Message refused"} for good, {@code "452 4.3.1 Insufficient system storage"} for now. Its {@code RCPT TO} is
     * accepted, so no recipient of such a transaction gets the message.
     */
    public void refuseMessagesTo(String address, String reply, int times) {
        refusals.refuseMessagesTo(address, reply, times);
    }

    /**
     * From now on every {@code MAIL FROM} is answered with {@code reply}, as a relay that does not take this sender
     * does ({@code "553 5.7.1 Sender address rejected"}); null takes senders again.
     */
    public void refuseSenders(String reply) {
        refusals.refuseSenders(reply);
    }

    /** The address is accepted again, and messages for it. */
    public void acceptRecipient(String address) {
        refusals.accept(address);
    }

    /** SMTP goes away: connections are refused (and open ones reset) until {@link #startSmtp()}. */
    public void stopSmtp() {
        smtpGate.close();
    }

    public void startSmtp() {
        smtpGate.open();
    }

    /** The gate in front of the SMTP server, which {@link #stopSmtp()} closes. */
    public TcpGate smtpGate() {
        return smtpGate;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** Every message delivered so far, one per recipient mailbox it reached. */
    public MimeMessage[] receivedMessages() {
        return greenMail.getReceivedMessages();
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        smtpGate.close();
        greenMail.stop();
    }
}
