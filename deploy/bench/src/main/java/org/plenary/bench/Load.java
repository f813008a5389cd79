package org.plenary.bench;

import org.plenary.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Gatling (deploy/bench/load's {@code RequestSimulation}) in its own JVM, with its own classpath, and reads the
 * run's global statistics from what it prints. Its HTML report for each run stays under {@code results/}.
 */
final class Load {

    /**
     * An endpoint to send to, and the status every answer must have. A POST's path and body may use {@code #{state}}
     * and {@code #{n}} (see RequestSimulation), and its callers are every member state in turn; a GET has no body, may
     * send an entity tag in {@code If-None-Match}, and has its own callers (a CSV of {@code state,token}), since an
     * entity tag is the caller's own.
     */
    record Endpoint(String method, String baseUrl, String path, String body, String ifNoneMatch, Path callers,
                    int status) {

        static Endpoint post(String baseUrl, String path, String body, int status) {
            return new Endpoint("POST", baseUrl, path, body, null, null, status);
        }

        static Endpoint get(String baseUrl, String path, String ifNoneMatch, Path callers, int status) {
            return new Endpoint("GET", baseUrl, path, "", ifNoneMatch, callers, status);
        }
    }

    /**
     * Closed: a number of clients, each waiting for its answer, for a time or for a number of requests in all
     * ({@code requests} > 0); open: a constant number of arrivals a second.
     */
    record Model(boolean open, double value, long requests) {

        static Model closed(int clients) {
            return new Model(false, clients, 0);
        }

        static Model closed(int clients, long requests) {
            return new Model(false, clients, requests);
        }

        static Model open(double perSecond) {
            return new Model(true, perSecond, 0);
        }

        String describe() {
            if (open) {
                return String.format("open, %.0f/s", value);
            }
            String clients = String.format("closed, %d clients", (int) value);
            return requests > 0 ? clients + String.format(", %,d requests", requests) : clients;
        }
    }

    private static final Pattern ROW = Pattern.compile(
            "^> (.+?)\\s+\\|\\s+([-\\d,.]+)\\s+\\|\\s+([-\\d,.]+)\\s+\\|\\s+([-\\d,.]+)\\s*$", Pattern.MULTILINE);

    private final Path home;
    private final Path results;
    private final Path delegations;
    private final List<String> jvmOptions;
    private long nextNumber;

    /**
     * @param delegations a CSV of {@code state,token}, the callers used in turn
     * @param quickStart  Gatling's JVM with the C1 compiler only, for the smoke run's loads of a second or two
     */
    Load(Path home, Path results, Path delegations, boolean quickStart) {
        this.home = home;
        this.results = results;
        this.delegations = delegations;
        this.jvmOptions = quickStart ? List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                : List.of("-Xmx1g");
    }

    /** @param seconds how long, unless the model counts its requests */
    Measured run(RunKind kind, String name, Endpoint endpoint, Model model, int seconds) throws IOException, InterruptedException {
        Files.createDirectories(results);
        Path loadModule = home.resolve("deploy/bench/load/target");
        List<String> command = new ArrayList<>(List.of(ServiceProcess.javaExecutable(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", loadModule.resolve("classes") + ":" + loadModule.resolve("lib") + "/*"));
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("name", name);
        settings.put("method", endpoint.method());
        if (endpoint.ifNoneMatch() != null) {
            settings.put("ifNoneMatch", endpoint.ifNoneMatch());
        }
        settings.put("baseUrl", endpoint.baseUrl());
        settings.put("path", endpoint.path());
        settings.put("body", endpoint.body());
        settings.put("status", String.valueOf(endpoint.status()));
        settings.put("delegations", (endpoint.callers() != null ? endpoint.callers() : delegations).toString());
        settings.put("model", model.open() ? "open" : "closed");
        settings.put(model.open() ? "rate" : "concurrency", model.open() ? String.valueOf(model.value())
                : String.valueOf((int) model.value()));
        if (model.requests() > 0) {
            settings.put("requests", String.valueOf(model.requests()));
        } else {
            settings.put("seconds", String.valueOf(seconds));
        }
        // Request numbers never repeat within a benchmark, so no two runs register the same person.
        settings.put("first", String.valueOf(nextNumber));
        nextNumber += 10_000_000;
        settings.forEach((key, value) -> command.add("-Dbench." + key + "=" + value));
        command.addAll(List.of("io.gatling.app.Gatling", "-s", "org.plenary.bench.load.RequestSimulation",
                "-rf", results.toString(), "-rd", name));
        Path output = results.resolve(name + ".log");
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        int exit = gatling.waitFor();
        String printed = Files.readString(output);
        if (exit != 0 && !printed.contains("Global Information")) {
            throw new IllegalStateException("Gatling failed for " + name + " (exit " + exit + "); see " + output);
        }
        return parse(kind, name, model.describe(), printed);
    }

    /** The "Global Information" table Gatling prints at the end, Total column; KO from the request count row. */
    static Measured parse(RunKind kind, String name, String load, String printed) {
        int global = printed.lastIndexOf("Global Information");
        if (global < 0) {
            throw new IllegalStateException("No statistics in Gatling's output for " + name);
        }
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(printed.substring(global));
        while (row.find()) {
            rows.put(row.group(1).trim(), new String[]{row.group(2), row.group(3), row.group(4)});
        }
        return new Measured(kind, name, load, (long) number(rows, "request count", 0),
                (long) number(rows, "request count", 2), number(rows, "response time 50th percentile (ms)", 0),
                number(rows, "response time 90th percentile (ms)", 0),
                number(rows, "response time 99th percentile (ms)", 0),
                number(rows, "response time 99.9th percentile (ms)", 0), number(rows, "max response time (ms)", 0),
                number(rows, "mean throughput (rps)", 0));
    }

    private static double number(Map<String, String[]> rows, String label, int column) {
        String[] values = rows.get(label);
        if (values == null) {
            throw new IllegalStateException("Gatling printed no '" + label + "' row");
        }
        String value = values[column].replace(",", "");
        return value.equals("-") ? 0 : Double.parseDouble(value);
    }
}
