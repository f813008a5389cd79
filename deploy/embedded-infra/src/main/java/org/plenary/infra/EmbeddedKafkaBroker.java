package org.plenary.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in this JVM: KRaft, one node acting as broker and controller, on loopback. Topics are
 * created explicitly (auto-creation is off, as in production).
 * <p>
 * Clients reach it through a {@link TcpGate} on the client port, which the broker advertises as its own address
 * while it listens on another: so every connection a client makes, the first and those after a metadata refresh,
 * goes through the gate, and closing the gate takes the broker away as a dead one is (new connections refused, open
 * ones reset) while it keeps its log for when the gate opens again.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final TcpGate gate;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, TcpGate gate) {
        this.server = server;
        this.gate = gate;
        this.bootstrapServers = "127.0.0.1:" + gate.port();
    }

    /**
     * @param logDirectory formatted on first use and reused afterwards, so topics and offsets survive a restart
     * @param port         the client port (the gate's); 0 for any free port
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) throws Exception {
        int clientPort = port == 0 ? Ports.free() : port;
        int brokerPort = Ports.free();
        // A fixed client port gets the next one for the controller, so a restarted broker finds its quorum as before.
        int controllerPort = port == 0 ? Ports.free() : port + 1;
        Files.createDirectories(logDirectory);
        String logDir = logDirectory.toAbsolutePath().toString();

        Properties config = new Properties();
        config.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:"
                        + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort),
                Map.entry("controller.listener.names", CONTROLLER),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir),
                Map.entry("auto.create.topics.enable", "false"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("log.flush.interval.messages", "1")));
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(config);

        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir))
                    .setMetadataLogDirectory(logDir)
                    .setControllerListenerName(CONTROLLER)
                    .run();
        }
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        server.startup();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, TcpGate.opened(clientPort, brokerPort));
        broker.awaitReady();
        return broker;
    }

    private void awaitReady() throws Exception {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        }
    }

    /** Creates the topics that do not exist yet, each with its partitions. */
    public void createTopics(Collection<String> topics, int partitions) throws Exception {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The gate in front of the broker: close it to take Kafka away, open it to bring it back. */
    public TcpGate gate() {
        return gate;
    }

    @Override
    public void close() {
        gate.close();
        server.shutdown();
        server.awaitShutdown();
    }
}
