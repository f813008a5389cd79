package org.plenary.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP pass-through that can be closed and opened again on the same port: how a test (or a rehearsal) takes an
 * engine away and brings it back without losing what it holds. Closed, it refuses connections and cuts the open ones,
 * as a server that went down (or a database that failed over, a broker that died) would. Each engine's clients
 * connect to its gate: PostgreSQL's, Kafka's (the broker advertises the gate's port, so clients that reconnect after a
 * metadata refresh come through it again) and SMTP's. What the client sends goes through a {@link ClientStream},
 * which may answer some of it itself (see {@link SmtpRefusals}).
 */
public final class TcpGate implements AutoCloseable {

    /** Forwards a client's bytes to the server, or answers the client itself. */
    interface ClientStream {
        void forward(InputStream fromClient, OutputStream toServer, OutputStream toClient) throws IOException;
    }

    private final int port;
    private final int target;
    private final ClientStream clientStream;
    /** The open connections: the clients' (reset when the gate closes) and the engine's (ended in order). */
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final Set<Socket> servers = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    TcpGate(int port, int target, ClientStream clientStream) {
        this.port = port;
        this.target = target;
        this.clientStream = clientStream;
    }

    /** A plain pass-through from {@code port} to {@code target}, open. */
    static TcpGate opened(int port, int target) {
        TcpGate gate = new TcpGate(port, target, (fromClient, toServer, toClient) -> fromClient.transferTo(toServer));
        gate.open();
        return gate;
    }

    /** Takes connections again (nothing if it is open). */
    public synchronized void open() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            listener = socket;
            Thread acceptor = new Thread(() -> accept(socket), "tcp-gate-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot open port " + port, e);
        }
    }

    /**
     * Refuses new connections and resets the open ones, as the clients see it. The engine behind sees its side end in
     * order: a reset there made GreenMail's SMTP handler die, with a stack trace on the console, for every open one.
     */
    @Override
    public synchronized void close() {
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            quietly(socket);
        }
        clients.forEach(TcpGate::reset);
        clients.clear();
        servers.forEach(TcpGate::quietly);
        servers.clear();
    }

    public boolean isOpen() {
        return listener != null;
    }

    /** The port clients connect to. */
    public int port() {
        return port;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                continue;
            }
            try {
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                // A pass-through forwards each piece as it comes: with Nagle's algorithm on, a piece written while
                // the last is unacknowledged waits for the peer's delayed ACK (40 ms here), and an SMTP client that
                // writes an email line by line (Vert.x's) waited that long for every email.
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                clients.add(client);
                servers.add(server);
                if (listener != socket) {
                    // Closed while this one was being accepted, after the open ones were cut.
                    reset(client);
                    quietly(server);
                    continue;
                }
                pipe(client, server, (in, out) -> clientStream.forward(in, out, client.getOutputStream()));
                pipe(server, client, InputStream::transferTo);
            } catch (IOException e) {
                // The target refused: the client sees its connection end.
                reset(client);
            }
        }
    }

    private interface Copy {
        void copy(InputStream in, OutputStream out) throws IOException;
    }

    private void pipe(Socket from, Socket to, Copy copy) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                copy.copy(in, out);
            } catch (IOException e) {
                // One side went away.
            } finally {
                quietly(from);
                quietly(to);
                clients.remove(from);
                clients.remove(to);
                servers.remove(from);
                servers.remove(to);
            }
        }, "tcp-gate-pipe-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    /** Closes with a reset (RST), as a connection to a host that went down ends, rather than an orderly FIN. */
    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // Already closed.
        }
        quietly(socket);
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
