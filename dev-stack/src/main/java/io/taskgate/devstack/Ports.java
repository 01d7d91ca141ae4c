package io.taskgate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks free TCP ports on the loopback interface.
 *
 * <p>A port is only free "a moment ago": another process may take it before the server that was given it binds. So
 * {@link #free()} never hands the same port out twice in one JVM, skips a port that something already answers on,
 * and a server that chose its own ports starts again on new ones when one was taken ({@link #startOnFreshPorts}).
 */
public final class Ports {

    /** How often a server that chose its own ports starts, when each start finds a port taken. */
    public static final int START_ATTEMPTS = 3;
    private static final int ATTEMPTS = 50;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** Returns a loopback port that was free a moment ago, nobody answered on, and this JVM has not handed out before. */
    public static int free() {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int candidate = bindAndRelease();
            if (!inUse(candidate) && HANDED_OUT.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free loopback port after " + ATTEMPTS + " tries");
    }

    /** Tells whether something already accepts connections on 127.0.0.1:{@code port}. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            // TCP's simultaneous open connects a socket to itself when the kernel picks the target as its own port
            return socket.getLocalPort() != port;
        } catch (IOException e) {
            return false;
        }
    }

    /** Tells whether a server's log says it could not listen because its port was taken. */
    public static boolean bindFailure(String log) {
        return log.contains("Address already in use") || log.contains("BindException");
    }

    /**
     * Runs {@code start}, which picks its ports anew each time, again while it fails with {@link PortTakenException},
     * at most {@value #START_ATTEMPTS} times in all.
     */
    public static <T, E extends Exception> T startOnFreshPorts(String server, Start<T, E> start) throws E {
        for (int attempt = 1; ; attempt++) {
            try {
                return start.run();
            } catch (PortTakenException e) {
                if (attempt == START_ATTEMPTS) {
                    throw e;
                }
                System.err.printf("%s: a port chosen for it was taken meanwhile; starting it again on new ports"
                        + " (attempt %d of %d)%n", server, attempt + 1, START_ATTEMPTS);
            }
        }
    }

    /** Starts a server, on ports it picks itself each time it runs. */
    @FunctionalInterface
    public interface Start<T, E extends Exception> {
        T run() throws E;
    }

    private static int bindAndRelease() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
