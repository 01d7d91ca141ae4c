package io.taskgate.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void freeNeverHandsOutTheSamePortTwice() {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            int port = Ports.free();
            assertTrue(seen.add(port), "port " + port + " handed out twice");
            assertFalse(Ports.inUse(port), "port " + port + " answers");
        }
    }

    @Test
    void inUseTellsAListeningPortFromAClosedOne() throws IOException {
        int port;
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = listening.getLocalPort();
            assertTrue(Ports.inUse(port));
        }
        assertFalse(Ports.inUse(port));
    }

    @Test
    void aServerWhosePortWasTakenStartsAgainOnNewPorts() {
        AtomicInteger starts = new AtomicInteger();
        String started = Ports.startOnFreshPorts("test server", () -> {
            if (starts.incrementAndGet() < Ports.START_ATTEMPTS) {
                throw new PortTakenException("port " + starts.get() + " taken");
            }
            return "running";
        });
        assertEquals("running", started);
        assertEquals(Ports.START_ATTEMPTS, starts.get());
    }

    @Test
    void aServerGivesUpWhenEveryPortItTriesIsTaken() {
        AtomicInteger starts = new AtomicInteger();
        PortTakenException thrown = assertThrows(PortTakenException.class, () -> Ports.startOnFreshPorts("test server",
                () -> {
                    throw new PortTakenException("port " + starts.incrementAndGet() + " taken");
                }));
        assertEquals("port " + Ports.START_ATTEMPTS + " taken", thrown.getMessage());
        assertEquals(Ports.START_ATTEMPTS, starts.get());
    }

    @Test
    void anyOtherFailureIsNotRetried() {
        AtomicInteger starts = new AtomicInteger();
        IllegalStateException broken = new IllegalStateException("bad configuration");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Ports.startOnFreshPorts(
                "test server", () -> {
                    starts.incrementAndGet();
                    throw broken;
                }));
        assertSame(broken, thrown);
        assertEquals(1, starts.get());
    }

    @Test
    void bindFailuresAreRecognisedInTheServersOwnWords() {
        assertTrue(Ports.bindFailure("ERROR: Port already bound: 45124: Address already in use")); // Keycloak
        assertTrue(Ports.bindFailure("LOG:  could not bind IPv4 address \"127.0.0.1\": Address already in use")); // PostgreSQL
        assertTrue(Ports.bindFailure("  Shutting down server due to startup exception\njava.net.BindException: x")); // Payara
        assertFalse(Ports.bindFailure("FATAL: database files are incompatible with server"));
    }
}
