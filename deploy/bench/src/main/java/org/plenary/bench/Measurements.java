package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.infra.EmbeddedPostgresServer;
import org.plenary.local.PlenaryLocal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run measured so far: the load runs, the CPU each cost in every process, and the single figures.
 * Every measurement starts from a quiet system (every event of the previous one consumed), and its CPU is counted
 * once the events it caused are consumed too.
 */
final class Measurements {

    private final Benchmark.Plan plan;
    private final BenchSystem system;
    private final Load load;
    private final List<Measured> runs = new ArrayList<>();
    private final List<CpuUse> cpu = new ArrayList<>();
    private final Map<String, Double> figures = new LinkedHashMap<>();
    private final Map<String, String> profiles = new LinkedHashMap<>();

    Measurements(Benchmark.Plan plan, BenchSystem system, Load load) {
        this.plan = plan;
        this.system = system;
        this.load = load;
    }

    Benchmark.Plan plan() {
        return plan;
    }

    BenchSystem system() {
        return system;
    }

    /** The load generator, for load that is neither a warm-up nor a measurement of its own. */
    Load load() {
        return load;
    }

    List<Measured> runs() {
        return runs;
    }

    List<CpuUse> cpu() {
        return cpu;
    }

    Map<String, Double> figures() {
        return figures;
    }

    /** The flame graphs' collapsed stacks, by name: the full run's profiles of the measured services. */
    Map<String, String> profiles() {
        return profiles;
    }

    /** A measurement that answers with what it measured. */
    interface Measurement {
        Measured run() throws Exception;
    }

    /**
     * In the full run, {@code service} profiled ({@link Profiler}) while {@code measurement} runs, its stacks kept as
     * {@code profile}; in the smoke run, the measurement alone.
     */
    Measured profiled(String profile, String service, Measurement measurement) throws Exception {
        if (plan.smoke()) {
            return measurement.run();
        }
        long pid = system.pids().get(service);
        Profiler profiler = Profiler.in(system.work());
        profiler.start(pid);
        Measured measured = measurement.run();
        profiles.put(profile, profiler.stop(pid, system.work().resolve(profile + ".collapsed")));
        return measured;
    }

    void figure(String name, double value) {
        figures.put(name, value);
    }

    void add(Measured run) {
        runs.add(run);
    }

    /** The measured run of a kind, once measured. */
    Measured run(RunKind kind) {
        return Measured.find(runs, kind);
    }

    /** Load that only warms the JIT up, for the plan's warm-up time (none in the smoke run). */
    void warmUp(String name, Load.Endpoint endpoint) throws Exception {
        warmUp(name, endpoint, plan.warmupSeconds());
    }

    /** Load that only warms the JIT up, for {@code seconds}. */
    void warmUp(String name, Load.Endpoint endpoint, int seconds) throws Exception {
        if (seconds > 0) {
            load.run(RunKind.WARM_UP, "warm-up " + name, endpoint, Load.Model.closed(plan.clients()), seconds);
        }
    }

    /** A load run from a quiet system, for the plan's time, with its CPU; recorded. */
    Measured measure(RunKind kind, String name, Load.Endpoint endpoint, Load.Model model) throws Exception {
        return measure(kind, name, endpoint, model, model.open() ? plan.openSeconds() : plan.seconds());
    }

    /** A load run from a quiet system, with its CPU, recorded; {@code seconds} unless the model counts requests. */
    Measured measure(RunKind kind, String name, Load.Endpoint endpoint, Load.Model model, int seconds)
            throws Exception {
        awaitQuiet();
        System.out.println("Plenary bench: " + name + " (" + model.describe() + ", " + seconds + " s)...");
        Map<String, Double> before = cpuNow();
        Measured measured = load.run(kind, name, endpoint, model, seconds);
        accountCpu(kind, name, before, measured.count() - measured.failed());
        runs.add(measured);
        return measured;
    }

    /**
     * A JDBC baseline on a service's database ({@link JdbcBaseline}), recorded with its CPU: it warms up and
     * measures in one go, so its CPU is divided by every transaction it committed.
     */
    Measured measureJdbc(String service, JdbcBaseline.Transaction transaction) throws Exception {
        awaitQuiet();
        System.out.println("Plenary bench: " + transaction.name() + "...");
        String database = system.database(service);
        Map<String, Double> before = cpuNow();
        Measured jdbc = JdbcBaseline.run(database, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                transaction, plan.clients(), plan.warmupSeconds(), plan.seconds());
        accountCpu(transaction.kind(), jdbc.name() + " (with its warm-up)", before, JdbcBaseline.committed(database,
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD, transaction));
        runs.add(jdbc);
        return jdbc;
    }

    /** Each process's CPU so far, to give {@link #accountCpu} later. */
    Map<String, Double> cpuNow() {
        return CpuUse.snapshot(system.pids());
    }

    /** The CPU since {@code before}, counted once every service has consumed the events it caused. */
    void accountCpu(RunKind kind, String name, Map<String, Double> before, long operations) throws Exception {
        awaitQuiet();
        cpu.add(CpuUse.between(kind, name, before, cpuNow(), operations));
    }

    /**
     * Until every service has consumed what the last run caused and, while SMTP is up, every email it caused is sent
     * (so a run's CPU includes its emails' sending, and the next run starts without them); the wait is added up in the
     * figures, and returned.
     */
    Duration awaitQuiet() throws Exception {
        long began = System.nanoTime();
        Quiet.await(system.kafka(), PlenaryLocal.SERVICES.stream().map(PlenaryLocal.Service::name).toList(),
                Duration.ofMinutes(10));
        if (system.smtpUp()) {
            awaitLedgerIdle();
        }
        Duration waited = Duration.ofNanos(System.nanoTime() - began);
        figures.merge("waitedForQuietSeconds", waited.toMillis() / 1000.0, Double::sum);
        return waited;
    }

    /** Until notification-service has no email left to send. */
    private void awaitLedgerIdle() throws Exception {
        ObjectMapper json = new ObjectMapper();
        long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < until) {
            JsonNode pending = json.readTree(Http.send("GET", BenchSystem.NOTIFICATION
                    + "/deliveries?status=PENDING&size=1", system.secretariat(), null).body());
            if (pending.path("total").asLong(-1) == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("notification-service still had emails to send after 10 minutes");
    }
}
