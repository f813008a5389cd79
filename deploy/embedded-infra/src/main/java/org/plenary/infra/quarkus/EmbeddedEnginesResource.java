package org.plenary.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;

import java.util.Map;

/**
 * Points a service under test at the JVM's shared engines: its own database (init arg {@code database}), the broker,
 * the SMTP server and the dev token key. The engines outlive the Quarkus application, so test classes that restart
 * it reuse them.
 */
public class EmbeddedEnginesResource implements QuarkusTestResourceLifecycleManager {

    private String database = "plenary";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        Engines engines = Engines.shared();
        engines.postgres().createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", engines.postgres().jdbcUrl(database),
                "quarkus.datasource.username", EmbeddedPostgresServer.USER,
                "quarkus.datasource.password", EmbeddedPostgresServer.PASSWORD,
                "kafka.bootstrap.servers", engines.kafka().bootstrapServers(),
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(engines.mail().smtpPort()),
                "mp.jwt.verify.publickey.location", engines.keys().publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", DevKeys.ISSUER);
    }

    @Override
    public void stop() {
        // The shared engines stop with the JVM.
    }
}
