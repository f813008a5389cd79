package org.plenary.infra;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real relay does to some recipients: refuses them for good ({@code 550}) or for now ({@code 451}). The SMTP
 * gate reads the client's commands line by line and answers {@code RCPT TO} for a chosen address itself, with the
 * chosen reply; everything else, the message content included, goes on to GreenMail unchanged. GreenMail does not
 * offer PIPELINING, so a client waits for each reply and the gate's answers keep their place in the conversation.
 * The gate takes what follows DATA for message content until the line ".": a client whose DATA is refused closes
 * the connection (Vert.x's does), so nothing else follows it there.
 */
final class SmtpRefusals implements TcpGate.ClientStream {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s*<([^>]*)>.*", Pattern.CASE_INSENSITIVE);
    private static final byte[] END_OF_DATA = ".\r\n".getBytes(StandardCharsets.US_ASCII);
    /** One reply line of a refusal: a 4xx or 5xx code and printable text, nothing that could end the line early. */
    private static final Pattern REFUSAL = Pattern.compile("[45]\\d\\d( [ -~]*)?");

    /** A reply to give, and how many more times. */
    private record Refusal(String reply, int times) {
    }

    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();

    /**
     * The next {@code times} {@code RCPT TO:<address>} are answered with {@code reply}, e.g. "550 5.1.1 No such
     * mailbox" ({@link Integer#MAX_VALUE}: until {@link #accept}).
     */
    void refuse(String address, String reply, int times) {
        if (!REFUSAL.matcher(reply).matches()) {
            throw new IllegalArgumentException("not a refusal: a 4xx or 5xx code, then printable ASCII: " + reply);
        }
        refusals.put(address.toLowerCase(Locale.ROOT), new Refusal(reply, times));
    }

    void accept(String address) {
        refusals.remove(address.toLowerCase(Locale.ROOT));
    }

    @Override
    public void forward(InputStream fromClient, OutputStream toServer, OutputStream toClient) throws IOException {
        InputStream in = new BufferedInputStream(fromClient);
        OutputStream out = new BufferedOutputStream(toServer);
        boolean inData = false;
        byte[] line;
        while ((line = readLine(in)) != null) {
            String text = new String(line, StandardCharsets.US_ASCII).strip();
            String reply = inData ? null : replyTo(text);
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

    private String replyTo(String command) {
        Matcher rcpt = RCPT.matcher(command);
        if (!rcpt.matches()) {
            return null;
        }
        AtomicReference<String> reply = new AtomicReference<>();
        refusals.computeIfPresent(rcpt.group(1).toLowerCase(Locale.ROOT), (address, refusal) -> {
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
