package org.plenary.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a service under test at the JVM's shared engines: its own database (init arg {@code database}), the broker,
 * the dev token key, and the SMTP server for a service that sends email (init arg {@code smtp=true}; the others have
 * no mailer to configure). The engines outlive the Quarkus application, so test classes that restart it reuse them.
 */
public class EmbeddedEnginesResource implements QuarkusTestResourceLifecycleManager {

    private String database = "plenary";
    private boolean smtp;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        smtp = Boolean.parseBoolean(initArgs.get("smtp"));
    }

    @Override
    public Map<String, String> start() {
        Engines engines = Engines.shared();
        engines.postgres().createDatabase(database);
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", engines.postgres().jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", engines.kafka().bootstrapServers(),
                "mp.jwt.verify.publickey.location", engines.keys().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", DevKeys.ISSUER));
        if (smtp) {
            config.put("quarkus.mailer.host", "127.0.0.1");
            config.put("quarkus.mailer.port", String.valueOf(engines.mail().smtpPort()));
        }
        return config;
    }

    @Override
    public void stop() {
        // The shared engines stop with the JVM.
    }
}
