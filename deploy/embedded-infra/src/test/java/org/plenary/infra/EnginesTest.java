package org.plenary.infra;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.EOFException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

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
    void postgresTakenAwayResetsOpenConnectionsRefusesNewOnesAndComesBackWithItsData() throws Exception {
        engines.postgres().createDatabase("outage_test");
        String url = engines.postgres().jdbcUrl("outage_test");
        try (Connection before = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD)) {
            before.createStatement().execute("create table if not exists kept (id int); insert into kept values (1)");
            engines.postgres().gate().close();
            try {
                assertThatThrownBy(() -> before.createStatement().executeQuery("select 1"))
                        .as("an open connection is reset").isInstanceOf(SQLException.class)
                        .extracting(e -> ((SQLException) e).getSQLState()).asString().startsWith("08");
                assertThatThrownBy(() -> DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD)).as("a new one is refused")
                        .isInstanceOf(SQLException.class).hasMessageContaining("refused");
            } finally {
                engines.postgres().gate().open();
            }
        }
        try (Connection after = DriverManager.getConnection(url, EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             ResultSet kept = after.createStatement().executeQuery("select count(*) from kept")) {
            kept.next();
            assertThat(kept.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void kafkaAdvertisesItsGateAndIsAwayWhileTheGateIsClosed() throws Exception {
        String gate = engines.kafka().bootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, gate,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000))) {
            assertThat(admin.describeCluster().nodes().get()).extracting(node -> node.host() + ":" + node.port())
                    .as("what clients reconnect to after a metadata refresh").containsExactly(gate);
            engines.kafka().gate().close();
            try {
                assertThatThrownBy(() -> admin.describeCluster().nodes().get()).as("the broker is away")
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TimeoutException.class);
            } finally {
                engines.kafka().gate().open();
            }
            assertThat(admin.listTopics().names().get()).as("back, with its topics").containsAll(PlenaryTopics.ALL);
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
    void smtpTakenAwayCutsAnOpenSessionAndTheServerEndsItsSideInOrder() throws Exception {
        List<Throwable> uncaught = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try (Socket client = new Socket("127.0.0.1", engines.mail().smtpPort())) {
            InputStream in = client.getInputStream();
            assertThat(new String(in.readNBytes(3), StandardCharsets.US_ASCII)).isEqualTo("220");
            client.getOutputStream().write("EHLO rehearsal\r\n".getBytes(StandardCharsets.US_ASCII));
            String handler = "<-/127.0.0.1:" + client.getLocalPort();
            engines.mail().stopSmtp();
            // The client's connection is cut, as a relay that went down would cut it.
            assertThatThrownBy(() -> {
                while (in.read() >= 0) {
                    // What the server said before the cut.
                }
                throw new EOFException("ended in order");
            }).isInstanceOf(SocketException.class);
            // GreenMail's handler of that session ends without an error (a reset on its side printed one).
            await().atMost(Duration.ofSeconds(10)).until(() -> Thread.getAllStackTraces()
                    .keySet().stream().noneMatch(thread -> thread.getName().endsWith(handler)));
            assertThat(uncaught).isEmpty();
        } finally {
            engines.mail().startSmtp();
            Thread.setDefaultUncaughtExceptionHandler(before);
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
