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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a real relay does to some recipients: refuses them for good ({@code 550}) or for now ({@code 451}). The SMTP
 * gate reads the client's commands line by line and answers {@code RCPT TO} for a chosen address itself, with the
 * chosen reply; everything else, the message content included, goes on to GreenMail unchanged. GreenMail does not
 * offer PIPELINING, so a client waits for each reply and the gate's answers keep their place in the conversation.
 */
final class SmtpRefusals implements TcpGate.ClientStream {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s*<([^>]*)>.*", Pattern.CASE_INSENSITIVE);
    private static final byte[] END_OF_DATA = ".\r\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<String, String> replies = new ConcurrentHashMap<>();

    /** From now on {@code RCPT TO:<address>} is answered with {@code reply}, e.g. "550 5.1.1 No such mailbox". */
    void refuse(String address, String reply) {
        replies.put(address.toLowerCase(Locale.ROOT), reply);
    }

    void accept(String address) {
        replies.remove(address.toLowerCase(Locale.ROOT));
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
        return rcpt.matches() ? replies.get(rcpt.group(1).toLowerCase(Locale.ROOT)) : null;
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
