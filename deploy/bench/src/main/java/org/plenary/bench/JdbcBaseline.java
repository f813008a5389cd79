package org.plenary.bench;

import org.HdrHistogram.Histogram;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The database's floor for one operation: the statements a service runs for it, in one transaction, straight over
 * JDBC with one connection per client, at the same concurrency, from this JVM. Written to copies of the service's
 * tables in a schema {@code bench} of its database, so the service's own data is untouched. What each transaction
 * writes is a {@link Transaction}: {@link SubmissionTransaction}, {@link RegistrationTransaction}.
 */
final class JdbcBaseline {

    /** One operation's SQL. */
    interface Transaction {

        RunKind kind();

        String name();

        /** Creates the {@code bench} tables (like the service's, constraints included) and what they need. */
        void prepare(Statement sql) throws SQLException;

        /** Runs the statements of one operation, the {@code n}th, in the connection's open transaction. */
        void write(Connection connection, long n) throws SQLException;

        /** The table with one row per committed operation. */
        String committedTable();
    }

    private JdbcBaseline() {
    }

    /** Copies of the service's tables in the schema {@code bench}, with their constraints and indexes. */
    static void copyTables(Statement sql, List<String> tables) throws SQLException {
        sql.execute("create schema if not exists bench");
        for (String table : tables) {
            sql.execute("drop table if exists bench." + table + " cascade");
            sql.execute("create table bench." + table + " (like public." + table + " including all)");
        }
    }

    /** Every operation the last run committed, its warm-up included (its rows stay until the next run). */
    static long committed(String jdbcUrl, String user, String password, Transaction transaction) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement();
             ResultSet count = sql.executeQuery("select count(*) from bench." + transaction.committedTable())) {
            count.next();
            return count.getLong(1);
        }
    }

    static Measured run(String jdbcUrl, String user, String password, Transaction transaction, int clients,
                        int warmupSeconds, int seconds) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement sql = connection.createStatement()) {
            transaction.prepare(sql);
        }
        Histogram latencies = Measured.microsHistogram();
        AtomicLong failed = new AtomicLong();
        AtomicLong numbers = new AtomicLong();
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long until = measureFrom + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
                    connection.setAutoCommit(false);
                    while (System.nanoTime() < until) {
                        long began = System.nanoTime();
                        boolean ok = commit(connection, transaction, numbers.getAndIncrement());
                        long ended = System.nanoTime();
                        if (began >= measureFrom && ended <= until) {
                            if (ok) {
                                synchronized (latencies) {
                                    latencies.recordValue((ended - began) / 1000);
                                }
                            } else {
                                failed.incrementAndGet();
                            }
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException("JDBC baseline could not connect", e);
                }
            }, "jdbc-baseline-" + i);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return Measured.of(transaction.kind(), transaction.name(), "closed, " + clients + " clients", latencies,
                failed.get(), seconds);
    }

    private static boolean commit(Connection connection, Transaction transaction, long n) {
        try {
            transaction.write(connection, n);
            connection.commit();
            return true;
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; the next statement says so
            }
            return false;
        }
    }
}
