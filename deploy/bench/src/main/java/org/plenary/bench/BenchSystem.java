package org.plenary.bench;

import com.icegreen.greenmail.util.GreenMail;
import org.apache.kafka.common.utils.AppInfoParser;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;
import org.plenary.local.PlenaryLocal;
import org.plenary.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The system under measurement, as production runs it: the engines (PostgreSQL, Kafka, SMTP) in this JVM, each
 * service its own JVM configured by environment with its image's JVM options, and the bare service beside them.
 */
final class BenchSystem implements AutoCloseable {

    /**
     * The services' images run {@code java -XX:MaxRAMPercentage=75 -XX:+UseSerialGC} in 512 MiB: a 384 MiB heap, the
     * serial collector (platform's microprofile-config.properties, quarkus.jib.jvm-additional-arguments).
     */
    static final List<String> PRODUCTION_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");
    static final PlenaryLocal.Service BARE = new PlenaryLocal.Service("bare-service", "", 8089);
    static final String AGENDA = "http://127.0.0.1:8081";
    static final String CONTRIBUTION = "http://127.0.0.1:8082";
    static final String REGISTRATION = "http://127.0.0.1:8083";
    static final String NOTIFICATION = "http://127.0.0.1:8084";

    private volatile boolean smtpUp = true;
    private final Path home;
    private final Path work;
    private final Engines engines;
    private final List<String> jvmOptions;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, Double> firstRequest = new LinkedHashMap<>();
    private boolean closed;

    private BenchSystem(Path home, Path work, Engines engines, List<String> jvmOptions) {
        this.home = home;
        this.work = work;
        this.engines = engines;
        this.jvmOptions = jvmOptions;
    }

    /**
     * Engines, then each service alone (so its start is its own), then the bare service. The smoke run, where a start
     * is waited for and never measured, starts them all at once with the local run's quick-start JVM options.
     */
    static BenchSystem start(Path home, Path work, boolean smoke) throws Exception {
        System.out.println("Plenary bench: starting PostgreSQL, Kafka and SMTP...");
        BenchSystem system = new BenchSystem(home, work,
                Engines.start(Engines.Settings.ephemeral(work.resolve("engines"))),
                smoke ? ServiceProcess.LOCAL_JVM_OPTIONS : PRODUCTION_JVM_OPTIONS);
        try {
            Path logs = Files.createDirectories(work.resolve("logs"));
            List<Launched> starting = new ArrayList<>();
            for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
                system.engines.postgres().createDatabase(service.database());
                starting.add(system.launch(service, service.jar(home),
                        PlenaryLocal.environment(service, system.engines), logs));
                if (!smoke) {
                    system.awaitFirstRequest(starting.remove(0));
                }
            }
            Map<String, String> bare = new LinkedHashMap<>();
            bare.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", system.engines.keys().publicKeyFile().toUri().toString());
            bare.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
            starting.add(system.launch(BARE,
                    home.resolve("deploy/bench/bare-service/target/quarkus-app/quarkus-run.jar"), bare, logs));
            for (Launched launched : starting) {
                system.awaitFirstRequest(launched);
            }
            return system;
        } catch (Exception e) {
            system.close();
            throw e;
        }
    }

    private record Launched(ServiceProcess process, long began) {
    }

    private Launched launch(PlenaryLocal.Service service, Path jar, Map<String, String> environment, Path logs)
            throws IOException {
        ServiceProcess process = new ServiceProcess(service, jar, logs, environment, () -> "", jvmOptions);
        long began = System.nanoTime();
        process.start();
        processes.add(process);
        return new Launched(process, began);
    }

    /** Until the service answers its readiness probe: its time to first request, from its launch. */
    private void awaitFirstRequest(Launched launched) throws Exception {
        PlenaryLocal.Service service = launched.process().service();
        String ready = "http://127.0.0.1:" + service.port() + "/q/health/ready";
        long until = launched.began() + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                if (Http.send("GET", ready, null, null).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(service.name() + " was not ready in 3 minutes; see "
                        + launched.process().log());
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - launched.began()) / 1e9;
        firstRequest.put(service.name(), seconds);
        System.out.printf("Plenary bench: %s answered its first request %.1f s after its start%n", service.name(),
                seconds);
    }

    /** The services' JVM options in this run. */
    List<String> jvmOptions() {
        return jvmOptions;
    }

    Path home() {
        return home;
    }

    Path work() {
        return work;
    }

    String secretariat() {
        return engines.tokens().secretariat();
    }

    String memberState(String code) {
        return engines.tokens().memberState(code);
    }

    String kafka() {
        return engines.kafka().bootstrapServers();
    }

    String database(String name) {
        return engines.postgres().jdbcUrl(name);
    }

    GreenMail mail() {
        return engines.mail().greenMail();
    }

    /** From here on the notification service records its emails and waits, instead of sending them. */
    void stopSmtp() {
        engines.mail().stopSmtp();
        smtpUp = false;
    }

    /** Until {@link #stopSmtp}: the notification service sends every email it records. */
    boolean smtpUp() {
        return smtpUp;
    }

    /** Each service's process id, the bare service's too, for {@link CpuUse}. */
    Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach(process -> pids.put(process.service().name(), process.pid()));
        return pids;
    }

    /** P4: each service's time to its first answered request, and its resident memory now. */
    List<Benchmark.Footprint> footprints() {
        List<Benchmark.Footprint> footprints = new ArrayList<>();
        for (ServiceProcess process : processes) {
            String name = process.service().name();
            footprints.add(new Benchmark.Footprint(name, firstRequest.get(name), Report.rssMegabytes(process.pid())));
        }
        return footprints;
    }

    /** PostgreSQL's as the server says, Kafka's and GreenMail's as run here, Gatling's as the load module has it. */
    Map<String, String> engineVersions() throws SQLException {
        Map<String, String> versions = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(database("contribution"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             Statement sql = connection.createStatement();
             ResultSet version = sql.executeQuery("show server_version")) {
            version.next();
            versions.put("postgresql", version.getString(1));
        }
        versions.put("kafka", AppInfoParser.getVersion());
        versions.put("greenmail", Report.jarVersion(GreenMail.class, "greenmail"));
        versions.put("gatling", Report.jarVersion(home.resolve("deploy/bench/load/target/lib"), "gatling-core"));
        return versions;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        processes.parallelStream().forEach(ServiceProcess::stop);
        processes.clear();
        engines.close();
    }
}
