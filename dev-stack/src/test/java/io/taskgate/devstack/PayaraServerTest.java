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
    void theGatewayRunsTheParallelCollectorAndTheClientCompilerByDefault() {
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xmx768m"),
                PayaraServer.jvmArgs(List.of("-Xmx768m")));
    }

    @Test
    void tiersNamedInTheArgumentsReplaceTheDefaultCompiler() {
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=4"),
                PayaraServer.jvmArgs(List.of("-XX:TieredStopAtLevel=4")));
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:-TieredCompilation"),
                PayaraServer.jvmArgs(List.of("-XX:-TieredCompilation")));
    }

    @Test
    void theGatewayImageRunsWithTheSameCollectorAndCompiler() throws IOException {
        String image = Files.readString(Path.of("../platform-core/Dockerfile"));
        assertTrue(image.contains(PayaraServer.DEFAULT_GC + " " + PayaraServer.DEFAULT_JIT), image);
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
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Xmx768m", "-XX:+UseG1GC"),
                PayaraServer.jvmArgs(List.of("-Xmx768m", "-XX:+UseG1GC")));
        assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseZGC"), PayaraServer.jvmArgs(List.of("-XX:+UseZGC")));
    }
}
