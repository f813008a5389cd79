package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import org.HdrHistogram.Histogram;
import org.apache.kafka.common.utils.AppInfoParser;
import org.plenary.infra.DevKeys;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.infra.Engines;
import org.plenary.local.PlenaryLocal;
import org.plenary.local.ServiceProcess;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Plenary's benchmark ({@code ./plenary-bench}): starts the system as production runs it (each service its own JVM,
 * configured by environment, with the production JVM options of its image, against real PostgreSQL, Kafka and
 * SMTP), warms up, measures every scenario of the product's performance targets beside its baseline in the same
 * run, and writes the report.
 * {@code --smoke} runs everything for a second or two with a tiny load: the test suite runs it so the harness
 * never rots; it proves the harness works, never a speed.
 */
public final class Benchmark {

    static final String MEETING = "C20-VC";
    /** P5's own meeting, so its 1,000th registration is the meeting's 1,000th. */
    static final String SCALE_MEETING = "BENCH-SCALE";
    /** The services' images run {@code java -XX:MaxRAMPercentage=75} in 512 MiB: a 384 MiB heap. */
    static final List<String> PRODUCTION_JVM_OPTIONS = List.of("-Xmx384m", "-XX:+ExitOnOutOfMemoryError");
    static final PlenaryLocal.Service BARE = new PlenaryLocal.Service("bare-service", "", 8089);

    /** How long and how much: the full run, or the smoke run of the test suite. */
    /**
     * @param seconds     a closed run's length
     * @param openSeconds an open run's: above a service's capacity it queues what the service cannot take, and
     *                    10 s show that as well as 20 while leaving half the backlog to drain before the next run
     */
    public record Plan(boolean smoke, int warmupSeconds, int seconds, int openSeconds, int clients, int submissions,
                       double submissionsPerSecond, int scaleRegistrations, int scaleWindow, double windowPerSecond,
                       int kafkaMessages) {

        public static final Plan FULL = new Plan(false, 15, 20, 10, 16, 150, 5, 100_000, 1_000, 100, 3_000);
        public static final Plan SMOKE = new Plan(true, 1, 2, 2, 2, 4, 4, 60, 20, 20, 50);
    }

    /** Everything a run measured, as the report and the JSON show it. */
    public record Results(Instant when, Plan plan, Map<String, String> machine, List<Measured> runs,
                          List<Footprint> footprints, List<CpuUse> cpu, List<Target> targets,
                          Map<String, Double> figures) {
    }

    /** A service's start and memory: time to its first answered request, resident memory after the load. */
    public record Footprint(String service, double firstRequestSeconds, double rssMegabytes) {
    }

    private final Plan plan;
    private final Path home;
    private final Path work;
    private final ObjectMapper json = new ObjectMapper();
    private final List<Measured> runs = new ArrayList<>();
    private final List<CpuUse> cpu = new ArrayList<>();
    private Map<String, String> engineVersions = Map.of();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private Engines engines;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<String, Double> firstRequest = new LinkedHashMap<>();
    private Load load;

    Benchmark(Plan plan, Path home) {
        this.plan = plan;
        this.home = home;
        this.work = home.resolve("deploy/bench/target/run");
    }

    public static void main(String[] args) throws Exception {
        Path home = Paths.get(System.getProperty("plenary.home", ".")).toAbsolutePath().normalize();
        boolean smoke = List.of(args).contains("--smoke");
        Path out = smoke ? home.resolve("deploy/bench/target/smoke-report") : home.resolve("docs");
        Benchmark benchmark = new Benchmark(smoke ? Plan.SMOKE : Plan.FULL, home);
        // Ctrl-C stops the services and the engines too.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stopQuietly, "plenary-bench-stop"));
        Results results = benchmark.run();
        Report.write(results, out);
        System.out.println("Plenary bench: report in " + out.resolve("benchmarks.md"));
        System.exit(0);
    }

