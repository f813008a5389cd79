package org.plenary.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes a run's results: {@code benchmarks.md}, {@code benchmarks/results.json}, {@code benchmarks/latency.html}. */
final class Report {

    private Report() {
    }

    static void write(Benchmark.Results results, Path out) throws IOException {
        Path folder = Files.createDirectories(out.resolve("benchmarks"));
        new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve("results.json").toFile(), results);
        Files.writeString(folder.resolve("latency.html"), chart(results.runs()));
        for (Map.Entry<String, String> profile : results.profiles().entrySet()) {
            Files.writeString(folder.resolve("flame-" + profile.getKey() + ".svg"),
                    FlameGraph.svg("Plenary bench: CPU samples of one " + profile.getKey() + " after another, "
                            + "warm (async-profiler, itimer, 10 ms)", profile.getValue()));
        }
        Files.writeString(out.resolve("benchmarks.md"), markdown(results));
    }

    /** Each performance target from the run's measurements. */
    static List<Target> targets(List<Measured> runs, List<CpuUse> cpu, List<Benchmark.Footprint> footprints,
                                Map<String, Double> figures, Benchmark.Plan plan) {
        List<Target> targets = new ArrayList<>();
        Measured jdbc = Measured.find(runs, RunKind.JDBC_BASELINE);
        Measured contribution = Measured.find(runs, RunKind.CONTRIBUTION_MAX);
        targets.add(Target.ratio(Goal.P1, "contribution POST throughput ÷ the JDBC transaction's",
                contribution.throughput(), jdbc.throughput(), "/s"));
        Measured bareMax = Measured.find(runs, RunKind.BARE_MAX);
        Measured bareHalf = Measured.find(runs, RunKind.BARE_HALF);
        Measured registrationMax = Measured.find(runs, RunKind.REGISTRATION_MAX);
        Measured registrationHalf = Measured.find(runs, RunKind.REGISTRATION_HALF);
        targets.add(Target.ratio(Goal.P2_THROUGHPUT, "registration POST throughput ÷ the bare endpoint's",
                registrationMax.throughput(), bareMax.throughput(), "/s"));
        targets.add(Target.ratio(Goal.P2_P99, "registration p99 ÷ the bare endpoint's, both at " + bareHalf.load(),
                registrationHalf.p99(), bareHalf.p99(), "ms"));
        Measured kafka = Measured.find(runs, RunKind.KAFKA_BASELINE);
        Measured email = Measured.find(runs, RunKind.P3_SUBMISSION_TO_EMAIL);
        // The Kafka tool reports whole milliseconds: a p99 of 0 means under 1 ms, compared as 1 ms.
        targets.add(Target.ratio(Goal.P3_RATIO, "submission → SMTP p99 ÷ Kafka's own produce → consume p99",
                email.p99(), Math.max(1, kafka.p99()), "ms"));
        targets.add(Target.absolute(Goal.P3_P99, "submission → SMTP p99 at " + email.load(), email.p99(), "ms"));
        Benchmark.Footprint bare = footprints.stream()
                .filter(f -> f.service().equals(BenchSystem.BARE.name())).findFirst().orElseThrow();
        for (Benchmark.Footprint service : footprints) {
            if (service != bare) {
                targets.add(Target.ratio(Goal.P4_START, service.service() + ": time to first request ÷ the bare "
                        + "service's", service.firstRequestSeconds(), bare.firstRequestSeconds(), "s"));
                targets.add(Target.ratio(Goal.P4_MEMORY, service.service() + ": RSS after the load ÷ the bare "
                        + "service's", service.rssMegabytes(), bare.rssMegabytes(), "MB"));
            }
        }
        targets.add(Target.absolute(Goal.P4_READY, "the whole local system (./plenary-local) ready",
                figures.getOrDefault("localReadySeconds", Double.NaN), "s"));
        targets.add(Target.absolute(Goal.P4_RSS, "the whole local system's RSS (services, launcher and engines)",
                figures.getOrDefault("localRssMegabytes", Double.NaN) / 1024, "GB"));
        targets.add(Target.ratio(Goal.P5_SCALE, "registration p99 at the "
                        + String.format("%,d", plan.scaleRegistrations()) + "th ÷ at the "
                        + String.format("%,d", plan.scaleWindow()) + "th (same rate)",
                Measured.find(runs, RunKind.SCALE_LAST_WINDOW).p99(), Measured.find(runs, RunKind.SCALE_FIRST_WINDOW).p99(), "ms"));
        targets.add(Target.absolute(Goal.P5_REMINDERS, Reminders.MEMBER_STATES
                        + " states' reminders handed to SMTP, first to last",
                figures.getOrDefault("remindersFirstToLastSeconds", Double.NaN), "s"));
        targets.addAll(costAndLatency(runs, cpu));
        targets.add(Target.absolute(Goal.EVENTS_KEEP_UP, "after P5's fill, until every service had consumed its events",
                figures.getOrDefault(Scale.EVENTS_BEHIND, Double.NaN), "s"));
        return targets;
    }

    /**
     * What our code costs against the floor of the same work: CPU per operation in every process but the load
     * generator, once warm, against the bare endpoint's plus the same SQL transaction's over JDBC; registration's
     * latency at half its own maximum against the bare endpoint's at that rate; reads against the bare endpoint.
     */
    private static List<Target> costAndLatency(List<Measured> runs, List<CpuUse> cpu) {
        double bare = CpuUse.find(cpu, RunKind.BARE_MAX).systemMillisPerOperation();
        List<Target> targets = new ArrayList<>();
        targets.add(Target.ratio(Goal.COST_SUBMISSION, "CPU per submission, warm, all processes but the load ÷ the "
                        + "bare endpoint's + the same SQL over JDBC",
                CpuUse.find(cpu, RunKind.CONTRIBUTION_MAX).systemMillisPerOperation(),
                bare + CpuUse.find(cpu, RunKind.JDBC_BASELINE).systemMillisPerOperation(), "ms"));
        targets.add(Target.ratio(Goal.COST_REGISTRATION, "CPU per registration, warm, all processes but the load ÷ "
                        + "the bare endpoint's + the same SQL over JDBC",
                CpuUse.find(cpu, RunKind.REGISTRATION_MAX).systemMillisPerOperation(),
                bare + CpuUse.find(cpu, RunKind.JDBC_REGISTRATION_BASELINE).systemMillisPerOperation(), "ms"));
        Measured ownHalf = Measured.find(runs, RunKind.REGISTRATION_OWN_HALF);
        targets.add(Target.ratio(Goal.LATENCY_REGISTRATION, "registration p99 ÷ the bare endpoint's, both at "
                        + ownHalf.load() + " (half registration's max)", ownHalf.p99(),
                Measured.find(runs, RunKind.BARE_AT_REGISTRATION_HALF).p99(), "ms"));
        double bareThroughput = Measured.find(runs, RunKind.BARE_MAX).throughput();
        targets.add(Target.ratio(Goal.READS, "GET …/agenda (52 items) throughput ÷ the bare endpoint's",
                Measured.find(runs, RunKind.AGENDA_READ).throughput(), bareThroughput, "/s"));
        targets.add(Target.ratio(Goal.READS_NOT_MODIFIED, "GET …/agenda with its ETag (304) throughput ÷ the bare "
                + "endpoint's", Measured.find(runs, RunKind.AGENDA_READ_NOT_MODIFIED).throughput(), bareThroughput,
                "/s"));
        return targets;
    }

    /** @param engines the versions of what the system ran on and the load came from, added at the end */
    static Map<String, String> machine(Map<String, String> engines, List<String> serviceJvmOptions) {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("cpu", firstLine("/proc/cpuinfo", "model name"));
        machine.put("memory", firstLine("/proc/meminfo", "MemTotal"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("quarkus", "3.33.2");
        machine.put("serviceJvmOptions", String.join(" ", serviceJvmOptions));
        machine.putAll(engines);
        return machine;
    }

    /** The version in the name of the jar that holds {@code type} ({@code greenmail-2.1.13.jar}: 2.1.13). */
    static String jarVersion(Class<?> type, String artifact) {
        String jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().getPath()).getFileName()
                .toString();
        return versionIn(jar, artifact).orElse("?");
    }

    /** The version in the name of {@code <artifact>-<version>.jar} in a folder of jars, such as the load module's. */
    static String jarVersion(Path folder, String artifact) {
        try (Stream<Path> jars = Files.list(folder)) {
            return jars.map(jar -> versionIn(jar.getFileName().toString(), artifact)).flatMap(Optional::stream)
                    .findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static Optional<String> versionIn(String jar, String artifact) {
        return jar.matches(Pattern.quote(artifact) + "-\\d.*\\.jar")
                ? Optional.of(jar.substring(artifact.length() + 1, jar.length() - ".jar".length()))
                : Optional.empty();
    }

    private static String firstLine(String file, String key) {
        try (Stream<String> lines = Files.lines(Path.of(file))) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst()
                    .orElse("?");
        } catch (IOException | UncheckedIOException e) {
            return "?";
        }
    }

    static double rssMegabytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).findFirst()
                    .map(kb -> Long.parseLong(kb) / 1024.0).orElse(Double.NaN);
        } catch (IOException | UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private static String markdown(Benchmark.Results results) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `./plenary-bench")
                .append(results.plan().smoke() ? " --smoke` (a smoke run: tiny load, no meaning as speed)" : "`")
                .append(" on ").append(results.when()).append(", in ")
                .append(Target.format(results.figures().getOrDefault("benchmarkSeconds", Double.NaN)))
                .append(" s. Raw numbers: [benchmarks/results.json](benchmarks/results.json); latency chart: ")
                .append("[benchmarks/latency.html](benchmarks/latency.html). How it is measured, and why: see the ")
                .append("end of this page. What the numbers mean, what the benchmark found and what was fixed, and ")
                .append("what stands in the way of each target missed: ")
                .append("[benchmarks-findings.md](benchmarks-findings.md).");
        for (String profile : results.profiles().keySet()) {
            md.append(" Flame graph of the ").append(profile).append(", warm: [benchmarks/flame-").append(profile)
                    .append(".svg](benchmarks/flame-").append(profile).append(".svg).");
        }
        md.append("\n\n");
        md.append("## Machine\n\n| | |\n|---|---|\n");
        results.machine().forEach((key, value) -> md.append("| ").append(key).append(" | ").append(value)
                .append(" |\n"));
        md.append("\n## Targets\n\n| target | what | measured | reference | ratio or value | target | met |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Target target : results.targets()) {
            md.append("| ").append(target.id()).append(" | ").append(target.description()).append(" | ")
                    .append(target.measured()).append(" | ").append(target.reference()).append(" | ")
                    .append(Target.format(target.value())).append(" | ").append(target.comparison()).append(' ')
                    .append(Target.format(target.limit())).append(" | ").append(target.met() ? "yes" : "**no**")
                    .append(" |\n");
        }
        md.append("\n## Runs\n\nLatencies in milliseconds; throughput in operations a second.\n\n")
                .append("| run | load | count | failed | p50 | p90 | p99 | p99.9 | max | throughput |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Measured run : results.runs()) {
            md.append("| ").append(run.name()).append(" | ").append(run.load()).append(" | ").append(run.count())
                    .append(" | ").append(run.failed()).append(" | ").append(Target.format(run.p50())).append(" | ")
                    .append(Target.format(run.p90())).append(" | ").append(Target.format(run.p99())).append(" | ")
                    .append(Target.format(run.p999())).append(" | ").append(Target.format(run.max())).append(" | ")
                    .append(Target.format(run.throughput())).append(" |\n");
        }
        md.append("\n## Start and memory\n\n| service | first request after its start (s) | RSS after the load (MB) |\n")
                .append("|---|---|---|\n");
        for (Benchmark.Footprint footprint : results.footprints()) {
            md.append("| ").append(footprint.service()).append(" | ")
                    .append(Target.format(footprint.firstRequestSeconds())).append(" | ")
                    .append(Target.format(footprint.rssMegabytes())).append(" |\n");
        }
        md.append(cpuTable(results.cpu()));
        md.append("\n## Other figures\n\n| figure | value |\n|---|---|\n");
        results.figures().forEach((key, value) -> md.append("| ").append(key).append(" | ")
                .append(Target.format(value)).append(" |\n"));
        md.append(METHOD);
        return md.toString();
    }

    /** CPU milliseconds per operation, a row per run, a column per process. */
    private static String cpuTable(List<CpuUse> cpu) {
        if (cpu.isEmpty()) {
            return "";
        }
        List<String> processes = List.copyOf(cpu.get(0).millisPerOperation().keySet());
        StringBuilder md = new StringBuilder("\n## Where the CPU goes\n\nCPU milliseconds per completed operation, "
                + "by process, from the run's start until every service had consumed the events it caused. The "
                + "machine's two cores give 2,000 CPU milliseconds a second: a run's throughput cannot exceed "
                + "2,000 ÷ its total.\n\n| run | " + String.join(" | ", processes) + " |\n|---|"
                + "---|".repeat(processes.size()) + "\n");
        for (CpuUse run : cpu) {
            md.append("| ").append(run.run()).append(" | ");
            for (String process : processes) {
                md.append(Target.format(run.millisPerOperation().getOrDefault(process, Double.NaN))).append(" | ");
            }
            md.setLength(md.length() - 1);
            md.append('\n');
        }
        return md.toString();
    }

    private static final String METHOD = """

            ## How it is measured

            - The system runs as production does: each service its own JVM from its packaged `quarkus-app`, configured
              only by environment, with its image's heap (`-Xmx384m`, what `MaxRAMPercentage=75` gives in the
              manifests' 512 MiB) and collector (`-XX:+UseSerialGC`), against real PostgreSQL, Kafka and SMTP
              (GreenMail) started by the benchmark.
            - Load comes from Gatling (deploy/bench/load, Java DSL), in its own JVM, with the 193 member states'
              tokens in turn and one shared connection pool (a member state's system keeps its connections).
              *Closed* (a fixed number of clients, each sending when answered) gives the maximum throughput; *open*
              (a constant arrival rate) gives latencies with queueing included, so coordinated omission cannot hide it.
              Each endpoint is warmed up first (15 s, closed; 60 s for registration and submission, whose cost is
              measured warm); a closed run lasts 20 s, an open run 10 s (above a
              service's capacity an open run only adds to its queue); each Gatling run's own HTML report stays in
              `deploy/bench/target/run/gatling/`. A request unanswered after 10 s counts as failed (Gatling's
              request timeout, set in deploy/bench/load's gatling.conf).
            - Baselines in the same run, on the same machine: the bare service (deploy/bench/bare-service: the same
              path, roles, validation and JSON as registration, nothing behind it); the JDBC transactions a submission
              and a viewer's registration commit (the same statements, in copies of the tables, one connection per
              client, the same concurrency); Kafka's `EndToEndLatency` on the same broker, acks=all.
            - Cost per operation: the CPU every process but the load generator spent on the run (its service, the
              consumers of its events, PostgreSQL, the broker, SMTP), counted until its events were consumed and its
              emails sent, over the operations it completed; its floor is the bare endpoint's cost plus the same SQL
              transaction's over JDBC, both measured in the run.
            - Reads: the seeded agenda (52 items, the contributions of P1 and P3 under item 5, of which the caller
              may see its own), `GET …/agenda` with one member state's token, as fast as 16 clients go; then with the entity tag of its answer in `If-None-Match` (every answer a 304).
            - Before each measured run the benchmark waits until every service has consumed the events the runs before
              caused (each consumer group at the end of its partitions) and, while SMTP is up, until every email is
              sent (`waitedForQuietSeconds` adds the waits up).
            - P3 runs after P1 (the submission path warm) and sends submissions at a constant rate on an otherwise
              quiet system; for each it takes the time from its 201 (returned after the commit) to the SMTP server's
              receipt of its email (matched by title).
            - The reminders: notification-service's clock is moved past the 2-day reminder of C20-VC's deadline; the
              figure is from the first to the last of the 193 states' reminders received by SMTP
              (`remindersFromClockMoveSeconds` counts from the move, which has the reminders planned at once).
            - Before P5, SMTP is stopped: the 100,000 registration emails of its fill are recorded in
              notification-service's ledger and wait. Its figure `eventsBehindAfterFillSeconds` is the time from the
              fill's last request until every service had consumed the events it caused.
            - P5 registers in a meeting of its own (BENCH-SCALE): its first 1,000 registrations at a constant rate (at
              most 100/s and at most half of P2's maximum, so that the service keeps up), then the meeting filled as
              fast as the clients go (one Gatling run of exactly the registrations missing), then the last 1,000 at
              the same rate.
            - Where the CPU goes: each process's CPU time (`/proc/<pid>/stat`) before a run and after it, once every
              service has consumed the events the run caused; PostgreSQL is all its processes, the benchmark's own
              JVM holds Kafka and GreenMail, and Gatling is counted from the benchmark's finished child processes.
            - P4: each service is started alone (the others already up) and timed to its first answered request; RSS is
              read from `/proc` after the load. The whole system is `./plenary-local --reset`, as the README starts it,
              with the time and the RSS it prints itself (the launcher's JVM includes the engines).
            """;

    /** Latency percentiles of every run, as bars, in a page a person can open. */
    private static String chart(List<Measured> runs) {
        List<Measured> shown = runs.stream().filter(r -> !Double.isNaN(r.p50())).toList();
        double top = shown.stream().mapToDouble(r -> Double.isNaN(r.p999()) ? r.p99() : r.p999()).max().orElse(1);
        double scale = Math.max(top, 1);
        int rowHeight = 64;
        int width = 1000;
        int labels = 360;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' width='").append(width).append("' height='")
                .append(shown.size() * rowHeight + 40).append("' font-family='sans-serif' font-size='12'>\n");
        // The scale's decades, 1 ms, 10 ms, 100 ms…, as vertical lines with their labels.
        for (double decade = 1; decade <= scale * 10; decade *= 10) {
            double x = labels + (width - labels - 80) * Math.log1p(decade) / Math.log1p(scale);
            if (x > width - 40) {
                break;
            }
            svg.append("<line x1='").append(String.format("%.1f", x)).append("' y1='14' x2='")
                    .append(String.format("%.1f", x)).append("' y2='").append(shown.size() * rowHeight + 20)
                    .append("' stroke='#ddd'/><text x='").append(String.format("%.1f", x - 8))
                    .append("' y='10' fill='#666'>").append(Target.format(decade)).append(" ms</text>\n");
        }
        String[] names = {"p50", "p90", "p99", "p99.9"};
        String[] colours = {"#4c78a8", "#72b7b2", "#f58518", "#e45756"};
        for (int i = 0; i < shown.size(); i++) {
            Measured run = shown.get(i);
            int y = 20 + i * rowHeight;
            svg.append("<text x='0' y='").append(y + 12).append("'>").append(escape(run.name())).append("</text>\n");
            svg.append("<text x='0' y='").append(y + 28).append("' fill='#666'>").append(escape(run.load()))
                    .append("</text>\n");
            double[] values = {run.p50(), run.p90(), run.p99(), run.p999()};
            for (int p = 0; p < values.length; p++) {
                if (Double.isNaN(values[p])) {
                    continue;
                }
                // Logarithmic: a run queueing for seconds must not flatten the millisecond ones.
                double length = (width - labels - 80) * Math.log1p(values[p]) / Math.log1p(scale);
                int barY = y + p * 13;
                svg.append("<rect x='").append(labels).append("' y='").append(barY).append("' width='")
                        .append(String.format("%.1f", Math.max(1, length))).append("' height='11' fill='")
                        .append(colours[p]).append("'/>");
                svg.append("<text x='").append(String.format("%.1f", labels + Math.max(1, length) + 4))
                        .append("' y='").append(barY + 10).append("'>").append(names[p]).append(' ')
                        .append(Target.format(values[p])).append(" ms</text>\n");
            }
        }
        svg.append("</svg>\n");
        return "<!doctype html>\n<html><head><meta charset='utf-8'><title>Plenary benchmark latencies</title></head>"
                + "<body><h1>Latency percentiles per run (ms, logarithmic scale)</h1>\n" + svg + "</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
