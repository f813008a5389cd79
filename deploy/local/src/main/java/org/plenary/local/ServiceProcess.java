package org.plenary.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service's JVM, configured only by environment. Like an orchestrator restarting a crashed pod, the launcher
 * starts a service again when it dies on its own ({@code kill -9} in a rehearsal, an out-of-memory error), on the
 * simulated time the other services have reached, and gives up after {@value #MAX_CRASHES} crashes in
 * {@link #CRASH_WINDOW}, which is a service that cannot start.
 */
public final class ServiceProcess {

    /** The launcher's: a quick start and a small heap on a developer's machine. */
    public static final List<String> LOCAL_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final int MAX_CRASHES = 3;
    private static final Duration CRASH_WINDOW = Duration.ofMinutes(2);
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");

    private final PlenaryLocal.Service service;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    /** Where "now" stands in the running services, for a restart; empty when none answers. */
    private final Supplier<String> currentClock;
    private final Deque<Instant> crashes = new ArrayDeque<>();
    private volatile Process process;
    private volatile boolean stopping;

    /**
     * @param jar          the packaged service ({@code <module>/target/quarkus-app/quarkus-run.jar})
     * @param currentClock where "now" stands in the other services, for a restart; empty when unknown
     */
    public ServiceProcess(PlenaryLocal.Service service, Path jar, Path logs, Map<String, String> environment,
                          Supplier<String> currentClock) {
        this(service, jar, logs, environment, currentClock, LOCAL_JVM_OPTIONS);
    }

    /** @param jvmOptions the JVM's options, before {@code -jar} */
    public ServiceProcess(PlenaryLocal.Service service, Path jar, Path logs, Map<String, String> environment,
                          Supplier<String> currentClock, List<String> jvmOptions) {
        this.service = service;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.jar = jar;
        this.log = logs.resolve(service.name() + ".log");
        this.environment = environment;
        this.currentClock = currentClock;
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests install)");
        }
    }

    public PlenaryLocal.Service service() {
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    public void start() throws IOException {
        start(environment);
    }

    private synchronized void start(Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process started = builder.start();
        process = started;
        started.onExit().thenAccept(this::exited);
    }

    private void exited(Process exited) {
        if (stopping || exited != process) {
            return;
        }
        Instant now = Instant.now();
        synchronized (crashes) {
            crashes.addLast(now);
            while (crashes.size() > MAX_CRASHES || crashes.peekFirst().isBefore(now.minus(CRASH_WINDOW))) {
                crashes.removeFirst();
            }
            if (crashes.size() == MAX_CRASHES) {
                System.err.printf("Plenary: %s exited with %d, %d times in %d minutes; not restarting it (see %s)%n",
                        service.name(), exited.exitValue(), MAX_CRASHES, CRASH_WINDOW.toMinutes(), log);
                return;
            }
        }
        Map<String, String> env = new LinkedHashMap<>(environment);
        String clock = currentClock.get();
        if (!clock.isEmpty()) {
            env.put("PLENARY_CLOCK_START", clock);
        }
        System.out.printf("Plenary: %s exited with %d; restarting it%s%n", service.name(), exited.exitValue(),
                clock.isEmpty() ? "" : " at the others' time, " + clock);
        try {
            start(env);
        } catch (IOException e) {
            System.err.println("Plenary: could not restart " + service.name() + ": " + e.getMessage());
        }
    }

    /** Waits for {@code /q/health/ready}; fails when the process has given up. */
    public void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Process current = process;
            if (!current.isAlive() && crashes.size() >= MAX_CRASHES) {
                throw new IllegalStateException(service.name() + " exited with " + current.exitValue() + "; see "
                        + log);
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
        throw new IllegalStateException(service.name() + " was not ready within " + timeout.toMinutes()
                + " minutes; see " + log);
    }

    /** Asks the JVM to stop (SIGTERM, a graceful Quarkus shutdown), and kills it after 20 s. */
    public void stop() {
        stopping = true;
        stopGracefully(process, Duration.ofSeconds(20));
    }

    /** SIGTERM, then SIGKILL if the process has not exited within {@code grace}. */
    public static void stopGracefully(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The instant in a {@code GET /clock} answer, or empty. */
    static String nowIn(String clockAnswer) {
        Matcher matcher = NOW.matcher(clockAnswer);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** This JVM's own java command, for the processes started from it. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
