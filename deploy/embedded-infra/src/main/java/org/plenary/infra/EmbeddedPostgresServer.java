package org.plenary.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky's binaries) on loopback; one database per service. Clients reach it through a
 * {@link TcpGate} on {@link #port()}, so it can be taken away as a failed-over database is ({@link #gate()}: new
 * connections refused, open ones reset) and brought back with its data; the server itself listens on another port.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final TcpGate gate;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, TcpGate gate) {
        this.postgres = postgres;
        this.gate = gate;
    }

    /**
     * @param dataDirectory kept between runs when {@code keepData}; otherwise wiped at start
     * @param port          the port clients connect to (the gate's); 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean keepData) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setPort(Ports.free())
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setRegisterShutdownHook(false)
                .start();
        return new EmbeddedPostgresServer(postgres, TcpGate.opened(port == 0 ? Ports.free() : port,
                postgres.getPort()));
    }

    /** Creates the database if it does not exist yet, gate open or not; safe to call on every start. */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, name);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    /** The database's URL through the gate, as clients use it. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + gate.port() + "/" + database;
    }

    /** The port clients connect to: the gate's. */
    public int port() {
        return gate.port();
    }

    /** The gate in front of the server: close it to take PostgreSQL away, open it to bring it back. */
    public TcpGate gate() {
        return gate;
    }

    @Override
    public void close() throws IOException {
        gate.close();
        postgres.close();
    }
}