    Results run() throws Exception {
        Instant began = Instant.now();
        PlenaryLocal.deleteRecursively(work);
        Files.createDirectories(work);
        try {
            startSystem();
            engineVersions = engineVersions();
            Path delegations = writeDelegations();
            load = new Load(home, work.resolve("gatling"), delegations);
            prepare();
            submissionToEmail();
            reminders();
            runs.add(KafkaBaseline.run(engines.kafka().bootstrapServers(), plan.kafkaMessages(),
                    work.resolve("kafka-e2e-latency.log")));
            // From here on the load makes thousands of emails; with SMTP away the notification service records them
            // and waits, instead of sending through the measurements of the other services.
            engines.mail().stopSmtp();
            registrationAgainstBare();
            submissionAgainstJdbc();
            List<Footprint> footprints = footprints();
            scale();
            stopSystem();
            wholeSystem();
            figures.put("benchmarkSeconds", (double) Duration.between(began, Instant.now()).toSeconds());
            return new Results(began, plan, Report.machine(engineVersions), runs, footprints, cpu,
                    Report.targets(runs, footprints, figures, plan), figures);
        } finally {
            stopSystem();
        }
    }

    // ---- the system ----------------------------------------------------------------------------------------------

    /** Engines, then each service alone (so its start is its own), then the bare service. */
    private void startSystem() throws Exception {
        System.out.println("Plenary bench: starting PostgreSQL, Kafka and SMTP...");
        engines = Engines.start(Engines.Settings.ephemeral(work.resolve("engines")));
        Path logs = Files.createDirectories(work.resolve("logs"));
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            engines.postgres().createDatabase(service.database());
            start(service, service.jar(home), PlenaryLocal.environment(service, engines), logs);
        }
        Map<String, String> bare = new LinkedHashMap<>();
        bare.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", engines.keys().publicKeyFile().toUri().toString());
        bare.put("MP_JWT_VERIFY_ISSUER", DevKeys.ISSUER);
        start(BARE, home.resolve("deploy/bench/bare-service/target/quarkus-app/quarkus-run.jar"), bare, logs);
    }

    /** PostgreSQL's as the server says, Kafka's and GreenMail's as run here, Gatling's as the load module has it. */
    private Map<String, String> engineVersions() throws SQLException {
        Map<String, String> versions = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(engines.postgres().jdbcUrl("contribution"),
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

    private void start(PlenaryLocal.Service service, Path jar, Map<String, String> environment, Path logs)
            throws Exception {
        ServiceProcess process = new ServiceProcess(service, jar, logs, environment, () -> "",
                PRODUCTION_JVM_OPTIONS);
        long began = System.nanoTime();
        process.start();
        processes.add(process);
        String ready = "http://127.0.0.1:" + service.port() + "/q/health/ready";
        long until = began + Duration.ofMinutes(3).toNanos();
        while (true) {
            try {
                if (Http.send("GET", ready, null, null).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(service.name() + " was not ready in 3 minutes; see " + process.log());
            }
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        firstRequest.put(service.name(), seconds);
        System.out.printf("Plenary bench: %s answered its first request %.1f s after its start%n", service.name(),
                seconds);
    }

    private void stopQuietly() {
        try {
            stopSystem();
        } catch (IOException e) {
            System.err.println("Plenary bench: stopping: " + e.getMessage());
        }
    }

    private synchronized void stopSystem() throws IOException {
        processes.parallelStream().forEach(ServiceProcess::stop);
        processes.clear();
        if (engines != null) {
            engines.close();
            engines = null;
        }
    }

    /** A caller per member state: {@code state,token}, for Gatling to use in turn. */
    private Path writeDelegations() throws IOException {
        JsonNode directory = json.readTree(home.resolve(
                "registration-service/src/main/resources/seed/member-states.json").toFile());
        StringBuilder csv = new StringBuilder("state,token\n");
        for (JsonNode state : directory.get("states")) {
            String code = state.get("code").asText();
            csv.append(code).append(',').append(engines.tokens().memberState(code)).append('\n');
        }
        return Files.writeString(work.resolve("delegations.csv"), csv);
    }

    /** Pools large enough for the run, a meeting of its own for P5, and every service serving both meetings. */
    private void prepare() throws Exception {
        String secretariat = engines.tokens().secretariat();
        Http.until(200, Duration.ofMinutes(1), "PUT", registration("/meetings/" + MEETING + "/capacity"),
                secretariat, "{\"speakers\": 300, \"viewers\": 1000000, \"speakersPerDelegationMax\": 3}");
        Http.until(201, Duration.ofMinutes(1), "POST", "http://127.0.0.1:8081/meetings", secretariat, """
                {"id": "%s", "title": {"en": "Benchmark: registrations at scale"}, "timeZone": "Europe/Zurich",
                 "startsOn": "2020-06-09", "contributionDeadlineDate": "2020-06-02",
                 "mailboxes": {"contributions": "contributions@itu.int", "speakerRegistration": "sg-registration@itu.int",
                   "speakerRegistrationCc": "remote.participation@itu.int", "secretariat": "council@itu.int"},
                 "capacity": {"speakers": 300, "viewers": 1000000, "speakersPerDelegationMin": 1,
                   "speakersPerDelegationMax": 3}}""".formatted(SCALE_MEETING));
        Http.until(200, Duration.ofMinutes(1), "GET", registration("/meetings/" + SCALE_MEETING + "/capacity"),
                secretariat, null);
        Http.until(201, Duration.ofMinutes(1), "POST", contributions(), engines.tokens().memberState("KEN"),
                contribution("KEN", "Benchmark: the first submission"));
        awaitLedgerIdle();
    }

    // ---- P3 and the reminders: on a quiet system, SMTP up -------------------------------------------------------

    /**
     * P3: submissions at a constant rate; for each, from its 201 (after the commit) to the SMTP server's receipt of
     * its email (GreenMail's receipt time of the first copy), matched by the unique title in the subject.
     */
    private void submissionToEmail() throws Exception {
        System.out.println("Plenary bench: P3, submission committed → email received by SMTP...");
        Map<String, Long> committed = new ConcurrentHashMap<>();
        ScheduledExecutorService arrivals = Executors.newScheduledThreadPool(4);
        long periodMicros = (long) (1_000_000 / plan.submissionsPerSecond());
        String token = engines.tokens().memberState("KEN");
        for (int i = 0; i < plan.submissions(); i++) {
            String title = String.format("Benchmark P3 [%06d]", i);
            arrivals.schedule(() -> {
                try {
                    HttpResponse<String> answer = Http.send("POST", contributions(), token, contribution("KEN", title));
                    if (answer.statusCode() == 201) {
                        committed.put(title, System.currentTimeMillis());
                    }
                } catch (Exception e) {
                    System.err.println("Plenary bench: a P3 submission failed: " + e);
                }
            }, i * periodMicros, TimeUnit.MICROSECONDS);
        }
        arrivals.shutdown();
        arrivals.awaitTermination(10, TimeUnit.MINUTES);
        Map<String, Long> received = new HashMap<>();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (received.size() < committed.size() && System.nanoTime() < until) {
            received = firstReceipts(message -> {
                String subject = String.valueOf(message.getSubject());
                int at = subject.indexOf("Benchmark P3 [");
                return at < 0 ? null : subject.substring(at, at + "Benchmark P3 [000000]".length());
            });
            Thread.sleep(200);
        }
        Histogram latencies = Measured.microsHistogram();
        for (Map.Entry<String, Long> submission : committed.entrySet()) {
            Long receipt = received.get(submission.getKey());
            if (receipt != null) {
                latencies.recordValue(Math.max(0, receipt - submission.getValue()) * 1000);
            }
        }
        runs.add(Measured.of("P3 submission committed → email received by SMTP",
                String.format("open, %.0f/s", plan.submissionsPerSecond()), latencies,
                plan.submissions() - latencies.getTotalCount(), plan.submissions() / plan.submissionsPerSecond()));
    }

    /**
     * P5's reminders: notification-service's clock moved just past the 2-day reminder of C20-VC's deadline; from
     * the first to the last of the 193 states' reminders received by SMTP, and from the move to the last (which
     * adds up to one period of the reminder planner, 10 s).
     */
    private void reminders() throws Exception {
        System.out.println("Plenary bench: P5, the 193 member states' reminders...");
        String secretariat = engines.tokens().secretariat();
        // The seeded consultation is for the Council's 48 Member States; the measure is every member state's reminder,
        // so the meeting is addressed to all of them first, and the reminder schedule waits until it lists all 193.
        Http.until(200, Duration.ofSeconds(30), "PATCH", "http://127.0.0.1:8081/meetings/" + MEETING, secretariat,
                "{\"addressedTo\": \"ALL_MEMBER_STATES\"}");
        long scheduled = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (remindedStates(secretariat) < 193) {
            if (System.nanoTime() > scheduled) {
                throw new IllegalStateException("the reminder schedule did not list the 193 member states in time");
            }
            Thread.sleep(200);
        }
        long moved = System.currentTimeMillis();
        Http.until(200, Duration.ofSeconds(30), "PUT", "http://127.0.0.1:8084/clock", secretariat,
                "{\"now\": \"2020-05-31T22:01:00Z\"}");
        // Only what arrives after the move: a reminder already due at the start went out then.
        Map<String, Long> received = Map.of();
        long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (received.size() < 193 && System.nanoTime() < until) {
            JsonNode page = json.readTree(Http.send("GET", "http://127.0.0.1:8084/deliveries?kind="
                    + "CONTRIBUTION_DEADLINE_REMINDER&meetingId=" + MEETING + "&size=500", secretariat, null).body());
            List<String> messageIds = new ArrayList<>();
            page.get("deliveries").forEach(d -> messageIds.add(d.get("messageId").asText()));
            received = new HashMap<>(firstReceiptsById(messageIds));
            received.values().removeIf(receipt -> receipt < moved);
            Thread.sleep(200);
        }
        long first = received.values().stream().min(Long::compare).orElse(moved);
        long last = received.values().stream().max(Long::compare).orElse(moved);
        figures.put("reminders", (double) received.size());
        figures.put("remindersFirstToLastSeconds", (last - first) / 1000.0);
        figures.put("remindersFromClockMoveSeconds", (last - moved) / 1000.0);
    }

    /** How many states the meeting's contribution-deadline reminders go to, as notification-service plans them. */
    private int remindedStates(String secretariat) throws Exception {
        JsonNode schedule = json.readTree(Http.send("GET", "http://127.0.0.1:8084/meetings/" + MEETING + "/reminders",
                secretariat, null).body());
        int states = 0;
        for (JsonNode reminder : schedule) {
            if ("CONTRIBUTION_DEADLINE".equals(reminder.path("kind").asText())) {
                states = Math.max(states, reminder.path("states").size());
            }
        }
        return states;
    }

    // ---- P2 and P1: each beside its baseline, SMTP away ---------------------------------------------------------

    private void registrationAgainstBare() throws Exception {
        Load.Endpoint bare = registrationEndpoint("http://127.0.0.1:" + BARE.port(), MEETING);
        Load.Endpoint real = registrationEndpoint("http://127.0.0.1:8083", MEETING);
        load.run("warm-up bare", bare, Load.Model.closed(plan.clients()), plan.warmupSeconds());
        Measured bareMax = measure("Baseline: bare service, max throughput", bare,
                Load.Model.closed(plan.clients()));
        double half = Math.max(1, Math.floor(bareMax.throughput() / 2));
        measure("Baseline: bare service at half its max", bare, Load.Model.open(half));
        load.run("warm-up registration", real, Load.Model.closed(plan.clients()), plan.warmupSeconds());
        measure("P2 registration POST, max throughput", real, Load.Model.closed(plan.clients()));
        measure("P2 registration POST at half the bare max", real, Load.Model.open(half));
    }

    private void submissionAgainstJdbc() throws Exception {
        awaitQuiet();
        String database = engines.postgres().jdbcUrl("contribution");
        Map<String, Double> before = CpuUse.snapshot(pids());
        Measured jdbc = JdbcBaseline.run(database, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                plan.clients(), plan.warmupSeconds(), plan.seconds());
        // The JDBC baseline warms up and measures in one go: its CPU over every transaction it committed.
        accountCpu(jdbc.name() + " (with its warm-up)", before, JdbcBaseline.committed(database,
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD));
        runs.add(jdbc);
        Load.Endpoint submit = new Load.Endpoint("http://127.0.0.1:8082", "/meetings/" + MEETING + "/contributions",
                contribution("#{state}", "Benchmark contribution #{n}"), 201);
        load.run("warm-up contribution", submit, Load.Model.closed(plan.clients()), plan.warmupSeconds());
        measure("P1 contribution POST, max throughput", submit, Load.Model.closed(plan.clients()));
    }

    private Measured measure(String name, Load.Endpoint endpoint, Load.Model model) throws Exception {
        awaitQuiet();
        int seconds = model.open() ? plan.openSeconds() : plan.seconds();
        System.out.println("Plenary bench: " + name + " (" + model.describe() + ", " + seconds + " s)...");
        Map<String, Double> before = CpuUse.snapshot(pids());
        Measured measured = load.run(name, endpoint, model, seconds);
        accountCpu(name, before, measured.count() - measured.failed());
        runs.add(measured);
        return measured;
    }

    /** The CPU the run cost, counted once every service has consumed the events it caused. */
    private void accountCpu(String name, Map<String, Double> before, long operations) throws Exception {
        awaitQuiet();
        cpu.add(CpuUse.between(name, before, CpuUse.snapshot(pids()), operations));
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        processes.forEach(process -> pids.put(process.service().name(), process.pid()));
        return pids;
    }

    // ---- P4: footprints after the load --------------------------------------------------------------------------

    private List<Footprint> footprints() {
        List<Footprint> footprints = new ArrayList<>();
        for (ServiceProcess process : processes) {
            String name = process.service().name();
            footprints.add(new Footprint(name, firstRequest.get(name), Report.rssMegabytes(process.pid())));
        }
        return footprints;
    }

    // ---- P5: 100,000 registrations ------------------------------------------------------------------------------

    /**
     * P5: the per-registration latency of the meeting's first {@code scaleWindow} registrations and of its last,
     * at the same constant rate, with the meeting filled in between as fast as the clients go.
     */
    private void scale() throws Exception {
        Load.Endpoint register = registrationEndpoint("http://127.0.0.1:8083", SCALE_MEETING);
        // A rate the service can take: at most half the maximum P2 measured, or the windows would only measure a
        // queue growing (and the 1,000th would look like the 100,000th).
        double registrationMax = runs.stream().filter(r -> r.name().startsWith("P2 registration POST, max"))
                .mapToDouble(Measured::throughput).findFirst().orElse(plan.windowPerSecond());
        double rate = Math.max(1, Math.floor(Math.min(plan.windowPerSecond(), registrationMax / 2)));
        int windowSeconds = (int) Math.ceil(plan.scaleWindow() / rate);
        Load.Model window = Load.Model.open(rate);
        awaitQuiet();
        System.out.println("Plenary bench: P5, the first " + plan.scaleWindow() + " registrations of a meeting...");
        runs.add(load.run("P5 registrations 1 to " + plan.scaleWindow(), register, window, windowSeconds));
        int target = plan.scaleRegistrations() - plan.scaleWindow();
        long filled = viewers(SCALE_MEETING);
        long fillBegan = System.nanoTime();
        // One run of as many requests as are missing, as fast as the clients go; again for any that failed.
        while (filled < target) {
            System.out.printf("Plenary bench: P5, %,d of %,d registered, filling...%n", filled, target);
            long before = filled;
            Map<String, Double> cpuBefore = CpuUse.snapshot(pids());
            load.run("P5 fill from " + filled, register, Load.Model.closed(plan.clients(), target - filled), 0);
            filled = viewers(SCALE_MEETING);
            accountCpu("P5 fill (from " + before + " to " + filled + ")", cpuBefore, filled - before);
            if (filled == before) {
                throw new IllegalStateException("P5: the fill registered nobody; see Gatling's log in " + work);
            }
        }
        figures.put("scaleFillSeconds", (System.nanoTime() - fillBegan) / 1e9);
        figures.put("scaleRegisteredBeforeLastWindow", (double) filled);
        awaitQuiet();
        runs.add(load.run("P5 registrations " + (filled + 1) + " to " + (filled + plan.scaleWindow()), register,
                window, windowSeconds));
        figures.put("scaleRegistered", (double) viewers(SCALE_MEETING));
    }

    private long viewers(String meeting) throws Exception {
        return json.readTree(Http.until(200, Duration.ofSeconds(30), "GET",
                registration("/meetings/" + meeting + "/capacity"), engines.tokens().secretariat(), null).body())
                .path("viewers").path("used").asLong(-1);
    }

    // ---- P4: the whole local system, as the README starts it ----------------------------------------------------

    /** {@code ./plenary-local --reset} as a user types it: its own "ready in" and the RSS it prints. */
    private void wholeSystem() throws Exception {
        System.out.println("Plenary bench: the whole local system, ./plenary-local...");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("plenary-local").toString(), "--reset")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PLENARY_SKIP_BUILD", "1");
        builder.environment().put("PLENARY_DATA", work.resolve("local").toString());
        Process local = builder.start();
        List<String> printed = new ArrayList<>();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(local.getInputStream()))) {
            String line;
            while ((line = lines.readLine()) != null) {
                printed.add(line);
                if (line.contains("Bearer tokens") || line.contains("could not start")) {
                    break;
                }
            }
        } finally {
            ServiceProcess.stopGracefully(local, Duration.ofSeconds(60));
        }
        Files.write(work.resolve("plenary-local.log"), printed);
        double kilobytes = 0;
        for (String line : printed) {
            var ready = java.util.regex.Pattern.compile("ready in (\\d+) s").matcher(line);
            if (ready.find()) {
                figures.put("localReadySeconds", Double.parseDouble(ready.group(1)));
            }
            var rss = java.util.regex.Pattern.compile("(\\d+) kB\\s*$").matcher(line);
            if (rss.find()) {
                kilobytes += Double.parseDouble(rss.group(1));
            }
        }
        figures.put("localRssMegabytes", kilobytes / 1024);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static String registration(String path) {
        return "http://127.0.0.1:8083" + path;
    }

    private static String contributions() {
        return "http://127.0.0.1:8082/meetings/" + MEETING + "/contributions";
    }

    private static Load.Endpoint registrationEndpoint(String baseUrl, String meeting) {
        return new Load.Endpoint(baseUrl, "/meetings/" + meeting + "/delegations/#{state}/participants",
                "{\"name\": \"Viewer #{n}\", \"email\": \"viewer-#{n}@#{state}.bench.example.org\", "
                        + "\"function\": \"Observer\", \"language\": \"en\", \"role\": \"VIEWER\"}", 201);
    }

    /** A contribution by the letter's template, as a member state's system sends it. */
    static String contribution(String state, String title) {
        return """
                {"submittingMemberStates": ["%s"], "title": "%s", "documentReference": "C20/55",
                 "commentsOnDocument": "The member state supports the report and asks for a virtual preparatory meeting.",
                 "proposedWayForward": "Council notes the report and instructs the secretariat to organise the meeting.",
                 "language": "en", "contact": {"name": "Benchmark contact", "email": "contact@bench.example.org"}}"""
                .formatted(state, title);
    }

    /** Until every service has consumed what the last run caused; the wait is added up in the figures. */
    private void awaitQuiet() throws Exception {
        Duration waited = Quiet.await(engines.kafka().bootstrapServers(),
                PlenaryLocal.SERVICES.stream().map(PlenaryLocal.Service::name).toList(), Duration.ofMinutes(10));
        figures.merge("waitedForQuietSeconds", waited.toMillis() / 1000.0, Double::sum);
    }

    /** Waits until notification-service has nothing left to send, so a measurement starts from a quiet system. */
    private void awaitLedgerIdle() throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < until) {
            JsonNode pending = json.readTree(Http.send("GET", "http://127.0.0.1:8084/deliveries?status=PENDING&size=1",
                    engines.tokens().secretariat(), null).body());
            if (pending.path("total").asLong(-1) == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("notification-service still had emails to send after 5 minutes");
    }

    /**
     * The SMTP server's receipt time (ms) of the first copy of each message, under the key {@code keyOf} gives it
     * (messages it gives no key are left out).
     */
    private Map<String, Long> firstReceipts(MessageKey keyOf) throws MessagingException {
        Map<String, Long> first = new HashMap<>();
        for (StoredMessage message : engines.mail().greenMail().getManagers().getImapHostManager().getAllMessages()) {
            String key = keyOf.of(message.getMimeMessage());
            if (key != null) {
                first.merge(key, message.getReceivedDate().getTime(), Math::min);
            }
        }
        return first;
    }

    private interface MessageKey {
        String of(jakarta.mail.internet.MimeMessage message) throws MessagingException;
    }

    private Map<String, Long> firstReceiptsById(List<String> messageIds) throws MessagingException {
        java.util.Set<String> wanted = new java.util.HashSet<>(messageIds);
        return firstReceipts(message -> wanted.contains(message.getMessageID()) ? message.getMessageID() : null);
    }
}
