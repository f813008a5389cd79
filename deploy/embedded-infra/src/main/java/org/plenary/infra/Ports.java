package org.plenary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free loopback ports, for engines and services that must be told their port before they start.
 * <p>
 * The ports come from below Linux's ephemeral range (32768 and up), never from the kernel ({@code new ServerSocket(0)}):
 * a port the kernel hands out is one it may hand out again, to an outgoing connection of a broker or service already
 * running, in the moment between choosing the port and binding it (seen as "cannot open port 45509" for the SMTP gate).
 * Each port is handed out once per JVM; the walk starts at a random place so that two JVMs on one machine rarely meet.
 */
public final class Ports {

    private static final int LOWEST = 20_000;
    private static final int EPHEMERAL = 32_768;
    private static final AtomicInteger next = new AtomicInteger(
            LOWEST + ThreadLocalRandom.current().nextInt(EPHEMERAL - LOWEST - 2_000));

    private Ports() {
    }

    public static int free() {
        for (int tries = 0; tries < EPHEMERAL - LOWEST; tries++) {
            int port = next.getAndUpdate(p -> p + 1 < EPHEMERAL ? p + 1 : LOWEST);
            if (bindable(port)) {
                return port;
            }
        }
        throw new UncheckedIOException(new IOException("No free loopback port between " + LOWEST + " and " + EPHEMERAL));
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
