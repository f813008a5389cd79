package org.plenary.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.local.PlenaryLocal;
import org.plenary.local.ServiceProcess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * The system as a new user starts it: {@code ./plenary-local --reset} from the repository's root, the packaged
 * services already built by this Maven run ({@code PLENARY_SKIP_BUILD=1}), its data in a folder of the test's
 * ({@code PLENARY_DATA}). Everything else is the launcher's own: the fixed ports the README names, the four service
 * JVMs configured by environment, the printed tokens in {@code tokens.env}.
 */
final class LocalRun implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("plenary.root", "../..")).toAbsolutePath().normalize();
    static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8090, 15432, 19092, 2525, 1143);
    /** The lock a test class that starts the local run holds ({@code @ResourceLock}): one at a time on its ports. */
    static final String ON_ITS_PORTS = "the local run's ports";
    private static final Duration READY_WITHIN = Duration.ofMinutes(4);
    /**
     * One system of this JVM starts at a time (the local run here, {@link ScaleOutTest}'s eight services there): on two
     * cores, the local run started in about 40 s alone and in 113 s beside the scale-out's start, and it is the local
     * run's scenes that the whole module waits for. The fair order lets the one that asked first start first. A run
     * started with {@link #startAlone} holds it until it is closed.
     */
    static final Semaphore STARTING = new Semaphore(1, true);
    /** The last line of the summary the launcher prints when it is ready. */
    private static final String SUMMARY_END = "Ctrl-C stops everything";

    private final Process launcher;
    private final Path data;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> tokens;
    /** Whether this run keeps the other systems from starting until it is closed ({@link #startAlone}). */
    private final AtomicBoolean holdsStarting = new AtomicBoolean();

    private LocalRun(Process launcher, Path data) throws Exception {
        this.launcher = launcher;
        this.data = data;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> read(ready), "plenary-local-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(READY_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            close();
            throw new IllegalStateException("./plenary-local did not report ready within " + READY_WITHIN.toMinutes()
                    + " minutes:\n" + String.join("\n", output) + "\n" + logTails(), e);
        }
        this.tokens = readTokens(data.resolve("tokens.env"));
    }

    /** Starts a fresh system with its data in {@code data}; fails at once if the local run's ports are taken. */
    static LocalRun start(Path data) throws Exception {
        return start(data, false);
    }

    /**
     * Starts as {@link #start} does, and keeps every other system of this JVM from starting ({@link #STARTING}) until
     * it is closed: a browser's story gives each page 20 s, and the dashboard's first sign-in took longer than that
     * while the scale-out test's eight services started beside it.
     */
    static LocalRun startAlone(Path data) throws Exception {
        return start(data, true);
    }

    private static LocalRun start(Path data, boolean alone) throws Exception {
        for (int port : PORTS) {
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            } catch (IOException taken) {
                throw new IllegalStateException("Port " + port + " is in use: the acceptance tests start the local "
                        + "run on its own ports; stop ./plenary-local (or whatever holds it) first");
            }
        }
        Files.createDirectories(data);
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("plenary-local").toString(), "--reset")
                .directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("PLENARY_SKIP_BUILD", "1");
        builder.environment().put("PLENARY_DATA", data.toString());
        STARTING.acquire();
        LocalRun run = null;
        try {
            run = new LocalRun(builder.start(), data);
            run.holdsStarting.set(alone);
            return run;
        } finally {
            if (run == null || !alone) {
                STARTING.release();
            }
        }
    }

    private void read(CompletableFuture<Void> ready) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(launcher.getInputStream(),
                StandardCharsets.UTF_8))) {
            boolean reportedReady = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                reportedReady |= line.startsWith("Plenary is ready");
                // Ready once the whole summary is printed (its last line), so a test reads all of it.
                if (reportedReady && line.contains(SUMMARY_END)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the launcher exited"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** What the launcher printed so far. */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    Path data() {
        return data;
    }

    String secretariat() {
        return token("SECRETARIAT");
    }

    /** The printed token of a member state of the walkthrough (KEN, BRA, CHN, FRA, RUS, USA). */
    String token(String who) {
        return Optional.ofNullable(tokens.get(who + "_TOKEN"))
                .orElseThrow(() -> new IllegalArgumentException("no printed token for " + who));
    }

    /** The JVM of one service (its command line names its jar), as {@code ps} would find it. */
    ProcessHandle service(String name) {
        String jar = ROOT.relativize(new PlenaryLocal.Service(name, "", 0).jar(ROOT)).toString();
        return launcher.descendants()
                .filter(p -> p.info().commandLine().map(line -> line.contains(jar)).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalStateException(name + " is not running"));
    }

    /** The service's log, as production writes it: one JSON object per line (lines that are not JSON are left out). */
    List<JsonNode> logLines(String service) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<JsonNode> lines = new ArrayList<>();
            for (String line : Files.readAllLines(data.resolve("logs").resolve(service + ".log"),
                    StandardCharsets.UTF_8)) {
                if (line.startsWith("{")) {
                    lines.add(json.readTree(line));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of each service's log, for a failure's message. */
    String logTails() {
        StringBuilder tails = new StringBuilder();
        try (Stream<Path> logs = Files.list(data.resolve("logs"))) {
            for (Path log : logs.sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                tails.append("--- ").append(log.getFileName()).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())))
                        .append('\n');
            }
        } catch (IOException | UncheckedIOException e) {
            tails.append("(no logs: ").append(e.getMessage()).append(")");
        }
        return tails.toString();
    }

    private static Map<String, String> readTokens(Path file) throws IOException {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                tokens.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        return tokens;
    }

    /** Ctrl-C, as a user stops it: the launcher stops the services, then the engines. */
    @Override
    public void close() {
        List<ProcessHandle> services = launcher.descendants().toList();
        ServiceProcess.stopGracefully(launcher, Duration.ofSeconds(90));
        services.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (holdsStarting.getAndSet(false)) {
            STARTING.release();
        }
    }
}
