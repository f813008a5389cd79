package org.plenary.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads: the seeded consultation's agenda (52 items) as a member state's system reads it, {@code GET …/agenda} with
 * its bearer token, as fast as the clients go; then the same with the entity tag of the last answer in
 * {@code If-None-Match}, so every answer is a 304 without a body. One caller (Kenya) for both, since an entity tag
 * is the caller's own.
 */
final class AgendaReads implements Scenario {

    @Override
    public void run(Measurements measurements) throws Exception {
        Benchmark.Plan plan = measurements.plan();
        String kenya = measurements.system().memberState("KEN");
        Path caller = Files.writeString(measurements.system().work().resolve("agenda-reader.csv"),
                "state,token\nKEN," + kenya + "\n");
        String path = "/meetings/" + Requests.MEETING + "/agenda";
        HttpResponse<String> agenda = Http.until(200, Duration.ofMinutes(1), "GET", BenchSystem.AGENDA + path, kenya,
                null);
        String tag = agenda.headers().firstValue("ETag")
                .orElseThrow(() -> new IllegalStateException("GET " + path + " answered without an ETag"));
        Load.Endpoint read = Load.Endpoint.get(BenchSystem.AGENDA, path, null, caller, 200);
        Load.Endpoint notModified = Load.Endpoint.get(BenchSystem.AGENDA, path, tag, caller, 304);
        measurements.warmUp("agenda reads", read);
        measurements.measure(RunKind.AGENDA_READ, "GET the agenda, max throughput", read,
                Load.Model.closed(plan.clients()));
        measurements.warmUp("agenda reads with its ETag", notModified);
        measurements.measure(RunKind.AGENDA_READ_NOT_MODIFIED, "GET the agenda with its ETag (304), max throughput",
                notModified, Load.Model.closed(plan.clients()));
    }
}
