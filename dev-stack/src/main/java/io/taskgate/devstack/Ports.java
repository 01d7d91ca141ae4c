package io.taskgate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Picks free TCP ports on the loopback interface. */
public final class Ports {

    private Ports() {
    }

    /** Returns a port that was free on 127.0.0.1 a moment ago. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /** Returns {@code count} distinct free loopback ports. */
    public static int[] free(int count) {
        int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            int candidate;
            do {
                candidate = free();
            } while (contains(ports, i, candidate));
            ports[i] = candidate;
        }
        return ports;
    }

    /** Tells whether something already accepts connections on 127.0.0.1:{@code port}. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean contains(int[] ports, int length, int port) {
        for (int i = 0; i < length; i++) {
            if (ports[i] == port) {
                return true;
            }
        }
        return false;
    }
}
