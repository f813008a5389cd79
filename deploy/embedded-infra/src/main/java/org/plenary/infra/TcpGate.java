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
 * A TCP pass-through that can be closed and opened again on the same port: how a test (or a rehearsal) takes the
 * SMTP server away and brings it back without losing what it has received. Closed, it refuses connections and cuts
 * the open ones, as a server that went down would. What the client sends goes through a {@link ClientStream}, which
 * may answer some of it itself (see {@link SmtpRefusals}).
 */
final class TcpGate implements AutoCloseable {

    /** Forwards a client's bytes to the server, or answers the client itself. */
    interface ClientStream {
        void forward(InputStream fromClient, OutputStream toServer, OutputStream toClient) throws IOException;
    }

    private final int port;
    private final int target;
    private final ClientStream clientStream;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;

    TcpGate(int port, int target, ClientStream clientStream) {
        this.port = port;
        this.target = target;
        this.clientStream = clientStream;
    }

    synchronized void open() {
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

    /** Refuses new connections and cuts the open ones. */
    @Override
    public synchronized void close() {
        ServerSocket socket = listener;
        listener = null;
        if (socket != null) {
            quietly(socket);
        }
        open.forEach(TcpGate::quietly);
        open.clear();
    }

    boolean isOpen() {
        return listener != null;
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                // A pass-through forwards each piece as it comes: with Nagle's algorithm on, a piece written while
                // the last is unacknowledged waits for the peer's delayed ACK (40 ms here), and an SMTP client that
                // writes an email line by line (Vert.x's) waited that long for every email.
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                open.add(client);
                open.add(server);
                pipe(client, server, (in, out) -> clientStream.forward(in, out, client.getOutputStream()));
                pipe(server, client, InputStream::transferTo);
            } catch (IOException e) {
                // Closed while accepting, or the target refused: the client sees its connection end.
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
                open.remove(from);
                open.remove(to);
            }
        }, "tcp-gate-pipe-" + port);
        thread.setDaemon(true);
        thread.start();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
