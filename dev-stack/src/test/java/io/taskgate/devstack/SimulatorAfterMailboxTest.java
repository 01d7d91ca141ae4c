package io.taskgate.devstack;

import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ./taskgate run} starts the demo mailbox's page before the upstream simulator, in one JVM. The JDK fixes
 * {@code TCP_NODELAY} for all its HTTP servers when it makes the first one, so the simulator's answers once waited for
 * the gateway's delayed acknowledgement: 40 ms or more on every call, where the bench (simulator first) saw 1 ms.
 *
 * <p>Measured in a fresh JVM that starts them in the demo's order, with the JDK client the gateway's REST Client uses.
 * The bound is far from both sides: a loopback call here takes 1-2 ms, and Linux never acknowledges late by less than
 * 40 ms.
 */
class SimulatorAfterMailboxTest {

    private static final Pattern MEDIAN = Pattern.compile("median-ms=([0-9.]+)");

    @Test
    void theSimulatorStartedAfterTheMailboxAnswersWithoutWaitingForADelayedAcknowledgement() throws Exception {
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DemoOrder.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(probe.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, probe.exitValue(), out);
        Matcher m = MEDIAN.matcher(out);
        assertTrue(m.find(), out);
        double median = Double.parseDouble(m.group(1));
        assertTrue(median < 20, "a chat completion took " + median + " ms (median of 25 in a row): " + out);
    }

    /** The demo's order in a JVM of its own: the mailbox, then the simulator; then 25 chat completions in a row. */
    public static final class DemoOrder {
        public static void main(String[] args) throws Exception {
            try (DemoMail mail = DemoMail.start(0, 0);
                 OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults())) {
                byte[] body = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"
                        .getBytes(StandardCharsets.UTF_8);
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < 30; i++) {
                    long start = System.nanoTime();
                    HttpURLConnection c = (HttpURLConnection) URI.create(simulator.baseUrl() + "/chat/completions")
                            .toURL().openConnection();
                    c.setRequestMethod("POST");
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", "application/json");
                    c.setRequestProperty("Authorization", "Bearer " + simulator.config().apiKey());
                    try (OutputStream o = c.getOutputStream()) {
                        o.write(body);
                    }
                    if (c.getResponseCode() != 200) {
                        throw new IllegalStateException("the simulator answered " + c.getResponseCode());
                    }
                    try (InputStream in = c.getInputStream()) {
                        in.readAllBytes();
                    }
                    if (i >= 5) { // the first calls open the connection and load classes
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                }
                Collections.sort(millis);
                System.out.printf("median-ms=%.2f max-ms=%.2f%n", millis.get(millis.size() / 2), millis.get(millis.size() - 1));
            }
        }
    }
}
