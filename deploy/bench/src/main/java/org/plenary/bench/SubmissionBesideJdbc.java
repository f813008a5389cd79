package org.plenary.bench;

import org.plenary.infra.EmbeddedPostgresServer;

import java.util.Map;

/**
 * P1, SMTP away: the contribution endpoint's maximum throughput beside the same transaction's over plain JDBC
 * ({@link JdbcBaseline}), on the same database.
 */
final class SubmissionBesideJdbc implements Scenario {

    @Override
    public void run(Measurements measurements) throws Exception {
        Benchmark.Plan plan = measurements.plan();
        measurements.awaitQuiet();
        String database = measurements.system().database("contribution");
        Map<String, Double> before = measurements.cpuNow();
        Measured jdbc = JdbcBaseline.run(database, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD,
                plan.clients(), plan.warmupSeconds(), plan.seconds());
        // The JDBC baseline warms up and measures in one go: its CPU over every transaction it committed.
        measurements.accountCpu(RunKind.JDBC_BASELINE, jdbc.name() + " (with its warm-up)", before,
                JdbcBaseline.committed(database, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD));
        measurements.add(jdbc);
        Load.Endpoint submit = new Load.Endpoint(BenchSystem.CONTRIBUTION,
                "/meetings/" + Requests.MEETING + "/contributions",
                Requests.contribution("#{state}", "Benchmark contribution #{n}"), 201);
        measurements.warmUp("contribution", submit);
        measurements.measure(RunKind.CONTRIBUTION_MAX, "P1 contribution POST, max throughput", submit,
                Load.Model.closed(plan.clients()));
    }
}
