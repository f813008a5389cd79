package org.plenary.bench;

/**
 * P2, SMTP away: the registration endpoint's maximum throughput and its latency at half the bare endpoint's maximum,
 * each beside the bare endpoint's (deploy/bench/bare-service: the same request, token and JSON, nothing stored).
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
        double half = Math.max(1, Math.floor(bareMax.throughput() / 2));
        measurements.measure(RunKind.BARE_HALF, "Baseline: bare service at half its max", bare, Load.Model.open(half));
        measurements.warmUp("registration", real);
        measurements.measure(RunKind.REGISTRATION_MAX, "P2 registration POST, max throughput", real,
                Load.Model.closed(plan.clients()));
        measurements.measure(RunKind.REGISTRATION_HALF, "P2 registration POST at half the bare max", real,
                Load.Model.open(half));
    }
}
