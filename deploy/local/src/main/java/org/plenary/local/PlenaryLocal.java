package org.plenary.local;

import com.sun.net.httpserver.HttpServer;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The local run: real PostgreSQL, Kafka and SMTP/IMAP in this JVM on fixed loopback ports, and the four packaged
 * services as their own JVMs, configured only by environment variables, as in production. Data is kept in
 * {@code .plenary/} between runs ({@code --reset} wipes it). Ctrl-C stops everything.
 */
public final class PlenaryLocal {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int SMTP_PORT = 2525;
    static final int IMAP_PORT = 1143;
    /** 27 May 2020, 09:00 in Geneva (CEST): the day after the letter, with its deadline still ahead. */
    static final String SIMULATED_START = "2020-05-27T07:00:00Z";
    static final List<String> MEMBER_STATES = List.of("KEN", "BRA", "CHN", "FRA", "RUS", "USA");

    /** A service as the launcher runs it: its module's name, its database, its HTTP port, the topics it reads. */
    public record Service(String name, String database, int port, List<String> reads) {

        /** A process that reads no topic the launcher waits for (a bare endpoint, a second replica). */
        public Service(String name, String database, int port) {
            this(name, database, port, List.of());
        }

        /** The packaged service under the repository's root {@code home}, as {@code ./mvnw package} leaves it. */
        public Path jar(Path home) {
            return home.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("agenda-service", "agenda", 8081, List.of("contribution.events")),
            new Service("contribution-service", "contribution", 8082, List.of("agenda.events", "registration.events")),
            new Service("registration-service", "registration", 8083, List.of("agenda.events")),
            new Service("notification-service", "notification", 8084,
                    List.of("agenda.events", "contribution.events", "registration.events")));

    /** The secretariat's dashboard: no database, no topic; it calls the four services and signs people in. */
    public static final Service DASHBOARD = new Service("dashboard", "", 8080);
    /** The dashboard's name at the development identity provider (any name and secret will do there). */
    static final String DASHBOARD_CLIENT = "plenary-dashboard";

