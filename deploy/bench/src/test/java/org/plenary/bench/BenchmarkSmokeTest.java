package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's smoke run, so the harness never rots: the whole of {@code ./plenary-bench --smoke}, every
 * scenario and baseline with a tiny load, then the report. It checks that each was measured and reported, and that
 * the load was served (every request answered as expected); it asserts no speed.
 */
class BenchmarkSmokeTest {

    private static final Path HOME = Paths.get(System.getProperty("plenary.root", "../..")).toAbsolutePath()
            .normalize();

    @Test
    void everyScenarioIsMeasuredBesideItsBaselineAndReported() throws Exception {
        Benchmark.Results results = new Benchmark(Benchmark.Plan.SMOKE, HOME).run();
        Path out = HOME.resolve("deploy/bench/target/smoke-report");
        Report.write(results, out);

        assertThat(results.runs()).extracting(Measured::name).anySatisfy(n -> assertThat(n).startsWith("P1"))
                .anySatisfy(n -> assertThat(n).startsWith("P2 registration POST, max"))
                .anySatisfy(n -> assertThat(n).startsWith("P3"))
                .anySatisfy(n -> assertThat(n).startsWith("Baseline: bare service"))
                .anySatisfy(n -> assertThat(n).startsWith("JDBC baseline"))
                .anySatisfy(n -> assertThat(n).startsWith("Kafka baseline"));
        assertThat(results.runs()).filteredOn(r -> r.name().startsWith("P5 registrations")).hasSize(2);
        for (Measured run : results.runs()) {
            assertThat(run.count()).as(run.name() + ": operations measured").isPositive();
            assertThat(run.failed()).as(run.name() + ": every request answered as expected").isZero();
            assertThat(run.p99()).as(run.name() + ": a p99").isNotNaN();
        }
        assertThat(results.cpu()).extracting(CpuUse::run).anySatisfy(n -> assertThat(n).startsWith("P1"))
                .anySatisfy(n -> assertThat(n).startsWith("P2 registration POST, max"))
                .anySatisfy(n -> assertThat(n).startsWith("P5 fill"));
        assertThat(results.cpu()).filteredOn(c -> c.run().startsWith("P2 registration POST, max")).singleElement()
                .satisfies(c -> assertThat(c.millisPerOperation().get("registration-service"))
                        .as("registration's own CPU per registration").isPositive())
                .satisfies(c -> assertThat(c.millisPerOperation().get("total"))
                        .isGreaterThan(c.millisPerOperation().get("registration-service")));
        for (String engine : List.of("java", "quarkus", "postgresql", "kafka", "greenmail", "gatling")) {
            assertThat(results.machine().get(engine)).as(engine + "'s version").isNotBlank().isNotEqualTo("?");
        }
        assertThat(results.figures().get("reminders")).as("each state's reminder received by SMTP")
                .isEqualTo(193.0);
        assertThat(results.figures().get("scaleRegistered")).as("P5's meeting filled to its size and beyond")
                .isGreaterThanOrEqualTo(Benchmark.Plan.SMOKE.scaleRegistrations());
        assertThat(results.footprints()).extracting(Benchmark.Footprint::service).containsExactly("agenda-service",
                "contribution-service", "registration-service", "notification-service", "bare-service");
        assertThat(results.targets()).extracting(Target::id).containsAll(List.of("P1", "P2 throughput", "P2 p99",
                "P3 ratio", "P3 p99", "P4 start", "P4 memory", "P4 ready", "P4 RSS", "P5 scale", "P5 reminders"));
        assertThat(results.targets()).allSatisfy(t -> assertThat(t.value()).as(t.id() + " " + t.description())
                .isNotNaN());

        String markdown = Files.readString(out.resolve("benchmarks.md"));
        assertThat(markdown).contains("## Targets", "## Runs", "## Where the CPU goes", "P5 reminders", "smoke run");
        JsonNode json = new ObjectMapper().readTree(out.resolve("benchmarks/results.json").toFile());
        assertThat(json.get("runs")).hasSize(results.runs().size());
        assertThat(Files.readString(out.resolve("benchmarks/latency.html"))).contains("<svg", "P3 submission");
    }
}
