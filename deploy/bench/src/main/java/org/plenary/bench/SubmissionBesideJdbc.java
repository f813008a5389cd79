package org.plenary.bench;

/**
 * P1 and the submission's cost, SMTP up: the same transaction's over plain JDBC on the same database
 * ({@link SubmissionTransaction}), then the contribution endpoint's maximum throughput once warm, its CPU counted until
 * its emails are sent.
 */
final class SubmissionBesideJdbc implements Scenario {

    @Override
    public void run(Measurements measurements) throws Exception {
        Benchmark.Plan plan = measurements.plan();
        measurements.measureJdbc("contribution", new SubmissionTransaction());
        Load.Endpoint submit = Load.Endpoint.post(BenchSystem.CONTRIBUTION,
                "/meetings/" + Requests.MEETING + "/contributions",
                Requests.contribution("#{state}", "Benchmark contribution #{n}"), 201);
        measurements.warmUp("contribution", submit, plan.warmSeconds());
        measurements.profiled("submission", "contribution-service", () -> measurements.measure(
                RunKind.CONTRIBUTION_MAX, "P1 contribution POST, max throughput", submit,
                Load.Model.closed(plan.clients())));
    }
}
