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
import java.util.concurrent.TimeUnit;
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

    private record Service(String name, String database, int port) {
    }

    static final List<Service> SERVICES = List.of(
            new Service("agenda-service", "agenda", 8081),
            new Service("contribution-service", "contribution", 8082),
            new Service("registration-service", "registration", 8083),
            new Service("notification-service", "notification", 8084));

    private PlenaryLocal() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Paths.get(System.getProperty("plenary.home", ".")).toAbsolutePath().normalize();
        Path data = home.resolve(".plenary");
        boolean reset = List.of(args).contains("--reset");
        if (reset) {
            deleteRecursively(data);
        }
        Instant begin = Instant.now();
        System.out.println("Plenary: starting PostgreSQL, Kafka and SMTP (data in " + data + ")"
                + (reset ? ", after a reset" : ""));
        Engines engines = Engines.start(new Engines.Settings(data, true, POSTGRES_PORT, KAFKA_PORT, SMTP_PORT,
                IMAP_PORT));
        HttpServer control = LauncherControl.start(engines.mail(), SERVICES.stream().map(Service::port).toList(),
                engines.tokens().secretariat());
        List<Process> processes = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nPlenary: stopping the services and the engines...");
            processes.forEach(Process::destroy);
            for (Process process : processes) {
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    process.destroyForcibly();
                }
            }
            control.stop(0);
            engines.close();
            stopped.countDown();
            System.out.println("Plenary: stopped.");
        }, "plenary-stop"));

        Path logs = Files.createDirectories(data.resolve("logs"));
        try {
            for (Service service : SERVICES) {
                engines.postgres().createDatabase(service.database());
                processes.add(start(home, service, engines, logs));
            }
            System.out.println("Plenary: services starting (logs in " + logs + ")...");
            for (int i = 0; i < SERVICES.size(); i++) {
                awaitReady(SERVICES.get(i), processes.get(i), logs);
            }
            printSummary(engines, processes, data, Duration.between(begin, Instant.now()));
        } catch (Exception e) {
            System.err.println("Plenary: could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private static Process start(Path home, Service service, Engines engines, Path logs) throws IOException {
        Path jar = home.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
        Map<String, String> env = builder.environment();
        env.putAll(environment(service, engines));
        Path log = logs.resolve(service.name() + ".log");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        return builder.start();
    }

    /** Exactly what a production deployment sets, with the embedded engines' addresses. */
    static Map<String, String> environment(Service service, Engines engines) {
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
        env.put("PLENARY_CLOCK_START", SIMULATED_START);
        env.put("PLENARY_CLOCK_SETTABLE", "true");
        return env;
    }

    private static void awaitReady(Service service, Process process, Path logs) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with " + process.exitValue() + "; see "
                        + logs.resolve(service.name() + ".log"));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not ready within 3 minutes; see "
                + logs.resolve(service.name() + ".log"));
    }

    private static void printSummary(Engines engines, List<Process> processes, Path data, Duration ready)
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
        out.append(String.format("  %-22s %s%n", "launcher + engines", rss(ProcessHandle.current().pid())));
        out.append("\n  Health: http://localhost:<port>/q/health/ready   OpenAPI: http://localhost:<port>/q/openapi\n");
        out.append("  PostgreSQL: ").append(engines.postgres().jdbcUrl("<service>"))
                .append(" (user postgres, password postgres)\n");
        out.append("  Kafka: ").append(engines.kafka().bootstrapServers()).append("\n");
        out.append("  SMTP: 127.0.0.1:").append(engines.mail().smtpPort()).append("   IMAP: 127.0.0.1:")
                .append(engines.mail().imapPort()).append(" (login and password: the mailbox address)\n");
        out.append("  Rehearsals: curl -X POST localhost:").append(LauncherControl.PORT)
                .append("/smtp/stop (and /smtp/start); move every service's clock: curl -X POST localhost:")
                .append(LauncherControl.PORT).append("/clock -d '{\"now\": \"2020-06-03T08:00:00Z\"}'\n\n");

        StringBuilder tokens = new StringBuilder();
        tokens.append("SECRETARIAT_TOKEN=").append(engines.tokens().secretariat()).append('\n');
        for (String state : MEMBER_STATES) {
            tokens.append(state).append("_TOKEN=").append(engines.tokens().memberState(state)).append('\n');
        }
        Path tokenFile = data.resolve("tokens.env");
        Files.writeString(tokenFile, tokens);
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

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void deleteRecursively(Path directory) throws IOException {
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
