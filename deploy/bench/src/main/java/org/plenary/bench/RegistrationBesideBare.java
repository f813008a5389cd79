package org.plenary.bench;

/**
 * P2 and the registration's cost and latency, SMTP up, each beside the bare endpoint's (deploy/bench/bare-service: the
 * same request, token and JSON, nothing stored) and the same transaction's over plain JDBC
 * ({@link RegistrationTransaction}): the maximum throughput once warm; the latency at half registration's own maximum,
 * the bare endpoint's at that rate too; and, as before, registration at half the bare endpoint's maximum.
 */
final class RegistrationBesideBare implements Scenario {

    @Override
    public void run(Measurements measurements) throws Exception {
        Benchmark.Plan plan = measurements.plan();
        Load.Endpoint bare = Requests.registration("http://127.0.0.1:" + BenchSystem.BARE.port(), Requests.MEETING);
        Load.Endpoint real = Requests.registration(BenchSystem.REGISTRATION, Requests.MEETING);
        measurements.warmUp("bare", bare);
        Measured bareMax = measurements.measure(RunKind.BARE_MAX, "Baseline: bare service, max throughput", bare,
                Load.Model.closed(plan.clients()));
        double bareHalf = Math.max(1, Math.floor(bareMax.throughput() / 2));
        measurements.measure(RunKind.BARE_HALF, "Baseline: bare service at half its max", bare,
                Load.Model.open(bareHalf));
        measurements.measureJdbc("registration", new RegistrationTransaction());
        measurements.warmUp("registration", real, plan.warmSeconds());
        Measured max = measurements.profiled("registration", "registration-service", () -> measurements.measure(
                RunKind.REGISTRATION_MAX, "P2 registration POST, max throughput", real,
                Load.Model.closed(plan.clients())));
        double ownHalf = Math.max(1, Math.floor(max.throughput() / 2));
        measurements.measure(RunKind.REGISTRATION_OWN_HALF, "Registration POST at half its own max", real,
                Load.Model.open(ownHalf));
        measurements.measure(RunKind.BARE_AT_REGISTRATION_HALF, "Baseline: bare service at half registration's max",
                bare, Load.Model.open(ownHalf));
        measurements.measure(RunKind.REGISTRATION_HALF, "P2 registration POST at half the bare max", real,
                Load.Model.open(bareHalf));
    }
}