    private PlenaryLocal() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Paths.get(System.getProperty("plenary.home", ".")).toAbsolutePath().normalize();
        Path data = Paths.get(System.getProperty("plenary.data", home.resolve(".plenary").toString()))
                .toAbsolutePath().normalize();
        boolean reset = List.of(args).contains("--reset");
        if (reset) {
            deleteRecursively(data);
        }
        Instant begin = Instant.now();
        System.out.println("Plenary: starting PostgreSQL, Kafka and SMTP (data in " + data + ")"
                + (reset ? ", after a reset" : ""));
        Engines engines = Engines.start(new Engines.Settings(data, true, POSTGRES_PORT, KAFKA_PORT, SMTP_PORT,
                IMAP_PORT));
        String secretariat = engines.tokens().secretariat();
        HttpServer control = LauncherControl.start(engines,
                SERVICES.stream().map(Service::port).toList(), secretariat);
        List<ServiceProcess> processes = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nPlenary: stopping the services and the engines...");
            processes.parallelStream().forEach(ServiceProcess::stop);
            control.stop(0);
            engines.close();
            stopped.countDown();
            System.out.println("Plenary: stopped.");
        }, "plenary-stop"));

        Path logs = Files.createDirectories(data.resolve("logs"));
        try {
            for (Service service : SERVICES) {
                engines.postgres().createDatabase(service.database());
                ServiceProcess process = new ServiceProcess(service, service.jar(home), logs,
                        environment(service, engines), () -> clockOfTheOthers(service, secretariat));
                process.start();
                processes.add(process);
            }
            // The dashboard only calls the services when a page is asked for: it starts beside them.
            ServiceProcess dashboard = new ServiceProcess(DASHBOARD, DASHBOARD.jar(home), logs,
                    dashboardEnvironment(data), () -> "");
            dashboard.start();
            processes.add(dashboard);
            System.out.println("Plenary: services starting (logs in " + logs + ")...");
            for (ServiceProcess process : processes) {
                process.awaitReady(Duration.ofMinutes(3));
            }
            new EventsSettled(engines, SERVICES).await(Duration.ofMinutes(2));
            printSummary(engines, processes, data, Duration.between(begin, Instant.now()));
        } catch (Exception e) {
            System.err.println("Plenary: could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** "Now" as the first other service that answers reads it, for a restarted one to rejoin; empty if none does. */
    private static String clockOfTheOthers(Service restarted, String token) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (Service other : SERVICES) {
            if (other.equals(restarted)) {
                continue;
            }
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + other.port() + "/clock"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return ServiceProcess.nowIn(answer.body());
                }
            } catch (IOException unreachable) {
                // ask the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }

    /** Exactly what a production deployment sets, with the embedded engines' addresses. */
    public static Map<String, String> environment(Service service, Engines engines) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(service.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", engines.postgres().jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", engines.kafka().bootstrapServers());
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", String.valueOf(engines.mail().smtpPort()));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", engines.keys().publicKeyFile().toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        env.put("PLENARY_SEALING_KEYS", engines.keys().sealingKeys());
        env.put("PLENARY_CLOCK_START", SIMULATED_START);
        env.put("PLENARY_CLOCK_SETTABLE", "true");
        // No trace collector here: no trace is kept, yet each log line still carries its trace id.
        env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        return env;
    }

    /**
     * The dashboard as production configures it, by environment: the services' addresses, and OpenID Connect against
     * the launcher's development provider (the only place that provider exists). The client secret, which also
     * encrypts the session cookie, and the calendar addresses' secret are kept with the data, so sessions and
     * subscribed calendars survive a restart.
     */
    static Map<String, String> dashboardEnvironment(Path data) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(DASHBOARD.port()));
        env.put("PLENARY_AGENDA_URL", "http://localhost:" + SERVICES.get(0).port());
        env.put("PLENARY_CONTRIBUTION_URL", "http://localhost:" + SERVICES.get(1).port());
        env.put("PLENARY_REGISTRATION_URL", "http://localhost:" + SERVICES.get(2).port());
        env.put("PLENARY_NOTIFICATION_URL", "http://localhost:" + SERVICES.get(3).port());
        env.put("PLENARY_DASHBOARD_URL", "http://localhost:" + DASHBOARD.port());
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", LauncherControl.IDENTITY_PROVIDER.toString());
        env.put("QUARKUS_OIDC_CLIENT_ID", DASHBOARD_CLIENT);
        env.put("QUARKUS_OIDC_CREDENTIALS_SECRET", secret(data.resolve("keys/dashboard-client-secret")));
        env.put("PLENARY_DASHBOARD_SECRET", secret(data.resolve("keys/dashboard-secret")));
        return env;
    }

    /** A random secret kept in {@code file}, made on first use. */
    private static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new java.security.SecureRandom().nextBytes(random);
            Files.createDirectories(file.getParent());
            DevKeys.writeForOwnerOnly(file, java.util.HexFormat.of().formatHex(random));
        }
        return Files.readString(file).trim();
    }

    private static void printSummary(Engines engines, List<ServiceProcess> processes, Path data, Duration ready)
            throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("\nPlenary is ready in ").append(ready.toSeconds()).append(" s: the 2020 consultation C20-VC is seeded;")
                .append(" simulated time started at ").append(SIMULATED_START).append(" (27 May 2020, 09:00 Geneva).\n\n");
        out.append(String.format("  %-22s %-24s %-44s %s%n", "service", "API", "Swagger UI", "RSS"));
        for (int i = 0; i < SERVICES.size(); i++) {
            Service service = SERVICES.get(i);
            String base = "http://localhost:" + service.port();
            out.append(String.format("  %-22s %-24s %-44s %s%n", service.name(), base, base + "/q/swagger-ui",
                    rss(processes.get(i).pid())));
        }
        out.append(String.format("  %-22s %-24s %-44s %s%n", DASHBOARD.name(), "http://localhost:" + DASHBOARD.port(),
                "", rss(processes.get(SERVICES.size()).pid())));
        out.append(String.format("  %-22s %s%n", "launcher + engines", rss(ProcessHandle.current().pid())));
        out.append("\n  The secretariat's dashboard: http://localhost:").append(DASHBOARD.port())
                .append(" (sign in on the development sign-in page as the secretariat; it exists only in this local run)\n");
        out.append("  Health: http://localhost:<port>/q/health/ready   OpenAPI: http://localhost:<port>/q/openapi\n");
        out.append("  PostgreSQL: ").append(engines.postgres().jdbcUrl("<service>"))
                .append(" (user postgres, password postgres)\n");
        out.append("  Kafka: ").append(engines.kafka().bootstrapServers()).append("\n");
        out.append("  SMTP: 127.0.0.1:").append(engines.mail().smtpPort()).append("   IMAP: 127.0.0.1:")
                .append(engines.mail().imapPort()).append(" (login and password: the mailbox address)\n");
        out.append("  Rehearsals: curl -X POST localhost:").append(LauncherControl.PORT)
                .append("/smtp/stop (and /smtp/start; the same for /postgres and /kafka); move every service's clock:")
                .append(" curl -X POST localhost:").append(LauncherControl.PORT)
                .append("/clock -d '{\"now\": \"2020-06-03T08:00:00Z\"}'\n\n");

        StringBuilder tokens = new StringBuilder();
        tokens.append("SECRETARIAT_TOKEN=").append(engines.tokens().secretariat()).append('\n');
        for (String state : MEMBER_STATES) {
            tokens.append(state).append("_TOKEN=").append(engines.tokens().memberState(state)).append('\n');
        }
        Path tokenFile = data.resolve("tokens.env");
        DevKeys.writeForOwnerOnly(tokenFile, tokens.toString());
        out.append("  Bearer tokens (valid 30 days; also in ").append(tokenFile)
                .append(", so: source .plenary/tokens.env):\n");
        tokens.toString().lines().forEach(line -> out.append("    ").append(line).append('\n'));
        out.append("\n  Ctrl-C stops everything; data stays in .plenary/ (./plenary-local --reset starts afresh).\n");
        System.out.print(out);
    }

    private static String rss(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.substring(6).trim()).findFirst().orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }

    /** Deletes a folder and everything in it; nothing if it does not exist. */
    public static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
