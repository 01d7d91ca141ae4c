package io.taskgate.devstack.bench;

import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.List;

/**
 * Two gateways in one run, the build as it is (A) and a candidate (B: another WAR, JDK, JVM arguments, environment
 * or Payara pre-boot commands), measured against the direct call in rotating blocks (D A B, A B D, B D A, ...), so
 * that the machine's noise (CPU steal on a shared 2-core machine moves single-run figures by more than most changes)
 * falls on all three alike. Prints added p50/p90/p99 and CPU per request for each; decides nothing.
 *
 * <pre>./taskgate bench-compare -Dcompare.javaHome=/usr/lib/jvm/temurin-25-jdk-amd64
 * ./taskgate bench-compare "-Dcompare.preboot=set configs.config.server-config.network-config.transports.transport.tcp.io-strategy=..."</pre>
 * Other keys: {@code compare.war}, {@code compare.jvmArgs} (space-separated), {@code compare.env}
 * ({@code NAME=VALUE,...}), {@code compare.pluginsDir} (both gateways), {@code compare.mix} (true: the bench's
 * realistic mix, every request unique; false: one fixed chat), {@code bench.requests}, {@code bench.blocks},
 * {@code compare.warmupRounds}.
 */
public final class GatewayComparison {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 6);
    private static final int WARMUP_ROUNDS = Integer.getInteger("compare.warmupRounds", 12);

    private GatewayComparison() {
    }

    /**
     * Both gateways with the plugins of {@code compare.pluginsDir} (the default configuration: {@code .taskgate/plugins},
     * as {@code ./taskgate run} installs them), or with none (the built-in stages only) when it is not set.
     */
    private static PayaraServer.Options plugins(PayaraServer.Options options) {
        String dir = System.getProperty("compare.pluginsDir", "");
        return dir.isBlank() ? options : options.env("GATEWAY_PLUGINS_DIR", Path.of(dir).toAbsolutePath().toString());
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("taskgate-compare");
        try (KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(0)
                .logFile(work.resolve("keycloak.log")));
             OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
             PayaraServer a = plugins(LatencyBenchmark.gatewayOptions(work.resolve("a"), simulator, keycloak)).start();
             PayaraServer b = candidate(plugins(LatencyBenchmark.gatewayOptions(work.resolve("b"), simulator, keycloak)))
                     .start()) {
            String token = keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass");
            HttpClient http = LatencyBenchmark.client();
            // the bench's realistic mix, every request unique (a repeated prompt would be answered from the detectors'
            // verdict cache); compare.mix=false sends the one fixed chat of the earlier comparisons
            boolean useMix = Boolean.parseBoolean(System.getProperty("compare.mix", "true"));
            PromptMix mix = new PromptMix();
            Supplier<String> body = useMix ? () -> mix.next(false) : () -> LatencyBenchmark.CHAT;
            String simKey = "Bearer " + simulator.config().apiKey();
            String bearer = "Bearer " + token;
            List<IntFunction<HttpRequest>> requests = List.of(
                    i -> LatencyBenchmark.post(simulator.baseUrl() + "/chat/completions", simKey, body.get()),
                    i -> LatencyBenchmark.post(a.baseUrl() + "/v1/chat/completions", bearer, body.get()),
                    i -> LatencyBenchmark.post(b.baseUrl() + "/v1/chat/completions", bearer, body.get()));
            PayaraServer[] servers = {null, a, b};
            String[] names = {"direct", "A (this build)", "B (candidate)"};

            FixedRateLoad.run(http, requests.get(0), 400, 4, 4000);
            for (int round = 1; round <= WARMUP_ROUNDS; round++) {
                System.out.printf("warm-up round %d: CPU per request A %.2f ms, B %.2f ms%n", round,
                        cpuPerRequest(http, requests.get(1), a), cpuPerRequest(http, requests.get(2), b));
            }
            Thread.sleep(10_000);

            long[][] micros = {new long[0], new long[0], new long[0]};
            double[] cpuMillis = new double[3];
            int perBlock = Math.max(1, REQUESTS / BLOCKS);
            for (int block = 0; block < BLOCKS; block++) {
                for (int k = 0; k < 3; k++) {
                    int which = (k + block) % 3;
                    long cpuBefore = servers[which] == null ? 0 : servers[which].cpuTime().toNanos();
                    long[] measured = FixedRateLoad.run(http, requests.get(which), 100, 4, perBlock);
                    if (servers[which] != null) {
                        cpuMillis[which] += LatencyBenchmark.cpuMillisSince(servers[which], cpuBefore);
                    }
                    micros[which] = LatencyBenchmark.concat(micros[which], measured);
                }
            }
            Percentiles direct = Percentiles.of(micros[0]);
            System.out.printf("%nChat completions (%s), 100 req/s, 4 workers, %d requests each, %d rotating blocks%n",
                    useMix ? "the bench's realistic mix, every request unique" : "one fixed chat", micros[0].length, BLOCKS);
            for (int i = 0; i < 3; i++) {
                Percentiles p = Percentiles.of(micros[i]);
                System.out.printf("  %-15s p50 %s  p90 %s  p99 %s", names[i], Percentiles.ms(p.p50()),
                        Percentiles.ms(p.p90()), Percentiles.ms(p.p99()));
                if (i > 0) {
                    System.out.printf("  | added p50 %s  p99 %s  CPU per request %.2f ms",
                            Percentiles.ms(p.p50() - direct.p50()), Percentiles.ms(p.p99() - direct.p99()),
                            cpuMillis[i] / micros[i].length);
                }
                System.out.println();
            }
        }
    }

    private static double cpuPerRequest(HttpClient http, IntFunction<HttpRequest> request, PayaraServer server)
            throws InterruptedException {
        long from = server.cpuTime().toNanos();
        FixedRateLoad.run(http, request, 400, 4, 2000);
        return LatencyBenchmark.cpuMillisSince(server, from) / 2000;
    }

    private static PayaraServer.Options candidate(PayaraServer.Options options) {
        String war = System.getProperty("compare.war", "");
        if (!war.isBlank()) {
            options.war(Path.of(war));
        }
        String javaHome = System.getProperty("compare.javaHome", "");
        if (!javaHome.isBlank()) {
            options.javaHome(Path.of(javaHome));
        }
        LatencyBenchmark.withJvmArgs(options, System.getProperty("compare.jvmArgs", ""));
        for (String pair : System.getProperty("compare.env", "").split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                options.env(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        for (String command : System.getProperty("compare.preboot", "").split(";")) {
            if (!command.isBlank()) {
                options.prebootCommand(command.strip());
            }
        }
        return options;
    }
}
