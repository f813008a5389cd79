package org.plenary.bench;

import org.plenary.local.ServiceProcess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The broker's floor: Kafka's own end-to-end latency tool ({@code org.apache.kafka.tools.EndToEndLatency}, what
 * {@code kafka-e2e-latency.sh} runs) on the same broker, acks=all, one message at a time produced and consumed.
 * It prints its percentiles in whole milliseconds.
 */
final class KafkaBaseline {

    private static final Pattern PERCENTILES =
            Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+), 99.9th = (\\d+)");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");

    private KafkaBaseline() {
    }

    static Measured run(String bootstrapServers, int messages, Path output) throws IOException, InterruptedException {
        Process tool = new ProcessBuilder(List.of(ServiceProcess.javaExecutable(), "-cp",
                System.getProperty("java.class.path"), "org.apache.kafka.tools.EndToEndLatency", bootstrapServers,
                "bench.e2e-latency", String.valueOf(messages), "all", "512"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        long began = System.nanoTime();
        int exit = tool.waitFor();
        double seconds = (System.nanoTime() - began) / 1e9;
        String printed = Files.readString(output);
        Matcher percentiles = PERCENTILES.matcher(printed);
        Matcher average = AVERAGE.matcher(printed);
        if (exit != 0 || !percentiles.find() || !average.find()) {
            throw new IllegalStateException("Kafka's EndToEndLatency failed (exit " + exit + "); see " + output);
        }
        return new Measured(RunKind.KAFKA_BASELINE, "Kafka baseline: produce → consume, acks=all",
                "one at a time, " + messages + " messages of 512 B", messages, 0,
                Double.parseDouble(percentiles.group(1)), Double.NaN, Double.parseDouble(percentiles.group(2)),
                Double.parseDouble(percentiles.group(3)), Double.NaN, messages / seconds);
    }
}
