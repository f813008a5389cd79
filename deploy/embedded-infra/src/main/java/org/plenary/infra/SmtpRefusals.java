package org.plenary.infra;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real relay does to some recipients: refuses them for good ({@code 550}) or for now ({@code 451}), or refuses
 * the message itself when it is for them ({@code 554} or {@code 452} to {@code DATA}); and what a misconfigured one
 * does to everybody: refuses the sender ({@code 553} to {@code MAIL FROM}). The SMTP gate reads the client's commands
 * line by line and answers {@code RCPT TO} for a chosen address itself, with the chosen reply, {@code DATA} when the
 * transaction names an address whose messages are refused, and {@code MAIL FROM} while senders are refused;
 * everything else, the message content included, goes on to GreenMail unchanged. GreenMail does not offer PIPELINING, so a client waits for each
 * reply and the gate's answers keep their place in the conversation. The gate takes what follows an accepted DATA for
 * message content until the line ".".
 */
final class SmtpRefusals implements TcpGate.ClientStream {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s*<([^>]*)>.*", Pattern.CASE_INSENSITIVE);
    /** Commands that start a new transaction: the recipients named so far are forgotten. */
    private static final Pattern NEW_TRANSACTION = Pattern.compile("(MAIL FROM:|RSET|HELO|EHLO).*",
            Pattern.CASE_INSENSITIVE);
    private static final byte[] END_OF_DATA = ".\r\n".getBytes(StandardCharsets.US_ASCII);
    /** One reply line of a refusal: a 4xx or 5xx code and printable text, nothing that could end the line early. */
    private static final Pattern REFUSAL = Pattern.compile("[45]\\d\\d( [ -~]*)?");

    /** A reply to give, and how many more times. */
    private record Refusal(String reply, int times) {
    }

    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    private final Map<String, Refusal> messageRefusals = new ConcurrentHashMap<>();
    private final AtomicReference<String> senderRefusal = new AtomicReference<>();

    /**
     * The next {@code times} {@code RCPT TO:<address>} are answered with {@code reply}, e.g. "550 5.1.1 No such
     * mailbox" ({@link Integer#MAX_VALUE}: until {@link #accept}).
     */
    void refuse(String address, String reply, int times) {
        refusals.put(address.toLowerCase(Locale.ROOT), refusal(reply, times));
    }

    /** The next {@code times} transactions that name the address get {@code reply} to their {@code DATA}. */
    void refuseMessagesTo(String address, String reply, int times) {
        messageRefusals.put(address.toLowerCase(Locale.ROOT), refusal(reply, times));
    }

    /** Every {@code MAIL FROM} gets {@code reply} until {@code reply} is null. */
    void refuseSenders(String reply) {
        senderRefusal.set(reply == null ? null : refusal(reply, Integer.MAX_VALUE).reply());
    }

    void accept(String address) {
        refusals.remove(address.toLowerCase(Locale.ROOT));
        messageRefusals.remove(address.toLowerCase(Locale.ROOT));
    }

    private static Refusal refusal(String reply, int times) {
        if (!REFUSAL.matcher(reply).matches()) {
            throw new IllegalArgumentException("not a refusal: a 4xx or 5xx code, then printable ASCII: " + reply);
        }
        return new Refusal(reply, times);
    }

    @Override
    public void forward(InputStream fromClient, OutputStream toServer, OutputStream toClient) throws IOException {
        InputStream in = new BufferedInputStream(fromClient);
        OutputStream out = new BufferedOutputStream(toServer);
        boolean inData = false;
        List<String> envelope = new ArrayList<>();
        byte[] line;
        while ((line = readLine(in)) != null) {
            String text = new String(line, StandardCharsets.US_ASCII).strip();
            String reply = inData ? null : replyTo(text, envelope);
            if (reply != null) {
                out.flush();
                toClient.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                toClient.flush();
                continue;
            }
            out.write(line);
            if (inData) {
                inData = !Arrays.equals(line, END_OF_DATA);
            } else {
                inData = text.equalsIgnoreCase("DATA");
            }
            // A whole message is passed on in as few writes as it came in.
            if (in.available() == 0) {
                out.flush();
            }
        }
        out.flush();
    }

    /** The gate's own reply to a command, or null to pass it on; {@code envelope}: this transaction's recipients. */
    private String replyTo(String command, List<String> envelope) {
        if (NEW_TRANSACTION.matcher(command).matches()) {
            envelope.clear();
            return command.regionMatches(true, 0, "MAIL FROM:", 0, 10) ? senderRefusal.get() : null;
        }
        if (command.equalsIgnoreCase("DATA")) {
            return envelope.stream().map(address -> take(messageRefusals, address)).filter(Objects::nonNull)
                    .findFirst().orElse(null);
        }
        Matcher rcpt = RCPT.matcher(command);
        if (!rcpt.matches()) {
            return null;
        }
        String address = rcpt.group(1).toLowerCase(Locale.ROOT);
        String reply = take(refusals, address);
        if (reply == null) {
            envelope.add(address);
        }
        return reply;
    }

    /** The reply for the address, counting it as given; null when there is none. */
    private static String take(Map<String, Refusal> refusals, String address) {
        AtomicReference<String> reply = new AtomicReference<>();
        refusals.computeIfPresent(address, (key, refusal) -> {
            reply.set(refusal.reply());
            if (refusal.times() == Integer.MAX_VALUE) {
                return refusal;
            }
            return refusal.times() > 1 ? new Refusal(refusal.reply(), refusal.times() - 1) : null;
        });
        return reply.get();
    }

    /** One line with its line ending, or what is left before the end of the stream; null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }
}
