package org.plenary.notification.ledger;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SmtpTransactionsTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    private static Delivery delivery(List<String> to, List<String> cc, String subject) {
        Delivery delivery = new Delivery();
        delivery.id = UUID.randomUUID();
        delivery.messageId = "<" + delivery.id + "@plenary.itu.example.org>";
        delivery.to = to;
        delivery.cc = cc;
        delivery.subject = subject;
        delivery.textBody = "文稿已收到。";
        delivery.htmlBody = "<p>文稿已收到。</p>";
        return delivery;
    }

    /** The message as the relay reads it, parsed back. */
    private static MimeMessage sentAndRead(Delivery delivery) throws MessagingException, IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        SmtpTransactions.message(SESSION, new InternetAddress("Plenary <plenary@itu.example.org>"), delivery)
                .writeTo(wire);
        return new MimeMessage(SESSION, new ByteArrayInputStream(wire.toByteArray()));
    }

    @Test
    void theEmailKeepsTheLedgersMessageIdItsRecipientsAndBothPartsInUtf8() throws Exception {
        Delivery delivery = delivery(List.of("contributions@itu.int"), List.of("focal.point@mfa.gov.cn"),
                "收到文稿 — C20/55 « Rapport » ");

        MimeMessage read = sentAndRead(delivery);

        assertThat(read.getMessageID()).isEqualTo(delivery.messageId);
        assertThat(read.getHeader("X-Plenary-Delivery")).containsExactly(delivery.id.toString());
        assertThat(read.getSubject()).isEqualTo(delivery.subject);
        assertThat(Arrays.stream(read.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("contributions@itu.int");
        assertThat(Arrays.stream(read.getRecipients(Message.RecipientType.CC)).map(Object::toString))
                .containsExactly("focal.point@mfa.gov.cn");
        assertThat(read.getFrom()[0].toString()).isEqualTo("Plenary <plenary@itu.example.org>");
        Multipart parts = (Multipart) read.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo(delivery.textBody);
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo(delivery.htmlBody);
    }

    @Test
    void aLongAddressListIsFoldedBeforeSeventySixCharactersAndKeepsEveryAddress() throws Exception {
        List<String> addresses = IntStream.range(0, 12)
                .mapToObj(i -> "focal.point" + i + "@ministry.state" + i + ".example.org").toList();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        SmtpTransactions.message(SESSION, plenary(),
                delivery(List.of("contributions@itu.int"), addresses, "Contribution")).writeTo(wire);

        String headers = wire.toString(StandardCharsets.UTF_8).split("\r\n\r\n")[0];
        assertThat(headers.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        String cc = headers.substring(headers.indexOf("\r\nCc: ") + 6).split("\r\n(?![ \t])")[0];
        assertThat(cc).contains("\r\n");
        assertThat(cc.split(",\\s+")).containsExactlyElementsOf(addresses);
    }

    @Test
    void aSubjectWithALineBreakOrAnAddressThatIsNotPlainIsNeverBuilt() {
        InternetAddress from = plenary();
        assertThatThrownBy(() -> SmtpTransactions.message(SESSION, from,
                delivery(List.of("contributions@itu.int"), List.of(), "Title\r\nBcc: someone@example.org")))
                .isInstanceOf(MessagingException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> SmtpTransactions.message(SESSION, from,
                delivery(List.of("contributions@itu.int"), List.of("a@example.org\r\nBcc: b@example.org"), "T")))
                .isInstanceOf(MessagingException.class).hasMessageContaining("not a plain email address");
    }

    private static InternetAddress plenary() {
        try {
            return new InternetAddress("plenary@itu.example.org");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInternationalisedAddressGoesOutInUtf8WithTheSessionTheRelayIsSpokenWith() throws Exception {
        Session relaySession = Session.getInstance(SmtpTransactions.properties(new NoSettings()));
        Delivery delivery = delivery(List.of("josé.müller@ministère.example.org"), List.of("王芳@外交部.example.cn"),
                "Contribution");
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        SmtpTransactions.message(relaySession, plenary(), delivery).writeTo(wire);

        MimeMessage read = new MimeMessage(relaySession, new ByteArrayInputStream(wire.toByteArray()));
        assertThat(wire.toString(StandardCharsets.UTF_8)).contains("To: josé.müller@ministère.example.org");
        assertThat(Arrays.stream(read.getRecipients(Message.RecipientType.CC)).map(Object::toString))
                .containsExactly("王芳@外交部.example.cn");
    }

    @Test
    void oneTransactionTakesAsManyRecipientsAsTheRelaysTimeoutLeavesRoomFor() {
        assertThat(SmtpTransactions.recipientsPerTransaction(Duration.ofSeconds(10))).isEqualTo(12);
        assertThat(SmtpTransactions.recipientsPerTransaction(Duration.ofSeconds(2))).isEqualTo(108);
        assertThat(SmtpTransactions.recipientsPerTransaction(Duration.ofMinutes(5))).isEqualTo(1);
        assertThat(SmtpTransactions.recipientsPerTransaction(Duration.ofSeconds(10)) + 12)
                .as("every command waiting the whole timeout still ends within the limit")
                .isLessThanOrEqualTo((int) (SmtpTransactions.ATTEMPT_LIMIT.toSeconds() / 10));
    }

    /** The relay's settings as a deployment that sets none of them has them. */
    private static final class NoSettings implements SmtpRelayConfig {

        @Override
        public Optional<String> host() {
            return Optional.empty();
        }

        @Override
        public OptionalInt port() {
            return OptionalInt.empty();
        }

        @Override
        public Optional<String> from() {
            return Optional.of("Plenary <plenary@itu.example.org>");
        }

        @Override
        public Optional<String> username() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password() {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> tls() {
            return Optional.empty();
        }

        @Override
        public Optional<String> startTls() {
            return Optional.empty();
        }

        @Override
        public Optional<Boolean> trustAll() {
            return Optional.empty();
        }

        @Override
        public Optional<String> ownHostName() {
            return Optional.empty();
        }

        @Override
        public Optional<Duration> timeout() {
            return Optional.empty();
        }
    }
}
