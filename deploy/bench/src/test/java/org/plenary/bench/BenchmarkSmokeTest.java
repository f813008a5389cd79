package org.plenary.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
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

        assertThat(results.runs()).extracting(Measured::kind).containsExactlyInAnyOrder(
                RunKind.P3_SUBMISSION_TO_EMAIL, RunKind.KAFKA_BASELINE, RunKind.BARE_MAX, RunKind.BARE_HALF,
                RunKind.REGISTRATION_MAX, RunKind.REGISTRATION_HALF, RunKind.REGISTRATION_OWN_HALF,
                RunKind.BARE_AT_REGISTRATION_HALF, RunKind.JDBC_REGISTRATION_BASELINE, RunKind.JDBC_BASELINE,
                RunKind.CONTRIBUTION_MAX, RunKind.AGENDA_READ, RunKind.AGENDA_READ_NOT_MODIFIED,
                RunKind.SCALE_FIRST_WINDOW, RunKind.SCALE_LAST_WINDOW);
        for (Measured run : results.runs()) {
            assertThat(run.count()).as(run.name() + ": operations measured").isPositive();
            assertThat(run.failed()).as(run.name() + ": every request answered as expected").isZero();
            assertThat(run.p99()).as(run.name() + ": a p99").isNotNaN();
        }
        assertThat(results.cpu()).extracting(CpuUse::kind).contains(RunKind.CONTRIBUTION_MAX,
                RunKind.REGISTRATION_MAX, RunKind.SCALE_FILL, RunKind.JDBC_BASELINE, RunKind.JDBC_REGISTRATION_BASELINE,
                RunKind.BARE_MAX, RunKind.AGENDA_READ);
        assertThat(results.cpu()).filteredOn(c -> c.kind() == RunKind.REGISTRATION_MAX).singleElement()
                .satisfies(c -> assertThat(c.millisPerOperation().get("registration-service"))
                        .as("registration's own CPU per registration").isPositive())
                .satisfies(c -> assertThat(c.millisPerOperation().get("total"))
                        .isGreaterThan(c.millisPerOperation().get("registration-service")));
        for (String engine : List.of("java", "quarkus", "postgresql", "kafka", "greenmail", "gatling")) {
            assertThat(results.machine().get(engine)).as(engine + "'s version").isNotBlank().isNotEqualTo("?");
        }
        assertThat(results.figures()).containsKey(Scale.EVENTS_BEHIND);
        assertThat(results.figures().get("reminders")).as("each state's reminder received by SMTP")
                .isEqualTo((double) Reminders.MEMBER_STATES);
        assertThat(results.figures().get("scaleRegistered")).as("P5's meeting filled to its size and beyond")
                .isGreaterThanOrEqualTo(Benchmark.Plan.SMOKE.scaleRegistrations());
        assertThat(results.footprints()).extracting(Benchmark.Footprint::service).containsExactly("agenda-service",
                "contribution-service", "registration-service", "notification-service", "bare-service");
        assertThat(results.targets()).extracting(Target::goal).containsAll(EnumSet.allOf(Goal.class));
        assertThat(results.targets()).allSatisfy(t -> assertThat(t.value()).as(t.id() + " " + t.description())
                .isNotNaN());

        String markdown = Files.readString(out.resolve("benchmarks.md"));
        assertThat(markdown).contains("## Targets", "## Runs", "## Where the CPU goes", "P5 reminders", "smoke run");
        JsonNode json = new ObjectMapper().readTree(out.resolve("benchmarks/results.json").toFile());
        assertThat(json.get("runs")).hasSize(results.runs().size());
        assertThat(Files.readString(out.resolve("benchmarks/latency.html"))).contains("<svg", "P3 submission");
    }
}
