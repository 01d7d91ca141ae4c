package io.taskgate.devstack;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayaraServerTest {

    @Test
    void theGatewayRunsTheParallelCollectorByDefault() {
        assertEquals(List.of("-XX:+UseParallelGC", "-Xmx768m"),
                PayaraServer.jvmArgs(List.of("-Xmx768m")).stream().filter(a -> !a.contains("Priority")).toList());
        assertEquals("-XX:+UseParallelGC", PayaraServer.jvmArgs(List.of()).get(0));
    }

    @Test
    void javaPrioritiesBecomeNiceValuesWithNoneAboveNormal() {
        List<String> args = PayaraServer.jvmArgs(List.of("-Xmx768m"));
        assertTrue(args.containsAll(List.of("-XX:ThreadPriorityPolicy=1", "-XX:JavaPriority1_To_OSPriority=10")));
        for (int priority = 6; priority <= 10; priority++) {
            assertTrue(args.contains("-XX:JavaPriority" + priority + "_To_OSPriority=0"), "priority " + priority);
        }
    }

    @Test
    void withTheGatewaysFlagsThisJvmRunsALowestPriorityThreadAtNiceTenAndNoThreadAboveNiceZero() throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(PayaraServer.THREAD_PRIORITIES);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NiceProbe.class.getName(), "1", "5", "10"));
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes());
        assertEquals(0, probe.waitFor(), out);
        assertTrue(out.contains("1=10"), out);
        assertTrue(out.contains("5=0"), out);
        assertTrue(out.contains("10=0"), out);
    }

    @Test
    void aThreadPriorityPolicyNamedInTheArgumentsReplacesTheMapping() {
        assertEquals(List.of("-XX:+UseParallelGC", "-XX:ThreadPriorityPolicy=0"),
                PayaraServer.jvmArgs(List.of("-XX:ThreadPriorityPolicy=0")));
    }

    @Test
    void theGatewayImageMapsPrioritiesAsTheDevStackDoes() throws IOException {
        String dockerfile = Files.readString(Path.of("../platform-core/Dockerfile"));
        PayaraServer.THREAD_PRIORITIES.forEach(arg -> assertTrue(dockerfile.contains(arg), arg));
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
        assertEquals(List.of("-Xmx768m", "-XX:+UseG1GC"), PayaraServer.jvmArgs(List.of("-Xmx768m", "-XX:+UseG1GC"))
                .stream().filter(a -> !a.contains("Priority")).toList());
        assertEquals(List.of("-XX:ThreadPriorityPolicy=0", "-XX:+UseZGC"),
                PayaraServer.jvmArgs(List.of("-XX:ThreadPriorityPolicy=0", "-XX:+UseZGC")));
    }
}
