package org.plenary.infra;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EnginesTest {

    private final Engines engines = Engines.shared();

    @Test
    void postgresServesOneDatabasePerService() throws Exception {
        engines.postgres().createDatabase("agenda_test");
        engines.postgres().createDatabase("agenda_test"); // a second start must not fail
        try (Connection connection = DriverManager.getConnection(engines.postgres().jdbcUrl("agenda_test"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             ResultSet result = connection.createStatement().executeQuery("select current_database(), version()")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("agenda_test");
            assertThat(result.getString(2)).startsWith("PostgreSQL");
        }
    }

    @Test
    void kafkaBrokerHasThePlenaryTopicsAndRoundTripsARecord() throws Exception {
        assertThat(engines.kafka().admin().listTopics().names().get()).containsAll(PlenaryTopics.ALL);
        String key = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("agenda.events", key, "hello")).get();
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, engines.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "engines-test-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("agenda.events"));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.stream().noneMatch(r -> key.equals(r.key())) && System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
            }
            assertThat(seen).anySatisfy(r -> {
                assertThat(r.key()).isEqualTo(key);
                assertThat(r.value()).isEqualTo("hello");
            });
        }
    }

    @Test
    void smtpDeliversToAnImapMailboxPerRecipient() throws Exception {
        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", "127.0.0.1");
        smtp.put("mail.smtp.port", String.valueOf(engines.mail().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("gbs@itu.example.org"));
        message.setRecipients(Message.RecipientType.TO, "contributions@itu.example.org");
        message.setRecipients(Message.RecipientType.CC, "focal@ken.example.org");
        message.setSubject("[C20-VC] test");
        message.setText("body");
        Transport.send(message);

        Properties imap = new Properties();
        Store store = Session.getInstance(imap).getStore("imap");
        store.connect("127.0.0.1", engines.mail().imapPort(), "focal@ken.example.org", "focal@ken.example.org");
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("[C20-VC] test");
        } finally {
            store.close();
        }
    }

    @Test
    void devTokensAreSignedJwtsCarryingRoleAndMemberState() {
        String token = engines.tokens().memberState("ken");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("\"member_state\":\"KEN\"").contains("\"member-state\"")
                .contains("\"iss\":\"" + DevKeys.ISSUER + "\"").contains("\"aud\":\"plenary\"");
    }

    @Test
    void theDevSecretsAreReadableByTheirOwnerOnly() throws Exception {
        java.nio.file.Path keys = java.nio.file.Files.createTempDirectory("keys");
        DevKeys created = DevKeys.loadOrCreate(keys);
        for (java.nio.file.Path secret : List.of(created.privateKeyFile(), keys.resolve("sealing-keys"))) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(secret))).as(secret.toString()).isEqualTo("rw-------");
        }
        assertThat(created.sealingKeys()).matches("local1:[A-Za-z0-9+/]{43}=");
        assertThat(DevKeys.loadOrCreate(keys).sealingKeys()).as("kept between runs").isEqualTo(created.sealingKeys());
    }
}
