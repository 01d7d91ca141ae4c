package io.taskgate.devstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PayaraServerTest {

    @Test
    void theGatewayRunsTheParallelCollectorByDefault() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx768m"), PayaraServer.jvmArgs(List.of("-Xmx768m")));
    }

    @Test
    void aCollectorNamedInTheArgumentsReplacesTheDefault() {
        assertEquals(List.of("-Xmx768m", "-XX:+UseG1GC"), PayaraServer.jvmArgs(List.of("-Xmx768m", "-XX:+UseG1GC")));
        assertEquals(List.of("-XX:+UseZGC"), PayaraServer.jvmArgs(List.of("-XX:+UseZGC")));
    }
}
