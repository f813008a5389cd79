package org.plenary.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PostgreSQL, Kafka and SMTP/IMAP together, with the dev keys: what a service needs around it. Tests share one set
 * per JVM ({@link #shared()}); the local launcher starts its own, with fixed ports and kept data.
 */
public final class Engines implements AutoCloseable {

    private static Engines shared;
    /** The engines log every partition and checkpoint at INFO; held here so the levels stay set. */
    private static final List<Logger> QUIETED = new ArrayList<>();

    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final EmbeddedMailServer mail;
    private final DevKeys keys;

    private Engines(EmbeddedPostgresServer postgres, EmbeddedKafkaBroker kafka, EmbeddedMailServer mail, DevKeys keys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.keys = keys;
    }

    public record Settings(Path dataDirectory, boolean keepData, int postgresPort, int kafkaPort, int smtpPort,
                           int imapPort) {

        /** Throw-away data and free ports: for tests. */
        public static Settings ephemeral(Path dataDirectory) {
            return new Settings(dataDirectory, false, 0, 0, 0, 0);
        }
    }

    public static Engines start(Settings settings) throws Exception {
        quietEngineLogs();
        Path data = settings.dataDirectory();
        Files.createDirectories(data);
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(data.resolve("postgres"),
                settings.postgresPort(), settings.keepData());
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(data.resolve("kafka"), settings.kafkaPort());
        kafka.createTopics(PlenaryTopics.ALL, PlenaryTopics.PARTITIONS);
        EmbeddedMailServer mail = EmbeddedMailServer.start(settings.smtpPort(), settings.imapPort());
        DevKeys keys = DevKeys.loadOrCreate(data.resolve("keys"));
        return new Engines(postgres, kafka, mail, keys);
    }

    private static synchronized void quietEngineLogs() {
        for (String name : List.of("org.apache.kafka", "kafka", "state.change.logger", "io.zonky", "com.icegreen")) {
            quiet(name, Level.WARNING);
        }
        // Its one warning, at every first start, says only that the metadata log is new ("appears to be empty").
        quiet("org.apache.kafka.controller.QuorumController", Level.SEVERE);
    }

    private static void quiet(String name, Level level) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(level);
        QUIETED.add(logger);
    }

    /** One set of engines for this JVM, started at first use and stopped when the JVM exits. */
    public static synchronized Engines shared() {
        if (shared == null) {
            try {
                Path data = Files.createTempDirectory("plenary-engines-");
                Engines engines = start(Settings.ephemeral(data));
                Runtime.getRuntime().addShutdownHook(new Thread(engines::close, "plenary-engines-stop"));
                shared = engines;
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the embedded engines", e);
            }
        }
        return shared;
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    public EmbeddedMailServer mail() {
        return mail;
    }

    public DevKeys keys() {
        return keys;
    }

    public DevTokens tokens() {
        return keys.tokens();
    }

    @Override
    public void close() {
        mail.close();
        kafka.close();
        try {
            postgres.close();
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
        }
    }
}
