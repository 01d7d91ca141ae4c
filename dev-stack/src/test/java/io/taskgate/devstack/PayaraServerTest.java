package io.taskgate.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraServerTest {

    @Test
    void theGatewayRunsTheParallelCollectorByDefault() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx768m"), PayaraServer.jvmArgs(List.of("-Xmx768m")));
    }

    @Test
    void serversBootOnLoopbackWithTheGatewayImagesPrebootCommands() throws IOException {
        List<String> image = Files.readAllLines(Path.of("../platform-core/src/main/payara/preboot.asadmin"));
        assertEquals("set configs.config.server-config.network-config.network-listeners.network-listener.http-listener"
                + ".address=127.0.0.1", PayaraServer.PREBOOT_COMMANDS.get(0));
        assertEquals(image, PayaraServer.PREBOOT_COMMANDS.subList(1, PayaraServer.PREBOOT_COMMANDS.size()));
        assertTrue(image.contains("set configs.config.server-config.admin-service.das-config.dynamic-reload-enabled=false"));
    }

    @Test
    void aCollectorNamedInTheArgumentsReplacesTheDefault() {
        assertEquals(List.of("-Xmx768m", "-XX:+UseG1GC"), PayaraServer.jvmArgs(List.of("-Xmx768m", "-XX:+UseG1GC")));
        assertEquals(List.of("-XX:+UseZGC"), PayaraServer.jvmArgs(List.of("-XX:+UseZGC")));
    }
}
