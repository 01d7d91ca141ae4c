package io.taskgate.devstack.bench;

import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The gateway's added latency, measured against a direct call to the upstream simulator in the same run:
 * plain chat completions at a fixed rate and concurrency (direct and gateway in alternating blocks), then streams (time to first chunk, gap between chunks).
 * Prints figures; it asserts nothing (targets are read off by a person or CI log).
 */
public final class LatencyBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int WORKERS = Integer.getInteger("bench.workers", 4);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    private static final int WARMUP_ROUND = Integer.getInteger("bench.warmupRound", 2000);
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 40);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 6);
    private static final int STREAMS = Integer.getInteger("bench.streams", 100);
    private static final int STREAM_WARMUP = 500;
    private static final int FLAT_ROUNDS = 4;

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("taskgate-bench");
        try (KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(0)
                .logFile(work.resolve("keycloak.log")));
             OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
             PayaraServer gateway = withJvmArgs(gatewayOptions(work.resolve("gateway"), simulator, keycloak),
                     // e.g. -XX:StartFlightRecording=filename=/tmp/gw.jfr to profile the gateway
                     System.getProperty("bench.gatewayJvmArgs", "")).start()) {
            String token = keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass");
            HttpClient http = client();
            HttpRequest direct = post(simulator.baseUrl() + "/chat/completions", "Bearer " + simulator.config().apiKey(), CHAT);
            HttpRequest proxied = post(gateway.baseUrl() + "/v1/chat/completions", "Bearer " + token, CHAT);

            System.out.printf("Warming up until the gateway's JIT has settled (rounds of %d requests at 400 req/s)...%n", WARMUP_ROUND);
            FixedRateLoad.run(http, direct, 400, WORKERS, WARMUP_ROUND * 2);
            warmUntilSettled(http, proxied, gateway);
            waitUntilQuiet(gateway);

            long idleFrom = gateway.cpuTime().toNanos();
            Thread.sleep(5_000);
            double idleCpu = cpuMillisSince(gateway, idleFrom) / 5;
            String profile = System.getProperty("bench.profile", "");
            if (!profile.isBlank()) {
                jcmd(gateway, "JFR.start", "name=bench", "settings=" + System.getProperty("bench.profileSettings", "profile"),
                        "filename=" + profile);
            }
            // Direct and gateway calls alternate in blocks (D G G D D G ...), so that whatever disturbs the machine
            // for a while (the bench JVM's own GC and JIT, the simulator, other processes) falls on both sides alike.
            int perBlock = Math.max(1, REQUESTS / BLOCKS);
            long[] directMicros = new long[0];
            long[] gatewayMicros = new long[0];
            double gatewayCpu = 0;
            for (int block = 0; block < BLOCKS; block++) {
                boolean directFirst = block % 2 == 0;
                if (directFirst) {
                    directMicros = concat(directMicros, FixedRateLoad.run(http, direct, RATE, WORKERS, perBlock));
                }
                long cpuBefore = gateway.cpuTime().toNanos();
                gatewayMicros = concat(gatewayMicros, FixedRateLoad.run(http, proxied, RATE, WORKERS, perBlock));
                gatewayCpu += cpuMillisSince(gateway, cpuBefore);
                if (!directFirst) {
                    directMicros = concat(directMicros, FixedRateLoad.run(http, direct, RATE, WORKERS, perBlock));
                }
            }
            Percentiles d = Percentiles.of(directMicros);
            Percentiles g = Percentiles.of(gatewayMicros);
            double cpuPerRequest = gatewayCpu / gatewayMicros.length;
            System.out.printf("%nChat completions, %d req/s, %d concurrent workers, %d requests each, in %d alternating blocks%n",
                    RATE, WORKERS, gatewayMicros.length, BLOCKS);
            System.out.printf("  direct  p50 %s  p90 %s  p99 %s%n", Percentiles.ms(d.p50()), Percentiles.ms(d.p90()), Percentiles.ms(d.p99()));
            System.out.printf("  gateway p50 %s  p90 %s  p99 %s%n", Percentiles.ms(g.p50()), Percentiles.ms(g.p90()), Percentiles.ms(g.p99()));
            System.out.printf("  ADDED   p50 %s (target <= 1 ms)   p99 %s (target <= 5 ms)%n",
                    Percentiles.ms(g.p50() - d.p50()), Percentiles.ms(g.p99() - d.p99()));
            System.out.printf("  gateway CPU per request %.2f ms (all its threads: request, upstream call, usage writer, GC);"
                    + " idle %.1f ms per second%n", cpuPerRequest, idleCpu);

            String stream = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
                    + "\"Stream please [sim:words=30] [sim:chunk-delay-ms=20]\"}]}";
            String quickStream = stream.replace("[sim:chunk-delay-ms=20]", "");
            System.out.printf("Warming up streams (%d each)...%n", STREAM_WARMUP);
            new StreamTimings().measure(http, post(simulator.baseUrl() + "/chat/completions", "Bearer " + simulator.config().apiKey(), quickStream), STREAM_WARMUP);
            new StreamTimings().measure(http, post(gateway.baseUrl() + "/v1/chat/completions", "Bearer " + token, quickStream), STREAM_WARMUP);
            StreamTimings directStreams = new StreamTimings();
            StreamTimings gatewayStreams = new StreamTimings();
            for (int i = 0; i < STREAMS; i++) {
                directStreams.measure(http, post(simulator.baseUrl() + "/chat/completions", "Bearer " + simulator.config().apiKey(), stream), 1);
                gatewayStreams.measure(http, post(gateway.baseUrl() + "/v1/chat/completions", "Bearer " + token, stream), 1);
            }
            Percentiles df = Percentiles.of(StreamTimings.array(directStreams.firstChunk));
            Percentiles gf = Percentiles.of(StreamTimings.array(gatewayStreams.firstChunk));
            Percentiles dg = Percentiles.of(StreamTimings.array(directStreams.gaps));
            Percentiles gg = Percentiles.of(StreamTimings.array(gatewayStreams.gaps));
            System.out.printf("%nStreams: %d each, 32 chunks 20 ms apart%n", STREAMS);
            System.out.printf("  first chunk  direct p50 %s p99 %s | gateway p50 %s p99 %s%n",
                    Percentiles.ms(df.p50()), Percentiles.ms(df.p99()), Percentiles.ms(gf.p50()), Percentiles.ms(gf.p99()));
            System.out.printf("  chunk gap    direct p50 %s p99 %s | gateway p50 %s p99 %s%n",
                    Percentiles.ms(dg.p50()), Percentiles.ms(dg.p99()), Percentiles.ms(gg.p50()), Percentiles.ms(gg.p99()));
            System.out.printf("  ADDED first-chunk p99 %s (target <= 5 ms)   inter-chunk gap p99 %s (target <= 2 ms)%n",
                    Percentiles.ms(gf.p99() - df.p99()), Percentiles.ms(gg.p99() - dg.p99()));
            if (!profile.isBlank()) {
                jcmd(gateway, "JFR.stop", "name=bench");
            }
        }
    }

    /** A plain chat completion, the same on every side of a comparison. */
    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Write a unit test\"}]}";

    /** The bench's HTTP/1.1 client. */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A gateway on the simulator and Keycloak, with its own H2 database under {@code dir}. */
    static PayaraServer.Options gatewayOptions(Path dir, OpenAiSimulator simulator, KeycloakServer keycloak) {
        return PayaraServer.options()
                .payaraJar(Path.of(System.getProperty("taskgate.payara.jar")))
                .war(Path.of(System.getProperty("taskgate.gateway.war")))
                .port(0).workDir(dir)
                .env("UPSTREAM_BASE_URL", simulator.baseUrl())
                .env("UPSTREAM_API_KEY", simulator.config().apiKey())
                .env("OIDC_ISSUER", keycloak.issuer())
                // thousands of requests in minutes is a volume spike: warn instead of blocking the bench user
                .env("GATEWAY_MISUSE_DEFAULTS_ACTION", "WARN")
                .env("TASKGATE_DB_URL", "jdbc:h2:file:" + dir.resolve("data/taskgate"));
    }

    /** Adds space-separated JVM arguments. */
    static PayaraServer.Options withJvmArgs(PayaraServer.Options options, String spaceSeparated) {
        for (String arg : spaceSeparated.split(" ")) {
            if (!arg.isBlank()) {
                options.jvmArg(arg);
            }
        }
        return options;
    }

    static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /**
     * Payara's request path is large: its JIT keeps compiling for minutes of load, and until it is done the gateway
     * uses several times the CPU per request of its steady state. Warm up in rounds until the CPU per request has not
     * fallen 5% below its best for {@value #FLAT_ROUNDS} rounds in a row (it can level off for a round or two and then
     * fall again), so the figures are of a gateway that has run a while.
     */
    private static void warmUntilSettled(HttpClient http, HttpRequest proxied, PayaraServer gateway) throws InterruptedException {
        double best = Double.MAX_VALUE;
        int flat = 0;
        for (int round = 1; round <= WARMUP_ROUNDS; round++) {
            long from = gateway.cpuTime().toNanos();
            FixedRateLoad.run(http, proxied, 400, WORKERS, WARMUP_ROUND);
            double perRequest = cpuMillisSince(gateway, from) / WARMUP_ROUND;
            System.out.printf("  warm-up round %d: gateway CPU per request %.2f ms%n", round, perRequest);
            flat = perRequest < 0.95 * best ? 0 : flat + 1;
            best = Math.min(best, perRequest);
            if (flat >= FLAT_ROUNDS) {
                return;
            }
        }
    }

    /**
     * After the warm-up the gateway still has work queued (ledger rows written behind the requests, compilations):
     * wait, up to a minute, until it uses under 5% of a core for two seconds in a row, so that backlog is not
     * measured as latency.
     */
    private static void waitUntilQuiet(PayaraServer gateway) throws InterruptedException {
        int quiet = 0;
        for (int second = 1; second <= 60; second++) {
            long from = gateway.cpuTime().toNanos();
            Thread.sleep(1_000);
            double ms = cpuMillisSince(gateway, from);
            quiet = ms < 50 ? quiet + 1 : 0;
            if (quiet == 2) {
                System.out.printf("  gateway quiet after %d s%n", second);
                return;
            }
        }
        System.out.println("  gateway still busy after 60 s; measuring anyway");
    }

    /** CPU milliseconds the gateway used since {@code fromNanos} (a reading of its {@code cpuTime()}). */
    static double cpuMillisSince(PayaraServer gateway, long fromNanos) {
        return (gateway.cpuTime().toNanos() - fromNanos) / 1e6;
    }

    /** Runs a jcmd diagnostic command against the gateway JVM (e.g. a flight recording of the measured phase). */
    private static void jcmd(PayaraServer server, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(server.pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }

    static HttpRequest post(String url, String authorization, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("X-Task-Id", "acme-checkout")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
