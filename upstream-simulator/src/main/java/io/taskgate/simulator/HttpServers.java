package io.taskgate.simulator;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The JDK's {@link HttpServer} with {@code TCP_NODELAY} on its connections. It writes a response's headers and its
 * body separately; with Nagle's algorithm on, the body waits for the client to acknowledge the headers, and a client
 * that delays its acknowledgements (Linux: at least 40 ms) stalls every answer by that much.
 *
 * <p>The JDK reads its {@code sun.net.httpserver.nodelay} property once, when the first server of the JVM is made, and
 * it holds for every server made after. So every server that shares a JVM with the simulator (the demo's, the test
 * stack's) is made here, whichever comes first: the demo starts its mailbox page before the simulator, and until this
 * class every upstream answer of {@code ./taskgate run} took 40 ms more than the bench's.
 */
public final class HttpServers {

    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private HttpServers() {
    }

    /** An unstarted server bound to {@code address}; the JVM's servers get {@code TCP_NODELAY} unless it was set off. */
    public static HttpServer create(InetSocketAddress address, int backlog) throws IOException {
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        return HttpServer.create(address, backlog);
    }
}
