package io.taskgate.plugins.moderation;

import io.taskgate.api.testing.TestExchange;
import com.sun.net.httpserver.HttpServer;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.RecordedRequest;
import io.taskgate.simulator.SimulatorConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the project's upstream simulator, which flags words starting with kill, murder, bomb, hate, suicide. */
class ModerationDetectorFactoryTest {

    static final String KEY = "sk-moderation-test";
    static OpenAiSimulator sim;

    @BeforeAll
    static void start() {
        sim = OpenAiSimulator.start(SimulatorConfig.defaults().withApiKey(KEY));
    }

    @AfterAll
    static void stop() {
        sim.stop();
    }

    @BeforeEach
    void clear() {
        sim.clearRequests();
    }

    /** A config whose gateway-wide settings are {@code gateway} and own settings {@code own}. */
    static PluginConfig config(Map<String, String> own, Map<String, String> gateway) {
        return new PluginConfig() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(own.get(key));
            }

            @Override
            public Optional<String> gateway(String key) {
                return Optional.ofNullable(gateway.get(key));
            }
        };
    }

    static Map<String, String> upstream(String baseUrl, String key) {
        Map<String, String> m = new HashMap<>();
        m.put("upstream.base-url", baseUrl);
        m.put("upstream.api-key", key);
        return m;
    }

    static Stage stage(Map<String, String> own, Map<String, String> gateway) {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        factory.init(config(own, gateway));
        return factory.create();
    }

    @Test
    void isRegisteredAsAPreCallMisuseFactoryWithMetadata() {
        List<String> ids = ServiceLoader.load(PreCallMisuseStageFactory.class).stream().map(p -> p.get().id()).toList();
        assertEquals(List.of("moderation"), ids);
        ModerationDetectorFactory f = new ModerationDetectorFactory();
        assertTrue(f.configMetadata().stream().anyMatch(p -> p.name().equals("enabled")));
        assertTrue(f.configMetadata().stream().anyMatch(p -> p.name().equals("timeout-ms")));
    }

    @Test
    void flaggedPromptIsReportedMajorWithItsCategoriesUsingTheGatewaysKey() {
        Stage stage = stage(Map.of(), upstream(sim.baseUrl(), KEY));
        TestExchange exchange = TestExchange.of("acme", "Tell me how to build a bomb for my neighbour");

        assertFalse(stage.apply(exchange).refused());

        assertEquals(1, exchange.findings().size());
        Finding f = exchange.findings().get(0);
        assertEquals("moderation", f.detector());
        assertEquals(Severity.MAJOR, f.severity());
        assertEquals("moderation", f.label());
        assertEquals(0.97, f.confidence(), 1e-9);
        assertTrue(f.evidence().contains("violence") && f.evidence().contains("illicit"), f.evidence());
        RecordedRequest request = sim.lastRequest().orElseThrow();
        assertEquals("/v1/moderations", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertTrue(request.body().contains("\"model\":\"omni-moderation-latest\""), request.body());
        assertTrue(request.body().contains("build a bomb"), request.body());
    }

    @Test
    void byDefaultItOnlyReportsSoTheCoreRunsItBesideTheUpstreamCall() {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        factory.init(config(Map.of(), upstream(sim.baseUrl(), KEY)));
        assertFalse(factory.mayRefuse());
    }

    @Test
    void withActionRefuseAFlaggedPromptIsRefusedWith403BeforeTheCall() {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        factory.init(config(Map.of("action", "refuse"), upstream(sim.baseUrl(), KEY)));
        assertTrue(factory.mayRefuse());
        TestExchange exchange = TestExchange.of("acme", "Tell me how to build a bomb for my neighbour");
        var result = factory.create().apply(exchange);
        assertTrue(result.refused());
        assertEquals(403, result.refusal().orElseThrow().status());
        assertEquals("prompt_refused", result.refusal().orElseThrow().code());
    }

    @Test
    void anUnknownActionFailsInit() {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        assertThrows(IllegalArgumentException.class,
                () -> factory.init(config(Map.of("action", "block"), upstream(sim.baseUrl(), KEY))));
    }

    @Test
    void cleanPromptReportsNothing() {
        Stage stage = stage(Map.of(), upstream(sim.baseUrl(), KEY));
        TestExchange exchange = TestExchange.of("acme", "Add a skill matrix to the checkout \"docs\"\n\tplease");
        stage.apply(exchange);
        assertTrue(exchange.findings().isEmpty());
        assertEquals(1, sim.requests().size());
    }

    @Test
    void blankPromptIsNotSent() {
        Stage stage = stage(Map.of(), upstream(sim.baseUrl(), KEY));
        stage.apply(TestExchange.of("acme", "  "));
        assertTrue(sim.requests().isEmpty());
    }

    @Test
    void severityAndModelAreConfigurableAndApiVersionIsAppended() {
        Map<String, String> gateway = upstream(sim.baseUrl() + "/", KEY);
        gateway.put("upstream.api-version", "2024-10-21");
        Stage stage = stage(Map.of("severity", "slight", "model", "text-moderation-stable"), gateway);
        TestExchange exchange = TestExchange.of("acme", "I hate this bug");
        stage.apply(exchange);
        assertEquals(Severity.SLIGHT, exchange.findings().get(0).severity());
        RecordedRequest request = sim.lastRequest().orElseThrow();
        assertEquals("2024-10-21", request.queryParam("api-version"));
        assertTrue(request.body().contains("text-moderation-stable"));
    }

    @Test
    void rejectedKeyMakesTheStageFailRatherThanPassSilently() {
        Stage stage = stage(Map.of(), upstream(sim.baseUrl(), "sk-wrong"));
        ModerationDetectorFactory.ModerationUnavailableException e = assertThrows(
                ModerationDetectorFactory.ModerationUnavailableException.class,
                () -> stage.apply(TestExchange.of("acme", "kill it")));
        assertTrue(e.getMessage().contains("401"), e.getMessage());
    }

    @Test
    void slowModerationIsCutOffAtTimeout() throws Exception {
        HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        slow.createContext("/", exchange -> {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        slow.start();
        try {
            Stage stage = stage(Map.of("timeout-ms", "150"),
                    upstream("http://127.0.0.1:" + slow.getAddress().getPort() + "/v1", KEY));
            long start = System.nanoTime();
            ModerationDetectorFactory.ModerationUnavailableException e = assertThrows(
                    ModerationDetectorFactory.ModerationUnavailableException.class,
                    () -> stage.apply(TestExchange.of("acme", "hello")));
            assertTrue(e.getMessage().contains("150 ms"), e.getMessage());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 1_500);
        } finally {
            slow.stop(0);
        }
    }

    @Test
    void aConnectionClosedWithoutAnAnswerIsTriedOnceMoreOnAnotherOne() throws Exception {
        try (OneShotServer server = new OneShotServer(1)) {
            Stage stage = stage(Map.of(), upstream(server.baseUrl(), KEY));
            stage.apply(TestExchange.of("acme", "hello"));
            assertEquals(2, server.connections(), "the dropped call and its retry");
        }
    }

    @Test
    void aServerThatKeepsDroppingTheCallFailsTheStageAfterOneRetry() throws Exception {
        try (OneShotServer server = new OneShotServer(Integer.MAX_VALUE)) {
            Stage stage = stage(Map.of(), upstream(server.baseUrl(), KEY));
            ModerationDetectorFactory.ModerationUnavailableException e = assertThrows(
                    ModerationDetectorFactory.ModerationUnavailableException.class,
                    () -> stage.apply(TestExchange.of("acme", "hello")));
            assertTrue(e.getMessage().contains("moderation call failed"), e.getMessage());
            assertEquals(2, server.connections());
        }
    }

    @Test
    void successiveCallsReuseOneKeptAliveConnection() throws Exception {
        try (OneShotServer server = new OneShotServer(0)) {
            Stage stage = stage(Map.of("dispatchers", "1"), upstream(server.baseUrl(), KEY));
            for (int i = 0; i < 5; i++) {
                stage.apply(TestExchange.of("acme", "hello " + i));
            }
            assertEquals(5, server.requests());
            assertEquals(1, server.connections());
        }
    }

    /**
     * A raw HTTP/1.1 server that closes its first {@code drops} connections as soon as a request has arrived, without
     * answering, and answers every later request with one unflagged result, keeping the connection open.
     */
    static final class OneShotServer implements AutoCloseable {
        private final java.net.ServerSocket socket = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getLoopbackAddress());
        private final java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        private final Thread acceptor;

        OneShotServer(int drops) throws java.io.IOException {
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try {
                        java.net.Socket client = socket.accept();
                        boolean drop = connections.incrementAndGet() <= drops;
                        Thread serving = new Thread(() -> serve(client, drop));
                        serving.setDaemon(true);
                        serving.start();
                    } catch (java.io.IOException e) {
                        return;
                    }
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
        }

        private void serve(java.net.Socket client, boolean drop) {
            try (client) {
                java.io.InputStream in = client.getInputStream();
                while (true) {
                    int length = -1;
                    StringBuilder line = new StringBuilder();
                    int c;
                    while ((c = in.read()) != -1) {
                        if (c == '\n') {
                            String header = line.toString().strip();
                            if (header.isEmpty()) {
                                break;
                            }
                            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                                length = Integer.parseInt(header.substring(15).strip());
                            }
                            line.setLength(0);
                        } else {
                            line.append((char) c);
                        }
                    }
                    if (c == -1) {
                        return;
                    }
                    in.readNBytes(Math.max(0, length));
                    requests.incrementAndGet();
                    if (drop) {
                        return;
                    }
                    byte[] body = "{\"results\":[{\"flagged\":false,\"categories\":{}}]}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    client.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    client.getOutputStream().write(body);
                    client.getOutputStream().flush();
                }
            } catch (java.io.IOException e) {
                // the client went away
            }
        }

        String baseUrl() {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
        }

        int connections() {
            return connections.get();
        }

        int requests() {
            return requests.get();
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    @Test
    void missingBaseUrlFailsInit() {
        assertThrows(IllegalStateException.class, () -> new ModerationDetectorFactory().init(PluginConfig.EMPTY));
        assertThrows(IllegalArgumentException.class, () -> new ModerationDetectorFactory()
                .init(config(Map.of("severity", "extreme"), upstream(sim.baseUrl(), KEY))));
    }

    @Test
    void verdictParsesOpenAiShapesAndRejectsGarbage() {
        ModerationDetectorFactory.Verdict v = ModerationDetectorFactory.verdict("""
                {"id":"modr-1","results":[{"flagged":true,"categories":{"hate":true,"violence":false,"self-harm":true},
                "category_scores":{"hate":0.51,"violence":1e-4,"self-harm":0.83}}]}""");
        assertTrue(v.flagged());
        assertEquals(List.of("hate", "self-harm"), v.categories());
        assertEquals(0.83, v.confidence(), 1e-9);
        assertFalse(ModerationDetectorFactory.verdict("{\"results\":[{\"flagged\":false,\"categories\":{}}]}").flagged());
        assertThrows(ModerationDetectorFactory.ModerationUnavailableException.class,
                () -> ModerationDetectorFactory.verdict("<html>"));
        assertThrows(ModerationDetectorFactory.ModerationUnavailableException.class,
                () -> ModerationDetectorFactory.verdict("{\"error\":{\"message\":\"x\"}}"));
    }

    @Test
    void theRequestBodyCarriesThePromptExactly() throws Exception {
        String text = "quote \" backslash \\ newline \n tab \t ctrl \u0001 unicode é";
        com.fasterxml.jackson.databind.JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ModerationClient.body("omni-moderation-latest", List.of(text, "second")));
        assertEquals(text, body.path("input").path(0).asText());
        assertEquals("second", body.path("input").path(1).asText());
        assertEquals("omni-moderation-latest", body.path("model").asText());
    }

    /**
     * A moderation endpoint that answers every input of a call (texts with "bomb" flagged for violence) after
     * {@code delayMillis}, counting the calls and the largest batch.
     */
    static final class BatchingModeration implements AutoCloseable {
        final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger largestBatch = new java.util.concurrent.atomic.AtomicInteger();
        private final HttpServer server;

        BatchingModeration(long delayMillis) throws java.io.IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
            server.createContext("/", exchange -> {
                calls.incrementAndGet();
                com.fasterxml.jackson.databind.JsonNode input = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(exchange.getRequestBody()).path("input");
                largestBatch.accumulateAndGet(input.size(), Math::max);
                StringBuilder results = new StringBuilder();
                for (com.fasterxml.jackson.databind.JsonNode text : input) {
                    boolean bad = text.asText().contains("bomb");
                    results.append(results.length() == 0 ? "" : ",").append("{\"flagged\":").append(bad)
                            .append(",\"categories\":{\"violence\":").append(bad)
                            .append("},\"category_scores\":{\"violence\":").append(bad ? 0.9 : 0.01).append("}}");
                }
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] answer = ("{\"results\":[" + results + "]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** Runs {@code prompt}'s exchange through {@code stage} on {@code callers}. */
    static java.util.concurrent.Future<TestExchange> apply(java.util.concurrent.ExecutorService callers, Stage stage,
                                                           String prompt, java.util.concurrent.CountDownLatch go) {
        return callers.submit(() -> {
            go.await();
            TestExchange exchange = TestExchange.of("acme", prompt);
            stage.apply(exchange);
            return exchange;
        });
    }

    @Test
    void concurrentPromptsShareModerationCallsAndEachGetsItsOwnVerdict() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(24);
        try (BatchingModeration moderation = new BatchingModeration(150)) { // a call in flight while others arrive
            Stage stage = stage(Map.of("dispatchers", "2", "max-batch", "16"), upstream(moderation.baseUrl(), KEY));
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<TestExchange>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 24; i++) {
                done.add(apply(callers, stage, i == 7 ? "how do I build a bomb" : "write the parser test number " + i, go));
            }
            go.countDown();
            for (int i = 0; i < 24; i++) {
                TestExchange exchange = done.get(i).get(20, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(i == 7 ? 1 : 0, exchange.findings().size(), "prompt " + i + " got its own verdict");
            }
            assertTrue(moderation.calls.get() < 24, "24 prompts shared " + moderation.calls.get() + " calls");
            assertTrue(moderation.largestBatch.get() > 1, "a call carried several prompts: " + moderation.largestBatch.get());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aTrickleOfPromptsBesideTheCallSharesCallsWithinTheLingerEvenWithIdleDispatchers() throws Exception {
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(6);
        try (BatchingModeration moderation = new BatchingModeration(0)) {
            // four idle dispatchers: without one gatherer at a time, each would take one prompt and linger alone
            Stage stage = stage(Map.of("dispatchers", "4", "linger-ms", "400"), upstream(moderation.baseUrl(), KEY));
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(0);
            List<java.util.concurrent.Future<TestExchange>> done = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                done.add(apply(callers, stage, "write the exporter test number " + i, go));
                Thread.sleep(10); // one prompt at a time, as a steady rate sends them
            }
            for (java.util.concurrent.Future<TestExchange> d : done) {
                assertTrue(d.get(20, java.util.concurrent.TimeUnit.SECONDS).findings().isEmpty());
            }
            assertTrue(moderation.calls.get() <= 2, "6 prompts in a trickle made " + moderation.calls.get() + " calls");
            assertTrue(moderation.largestBatch.get() >= 3, "a call carried several prompts: " + moderation.largestBatch.get());
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * A batcher that would hold a lone prompt back for an hour, against a moderation endpoint of its own, and one
     * caller thread to ask it for verdicts; all closed after the test.
     */
    static final class LingeringAnHour implements AutoCloseable {
        final BatchingModeration moderation = new BatchingModeration(0);
        final ModerationBatcher batcher = new ModerationBatcher(new ModerationClient(
                java.net.URI.create(moderation.baseUrl() + "/moderations"), KEY, "omni-moderation-latest",
                java.time.Duration.ofSeconds(30)), 1, 16, java.time.Duration.ofHours(1));
        private final java.util.concurrent.ExecutorService caller = java.util.concurrent.Executors.newSingleThreadExecutor();

        LingeringAnHour() throws java.io.IOException {
        }

        java.util.concurrent.Future<ModerationDetectorFactory.Verdict> ask(String text) {
            return caller.submit(() -> batcher.verdict(text));
        }

        void awaitLingering() throws InterruptedException {
            for (int i = 0; i < 500 && !batcher.lingering(); i++) {
                Thread.sleep(10);
            }
            assertTrue(batcher.lingering(), "the dispatcher holds the prompt back");
        }

        static ModerationDetectorFactory.Verdict within20s(java.util.concurrent.Future<ModerationDetectorFactory.Verdict> v)
                throws Exception {
            return v.get(20, java.util.concurrent.TimeUnit.SECONDS);
        }

        @Override
        public void close() {
            batcher.close();
            caller.shutdownNow();
            moderation.close();
        }
    }

    @Test
    void withNobodyWaitingALonePromptIsHeldBackForTheLinger() throws Exception {
        try (LingeringAnHour moderation = new LingeringAnHour()) {
            java.util.concurrent.Future<ModerationDetectorFactory.Verdict> verdict = moderation.ask("write the parser test");
            moderation.awaitLingering();
            Thread.sleep(300);
            assertFalse(verdict.isDone());
            assertEquals(0, moderation.moderation.calls.get());
        }
    }

    @Test
    void aRequestThatWaitsForTheVerdictEndsTheLingerAndThePromptIsSentAtOnce() throws Exception {
        try (LingeringAnHour moderation = new LingeringAnHour()) {
            java.util.concurrent.Future<ModerationDetectorFactory.Verdict> verdict = moderation.ask("how do I build a bomb");
            moderation.awaitLingering();
            moderation.batcher.hurry();
            assertTrue(LingeringAnHour.within20s(verdict).flagged());
            assertEquals(1, moderation.moderation.calls.get());
            // the dispatcher takes no stale wake-up for a prompt: the next one is verdicted as usual
            assertFalse(LingeringAnHour.within20s(moderation.ask("write the parser test")).flagged());
        }
    }

    @Test
    void aPromptThatArrivesJustAfterARequestStartedWaitingIsNotHeldBack() throws Exception {
        try (LingeringAnHour moderation = new LingeringAnHour()) {
            moderation.batcher.hurry(); // the member's next request waits before this detector has queued its prompt
            assertFalse(LingeringAnHour.within20s(moderation.ask("write the parser test")).flagged());
            assertEquals(1, moderation.moderation.calls.get());
        }
    }

    @Test
    void theFactoryPassesAWaitingRequestOnToItsBatchers() {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        factory.init(config(Map.of("linger-ms", "1000"), upstream(sim.baseUrl(), KEY)));
        factory.create();
        try {
            ModerationBatcher batcher = factory.batchers().get(0);
            assertFalse(batcher.hurried());
            factory.hurry();
            assertTrue(batcher.hurried(), "no prompt is held back for the next linger");
        } finally {
            factory.close();
        }
    }

    @Test
    void beforeTheCallNoVerdictWaitsForALinger() {
        ModerationDetectorFactory reporting = new ModerationDetectorFactory();
        reporting.init(config(Map.of(), upstream(sim.baseUrl(), KEY)));
        assertEquals(java.time.Duration.ofMillis(20), reporting.linger());
        ModerationDetectorFactory refusing = new ModerationDetectorFactory();
        refusing.init(config(Map.of("action", "refuse", "linger-ms", "500"), upstream(sim.baseUrl(), KEY)));
        assertEquals(java.time.Duration.ZERO, refusing.linger());
    }

    @Test
    void aLingerOutsideZeroToOneSecondFailsInit() {
        for (String bad : List.of("-1", "1001")) {
            ModerationDetectorFactory factory = new ModerationDetectorFactory();
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> factory.init(config(Map.of("linger-ms", bad), upstream(sim.baseUrl(), KEY))));
            assertTrue(e.getMessage().contains("linger-ms"), e.getMessage());
        }
    }

    @Test
    void closingTheFactoryStopsItsDispatchers() throws Exception {
        ModerationDetectorFactory factory = new ModerationDetectorFactory();
        factory.init(config(Map.of("dispatchers", "3"), upstream(sim.baseUrl(), KEY)));
        factory.create();
        ModerationBatcher batcher = factory.batchers().get(0);
        assertEquals(3, batcher.liveDispatchers());
        factory.close();
        for (int i = 0; i < 100 && batcher.liveDispatchers() > 0; i++) {
            Thread.sleep(20);
        }
        assertEquals(0, batcher.liveDispatchers());
    }

    @Test
    void anAnswerWithFewerResultsThanPromptsFailsTheStage() {
        assertThrows(ModerationDetectorFactory.ModerationUnavailableException.class,
                () -> new ModerationClient(java.net.URI.create("http://127.0.0.1:1/v1/moderations"), "", "m",
                        java.time.Duration.ofMillis(200)).moderate(List.of("a", "b")));
        assertEquals(1, ModerationClient.verdicts("{\"results\":[{\"flagged\":false}]}").size());
    }
}
