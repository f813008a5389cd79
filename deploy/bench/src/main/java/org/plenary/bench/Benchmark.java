package org.plenary.bench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.local.PlenaryLocal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Plenary's benchmark ({@code ./plenary-bench}): starts the system as production runs it ({@link BenchSystem}),
 * measures every scenario of the product's performance targets beside its baseline in the same run, and writes the
 * report ({@link Report}). {@code --smoke} runs everything for a second or two with a tiny load: the test suite runs
 * it so the harness never rots; it proves the harness works, never a speed.
 */
public final class Benchmark {

    /**
     * How long and how much: the full run, or the smoke run of the test suite (no warm-up; the services started
     * together, they and the load generator with quick-start JVM options).
     *
     * @param seconds     a closed run's length
     * @param openSeconds an open run's: above a service's capacity it queues what the service cannot take, and
     *                    10 s show that as well as 20 while leaving half the backlog to drain before the next run
     * @param warmSeconds the load a service has had before its cost per operation is measured ("warm"): after
     *                    15 s the JIT is still compiling, and the cost is three times the warm one
     */
    public record Plan(boolean smoke, int warmupSeconds, int warmSeconds, int seconds, int openSeconds, int clients, int submissions,
                       double submissionsPerSecond, int scaleRegistrations, int scaleWindow, double windowPerSecond,
                       int kafkaMessages) {

        public static final Plan FULL = new Plan(false, 15, 60, 20, 10, 16, 150, 5, 100_000, 1_000, 100, 3_000);
        public static final Plan SMOKE = new Plan(true, 0, 0, 2, 2, 2, 4, 4, 60, 20, 20, 50);
    }

    /** Everything a run measured, as the report and the JSON show it. */
    /** @param profiles the collapsed stacks of the full run's profiles, by name, drawn as flame graphs */
    public record Results(Instant when, Plan plan, Map<String, String> machine, List<Measured> runs,
                          List<Footprint> footprints, List<CpuUse> cpu, List<Target> targets,
                          Map<String, Double> figures, @JsonIgnore Map<String, String> profiles) {
    }

    /** A service's start and memory: time to its first answered request, resident memory after the load. */
    public record Footprint(String service, double firstRequestSeconds, double rssMegabytes) {
    }

    private final Plan plan;
    private final Path home;
    private final Path work;
    private volatile BenchSystem system;

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
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop, "plenary-bench-stop"));
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
            system = BenchSystem.start(home, work, plan.smoke());
            Map<String, String> engineVersions = system.engineVersions();
            Measurements measurements = new Measurements(plan, system,
                    new Load(home, work.resolve("gatling"), writeDelegations(), plan.smoke()));
            prepare(measurements);
            // On a quiet system, SMTP up.
            new Reminders().run(measurements);
            measurements.add(KafkaBaseline.run(system.kafka(), plan.kafkaMessages(),
                    work.resolve("kafka-e2e-latency.log")));
            // SMTP stays up: a registration's or a submission's cost includes sending its emails.
            new RegistrationBesideBare().run(measurements);
            new SubmissionBesideJdbc().run(measurements);
            // P3 once the submission path is warm (P1's minutes of load), its emails all sent first: right after the
            // start its tail was the JIT's, not the path's.
            new SubmissionToEmail().run(measurements);
            new AgendaReads().run(measurements);
            List<Footprint> footprints = system.footprints();
            // P5's fill makes 100,000 emails; with SMTP away the notification service records them and waits.
            system.stopSmtp();
            new Scale().run(measurements);
            stop();
            new WholeSystem().run(measurements);
            measurements.figure("benchmarkSeconds", Duration.between(began, Instant.now()).toSeconds());
            return new Results(began, plan, Report.machine(engineVersions, system.jvmOptions()), measurements.runs(),
                    footprints, measurements.cpu(),
                    Report.targets(measurements.runs(), measurements.cpu(), footprints, measurements.figures(), plan),
                    measurements.figures(), measurements.profiles());
        } finally {
            stop();
        }
    }

    private void stop() {
        BenchSystem running = system;
        if (running != null) {
            running.close();
        }
    }

    /** A caller per member state: {@code state,token}, for Gatling to use in turn. */
    private Path writeDelegations() throws IOException {
        JsonNode directory = new ObjectMapper().readTree(home.resolve(
                "registration-service/src/main/resources/seed/member-states.json").toFile());
        StringBuilder csv = new StringBuilder("state,token\n");
        for (JsonNode state : directory.get("states")) {
            String code = state.get("code").asText();
            csv.append(code).append(',').append(system.memberState(code)).append('\n');
        }
        return Files.writeString(work.resolve("delegations.csv"), csv);
    }

    /** Pools large enough for the run, a meeting of its own for P5, and every service serving both meetings. */
    private void prepare(Measurements measurements) throws Exception {
        String secretariat = system.secretariat();
        Http.until(200, Duration.ofMinutes(1), "PUT", Requests.capacity(Requests.MEETING), secretariat,
                "{\"speakers\": 300, \"viewers\": 1000000, \"speakersPerDelegationMax\": 3}");
        Http.until(201, Duration.ofMinutes(1), "POST", BenchSystem.AGENDA + "/meetings", secretariat, """
                {"id": "%s", "title": {"en": "Benchmark: registrations at scale"}, "timeZone": "Europe/Zurich",
                 "startsOn": "2020-06-09", "contributionDeadlineDate": "2020-06-02",
                 "mailboxes": {"contributions": "contributions@itu.int", "speakerRegistration": "sg-registration@itu.int",
                   "speakerRegistrationCc": "remote.participation@itu.int", "secretariat": "council@itu.int"},
                 "capacity": {"speakers": 300, "viewers": 1000000, "speakersPerDelegationMin": 1,
                   "speakersPerDelegationMax": 3}}""".formatted(Requests.SCALE_MEETING));
        Http.until(200, Duration.ofMinutes(1), "GET", Requests.capacity(Requests.SCALE_MEETING), secretariat, null);
        Http.until(201, Duration.ofMinutes(1), "POST", Requests.contributions(), system.memberState("KEN"),
                Requests.contribution("KEN", "Benchmark: the first submission"));
        measurements.awaitQuiet();
    }
}
