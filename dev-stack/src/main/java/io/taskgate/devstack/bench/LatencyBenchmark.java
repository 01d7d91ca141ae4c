package io.taskgate.devstack.bench;

import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The gateway as users run it, against a direct call and peers, in one run: the direct call to the upstream
 * simulator; an nginx relay (the floor); the Portkey gateway; Taskgate with its built-in stages only; and Taskgate
 * as {@code ./taskgate run} starts it, with the detector plugins installed (keyword, moderation, local embedding).
 * Requests are a realistic mix ({@link PromptMix}: short questions, pasted code, logs and YAML, multi-turn chats),
 * every one unique. Measured in rotating blocks (each block runs every target, in a rotated order), so the machine's
 * noise falls on all alike:
 * <ul>
 *   <li>added p50 and p99 at a fixed rate ({@code bench.rate}, default 100 req/s, 4 workers), and CPU per request,
 *   with the part of it in the JIT compiler threads; the gateways are warmed at 400 req/s, then at the measured rate
 *   until their compilers are quiet;</li>
 *   <li>every request assessed ({@link FullDetectionLadder}): the default configuration, the built-in one and the
 *   direct call at rising rates ({@code bench.ladder}, 200 to 1,000 req/s), until a detector run is shed; the highest
 *   rate without one and the CPU per fully assessed request there ({@code -Dbench.ladderOnly=true}: only this, after
 *   the warm-up);</li>
 *   <li>saturation: {@code bench.clients} (32) clients back to back for {@code bench.saturationMillis} (8 s), twice;
 *   for the default configuration also how many requests its detector queue shed;</li>
 *   <li>streams: time to the first chunk and the gap between chunks;</li>
 *   <li>resident memory of each server at the end, and where the default configuration's goes (with
 *   {@code -XX:NativeMemoryTracking=summary} in {@code bench.gatewayJvmArgs}: {@link MemoryBreakdown}).</li>
 * </ul>
 * {@code -Dbench.variantJvmArgs="..."} adds the default configuration once more with these JVM arguments, measured in
 * the same run (e.g. {@code -XX:+UseG1GC});
 * {@code -Dbench.jitCompare=true} is the variant with the client compiler (C1) only ({@code -XX:TieredStopAtLevel=1}):
 * no compiler backlog, slower code (see docs/benchmarks.md, run 6).
 * Prints figures; it asserts nothing (targets are read off by a person).
 */
public final class LatencyBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 100);
    private static final int WORKERS = Integer.getInteger("bench.workers", 4);
    private static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    private static final int WARMUP_ROUND = Integer.getInteger("bench.warmupRound", 2000);
    private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 30);
    private static final int BLOCKS = Integer.getInteger("bench.blocks", 6);
    /**
     * Streams measured per target, one at a time; the added p99 of the first chunk is read from them. 600: over 200 the
     * p99 was the second-largest value, and runs 39 and 40 of one relay read 0.11 and 7.38 ms.
     */
    private static final int STREAMS = Integer.getInteger("bench.streams", 600);
    /** Streams per target before the measured ones, 8 at a time, so that the stream relay is compiled. */
    private static final int STREAM_WARMUP = Integer.getInteger("bench.streamWarmup", 400);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final long SATURATION_MILLIS = Long.getLong("bench.saturationMillis", 8_000);
    private static final int OPEN_STREAMS = Integer.getInteger("bench.openStreams", 1000);
    private static final int FLAT_ROUNDS = 4;
    /** JVM arguments of a variant of the default configuration measured beside it, if any. */
    private static final String VARIANT_ARGS = System.getProperty("bench.variantJvmArgs",
            Boolean.getBoolean("bench.jitCompare") ? "-XX:TieredStopAtLevel=1" : "").strip();
    /** Rounds at the measured rate after the fast warm-up, at most ({@link JitWarmup}). */
    private static final int RATE_WARMUP_ROUNDS = Integer.getInteger("bench.rateWarmupRounds", 12);
    /** The rates of {@link FullDetectionLadder} (empty: not climbed), each for {@code bench.ladderSeconds}. */
    private static final int[] LADDER = FullDetectionLadder.rates(System.getProperty("bench.ladder",
            "200,300,400,500,600,800,1000"));
    private static final int LADDER_SECONDS = Integer.getInteger("bench.ladderSeconds", 5);
    private static final int LADDER_WORKERS = Integer.getInteger("bench.ladderWorkers", 16);
    /** {@code -Dbench.ladderOnly=true}: after the warm-up, only the ladder (the capacity with every request assessed). */
    private static final boolean LADDER_ONLY = Boolean.getBoolean("bench.ladderOnly");

    /** One side of the comparison: how to send it a body, and its process (none for the direct call). */
    record Target(String name, Function<String, HttpRequest> request, ProcessStats process) {
        HttpRequest chat(String body) {
            return request.apply(body);
        }
    }

    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("taskgate-bench");
        Path home = Path.of(System.getProperty("taskgate.home", ".taskgate")).toAbsolutePath();
        Path plugins = Path.of(System.getProperty("bench.pluginsDir", home.resolve("plugins").toString()));
        try (KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(0)
                .logFile(work.resolve("keycloak.log")));
             OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
             PayaraServer builtin = withJvmArgs(gatewayOptions(work.resolve("builtin"), simulator, keycloak)
                     .env("GATEWAY_PLUGINS_DIR", work.resolve("no-plugins").toString()),
                     System.getProperty("bench.gatewayJvmArgs", "")).start();
             PayaraServer defaults = withJvmArgs(gatewayOptions(work.resolve("default"), simulator, keycloak)
                     .env("GATEWAY_PLUGINS_DIR", plugins.toString()),
                     // e.g. -XX:StartFlightRecording=filename=/tmp/gw.jfr to profile the gateway
                     System.getProperty("bench.gatewayJvmArgs", "")).start();
             // -Dbench.variantJvmArgs="...": the default configuration once more, with these JVM arguments added, in the
             // same run (-Dbench.jitCompare=true: the client compiler only)
             PayaraServer variant = VARIANT_ARGS.isEmpty() ? null
                     : withJvmArgs(gatewayOptions(work.resolve("default-variant"), simulator, keycloak)
                             .env("GATEWAY_PLUGINS_DIR", plugins.toString()),
                             (System.getProperty("bench.gatewayJvmArgs", "") + " " + VARIANT_ARGS).strip()).start()) {
            // the realm's access tokens live 15 minutes, and a run with a variant lasts longer: granted again every 5
            Supplier<String> bearer = FreshToken.every(Duration.ofMinutes(5),
                    () -> "Bearer " + keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass"));
            String simKey = "Bearer " + simulator.config().apiKey();
            int simPort = URI.create(simulator.baseUrl()).getPort();
            Optional<PeerProcess> nginx = PeerProcess.nginx(work.resolve("nginx"), simPort);
            Optional<PeerProcess> portkey = PeerProcess.portkey(home.resolve("bench/portkey"), work.resolve("portkey"));
            try {
                List<Target> targets = new ArrayList<>();
                targets.add(new Target("direct", body -> post(simulator.baseUrl() + "/chat/completions", simKey, body), null));
                nginx.ifPresent(n -> targets.add(new Target("nginx relay (floor)",
                        body -> post(n.baseUrl() + "/v1/chat/completions", simKey, body), n.stats())));
                portkey.ifPresent(p -> targets.add(new Target("Portkey gateway 1.15.2",
                        body -> HttpRequest.newBuilder(URI.create(p.baseUrl() + "/v1/chat/completions"))
                                .timeout(Duration.ofSeconds(30)).header("Authorization", simKey)
                                .header("x-portkey-provider", "openai")
                                .header("x-portkey-custom-host", simulator.baseUrl())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), p.stats())));
                targets.add(new Target("Taskgate, built-in stages only",
                        body -> post(builtin.baseUrl() + "/v1/chat/completions", bearer.get(), body),
                        new ProcessStats(builtin.pid())));
                if (variant != null) {
                    targets.add(new Target("Taskgate default, with " + VARIANT_ARGS,
                            body -> post(variant.baseUrl() + "/v1/chat/completions", bearer.get(), body),
                            new ProcessStats(variant.pid())));
                }
                targets.add(new Target("Taskgate as ./taskgate run starts it",
                        body -> post(defaults.baseUrl() + "/v1/chat/completions", bearer.get(), body),
                        new ProcessStats(defaults.pid())));
                System.out.println("Detector plugins of the default configuration: " + plugins + " "
                        + Arrays.toString(plugins.toFile().list()));
                measure(targets, defaults);
            } finally {
                nginx.ifPresent(PeerProcess::close);
                portkey.ifPresent(PeerProcess::close);
            }
        }
    }

    private static void measure(List<Target> targets, PayaraServer defaults) throws Exception {
        HttpClient http = client();
        PromptMix mix = new PromptMix();
        int n = targets.size();
        System.out.println("Warming up every target (the gateways until their CPU per request has settled)...");
        for (Target target : targets) {
            if (target.process() == null || !target.name().startsWith("Taskgate")) {
                FixedRateLoad.run(http, i -> target.chat(mix.next(false)), 400, WORKERS, WARMUP_ROUND * 2);
            } else {
                warmUntilSettled(http, target, mix);
                JitWarmup.atRate(http, i -> target.chat(mix.next(false)), target.process(), target.name(), RATE,
                        WORKERS, RATE_WARMUP_ROUNDS);
            }
        }
        waitUntilQuiet(targets);
        if (LADDER_ONLY) {
            printLadder(climbLadder(http, targets, defaults, mix));
            return;
        }
        long shedBeforeRate = shed(defaults);

        long[][] micros = new long[n][0];
        double[] cpuMillis = new double[n];
        double[] jitMillis = new double[n];
        int perBlock = Math.max(1, REQUESTS / BLOCKS);
        for (int block = 0; block < BLOCKS; block++) {
            for (int k = 0; k < n; k++) {
                int which = (k + block) % n;
                Target target = targets.get(which);
                long cpuBefore = cpuNanos(target);
                long jitBefore = jitNanos(target);
                long[] measured = FixedRateLoad.run(http, i -> target.chat(mix.next(false)), RATE, WORKERS, perBlock);
                cpuMillis[which] += (cpuNanos(target) - cpuBefore) / 1e6;
                jitMillis[which] += target.process() == null ? 0 : target.process().jitMillisSince(jitBefore);
                micros[which] = concat(micros[which], measured);
            }
        }

        long shedAtRate = shed(defaults) - shedBeforeRate;

        List<List<FullDetectionLadder.Step>> ladder = LADDER.length == 0 ? List.of()
                : climbLadder(http, targets, defaults, mix);

        System.out.printf("%nSaturation: %d clients back to back, %d s per target, two rotated rounds...%n",
                CLIENTS, SATURATION_MILLIS / 1000);
        double[] perSecond = new double[n];
        long[] failed = new long[n];
        double[] saturationCpu = new double[n];
        long shedBefore = shed(defaults);
        long defaultAnswered = 0;
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < n; k++) {
                int which = (k + round) % n;
                Target target = targets.get(which);
                long cpuBefore = cpuNanos(target);
                ClosedLoopLoad.Result r = ClosedLoopLoad.run(http, i -> target.chat(mix.next(false)), CLIENTS, SATURATION_MILLIS);
                saturationCpu[which] += (cpuNanos(target) - cpuBefore) / 1e6 / Math.max(1, r.answered()) / 2;
                perSecond[which] += r.perSecond() / 2;
                failed[which] += r.failed();
                if (which == n - 1) {
                    defaultAnswered += r.answered();
                }
                Thread.sleep(2_000);
            }
        }
        long shedDuringSaturation = shed(defaults) - shedBefore;

        // the default configuration's detectors are still working off the queue saturation left them
        waitUntilQuiet(targets);
        System.out.printf("Streams: %d per target after %d unmeasured (8 at a time), 12 chunks 20 ms apart, rotated...%n",
                STREAMS, STREAM_WARMUP);
        StreamTimings[] streams = new StreamTimings[n];
        for (int i = 0; i < n; i++) {
            StreamTimings.warm(http, targets.get(i).chat(STREAM), STREAM_WARMUP, 8);
            streams[i] = new StreamTimings();
        }
        waitUntilQuiet(targets);
        for (int s = 0; s < STREAMS; s++) {
            for (int k = 0; k < n; k++) {
                int which = (k + s) % n;
                streams[which].measure(http, targets.get(which).chat(STREAM), 1);
            }
        }

        Percentiles direct = Percentiles.of(micros[0]);
        Percentiles directFirst = Percentiles.of(StreamTimings.array(streams[0].firstChunk));
        Percentiles directGap = Percentiles.of(StreamTimings.array(streams[0].gaps));
        double portkeyRate = 0;
        for (int i = 0; i < n; i++) {
            if (targets.get(i).name().startsWith("Portkey")) {
                portkeyRate = perSecond[i];
            }
        }
        System.out.printf("%nChat completions: realistic mix, %d req/s, %d workers, %d requests per target in %d rotating"
                + " blocks; saturation with %d clients%n", RATE, WORKERS, micros[0].length, BLOCKS, CLIENTS);
        System.out.println("| target | added p50 | added p99 | max req/s | CPU ms/request at " + RATE + " req/s"
                + " | CPU ms/request at saturation | RSS | stream first chunk added p50 / p99 | chunk gap added p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < n; i++) {
            Target target = targets.get(i);
            Percentiles p = Percentiles.of(micros[i]);
            Percentiles first = Percentiles.of(StreamTimings.array(streams[i].firstChunk));
            Percentiles gap = Percentiles.of(StreamTimings.array(streams[i].gaps));
            boolean measuredDirectly = i == 0;
            System.out.printf("| %s | %s | %s | %,.0f%s | %s | %s | %s | %s | %s |%n", target.name(),
                    measuredDirectly ? "(p50 " + Percentiles.ms(p.p50()) + ")" : Percentiles.ms(p.p50() - direct.p50()),
                    measuredDirectly ? "(p99 " + Percentiles.ms(p.p99()) + ")" : Percentiles.ms(p.p99() - direct.p99()),
                    perSecond[i], failed[i] > 0 ? " (" + failed[i] + " not 200)" : "",
                    target.process() == null ? "-" : String.format("%.2f", cpuMillis[i] / micros[i].length),
                    target.process() == null ? "-" : String.format("%.2f", saturationCpu[i]),
                    target.process() == null ? "-" : String.format("%d MB", target.process().rssBytes() / (1024 * 1024)),
                    measuredDirectly ? "(" + Percentiles.ms(first.p50()) + " / " + Percentiles.ms(first.p99()) + ")"
                            : Percentiles.ms(first.p50() - directFirst.p50()) + " / " + Percentiles.ms(first.p99() - directFirst.p99()),
                    measuredDirectly ? "(" + Percentiles.ms(gap.p99()) + ")" : Percentiles.ms(gap.p99() - directGap.p99()));
        }
        int last = n - 1;
        Percentiles d = Percentiles.of(micros[last]);
        Percentiles dFirst = Percentiles.of(StreamTimings.array(streams[last].firstChunk));
        System.out.printf("%nDefault configuration against the targets: added p50 %s (<= 1 ms), added p99 %s (<= 5 ms),"
                        + " stream first chunk added p99 %s (<= 5 ms), %,.0f req/s at saturation (>= 1,000%s),"
                        + " CPU per request %s (<= 2 ms); at %d req/s %.2f ms%n",
                Percentiles.ms(d.p50() - direct.p50()), Percentiles.ms(d.p99() - direct.p99()),
                Percentiles.ms(dFirst.p99() - directFirst.p99()), perSecond[last],
                portkeyRate > 0 ? String.format("; Portkey %,.0f, ratio %.2f", portkeyRate, perSecond[last] / portkeyRate) : "",
                loadedCpu(ladder), RATE, cpuMillis[last] / micros[last].length);
        for (int i = 0; i < n; i++) {
            if (targets.get(i).name().startsWith("Taskgate")) {
                System.out.printf("Of the CPU per request at %d req/s, %s: %.2f ms in the JIT compiler threads (the JVM still"
                        + " compiling, not serving)%n", RATE, targets.get(i).name(), jitMillis[i] / micros[i].length);
            }
        }
        System.out.printf("Detector queues of the default configuration at %d req/s: %d detector runs shed over %d requests%n",
                RATE, shedAtRate, micros[last].length);
        if (!ladder.isEmpty()) {
            printLadder(ladder);
        }
        System.out.printf("Detector queues of the default configuration at saturation: %d detector runs shed over %d answered"
                        + " requests (each request has one run per detector beside the call; counted in /api/plugins and"
                        + " taskgate_stage_shed_total, never silently)%n", shedDuringSaturation, defaultAnswered);

        if (OPEN_STREAMS > 0) {
            Target gateway = targets.get(last);
            System.out.printf("%n%d streams open at once on the default configuration (20 chunks 1 s apart)...%n", OPEN_STREAMS);
            OpenStreams.Result open = OpenStreams.run(gateway::chat, gateway.process(), OPEN_STREAMS, 20, 1000);
            System.out.printf("  %d of %d completed whole (first failure: %s); first chunk p50 %s, p99 %s; gateway RSS"
                            + " %d MB before, %d MB at peak; %d threads at peak%n", open.completed(), open.opened(),
                    open.firstFailure(), Percentiles.ms(open.firstChunk().p50()), Percentiles.ms(open.firstChunk().p99()),
                    open.rssBeforeBytes() / (1024 * 1024), open.peakRssBytes() / (1024 * 1024), open.peakThreads());
        }
        Target gateway = targets.get(last);
        System.out.printf("%nWhere the default configuration's memory goes (Native Memory Tracking, committed):%n");
        MemoryBreakdown.of(defaults.pid(), gateway.process().rssBytes()).forEach(System.out::println);
    }

    /** Climbs {@link #LADDER}: the default configuration, the built-in one and the direct call; then waits for quiet. */
    private static List<List<FullDetectionLadder.Step>> climbLadder(HttpClient http, List<Target> targets,
                                                                  PayaraServer defaults, PromptMix mix)
            throws InterruptedException {
        System.out.printf("%nEvery request assessed: the default configuration, the built-in one and the direct call at %s"
                + " req/s, %d s each, %d workers, until a detector run is shed...%n", Arrays.toString(LADDER),
                LADDER_SECONDS, LADDER_WORKERS);
        Target builtinTarget = targets.stream().filter(t -> t.name().startsWith("Taskgate, built-in"))
                .findFirst().orElseThrow();
        List<List<FullDetectionLadder.Step>> ladder = FullDetectionLadder.climb(http, List.of(
                new FullDetectionLadder.Climber(targets.get(targets.size() - 1), Optional.of(defaults)),
                new FullDetectionLadder.Climber(builtinTarget, Optional.empty()),
                new FullDetectionLadder.Climber(targets.get(0), Optional.empty())), mix, LADDER, LADDER_SECONDS,
                LADDER_WORKERS);
        waitUntilQuiet(targets);
        return ladder;
    }

    /**
     * The ladder's steps, the default configuration beside the built-in one, each step's latencies added to the direct
     * call's at the same rate, and the highest rate at which every request was assessed with its CPU per request.
     */
    private static void printLadder(List<List<FullDetectionLadder.Step>> ladder) {
        List<FullDetectionLadder.Step> withDetectors = ladder.get(0);
        List<FullDetectionLadder.Step> builtin = ladder.get(1);
        List<FullDetectionLadder.Step> directSteps = ladder.get(2);
        System.out.printf("%nEvery request assessed (CPU per request counted until the detectors' backlog is done; added"
                + " latencies against the direct call at the same rate):%n");
        System.out.println("| rate asked | default: achieved | detector runs shed | CPU ms/request (of which JIT) | added p50"
                + " | added p99 | built-in: CPU ms/request (of which JIT) | added p50 | added p99 | direct p50 / p99 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (int i = 0; i < withDetectors.size(); i++) {
            FullDetectionLadder.Step d = withDetectors.get(i);
            FullDetectionLadder.Step b = i < builtin.size() ? builtin.get(i) : null;
            Percentiles direct = i < directSteps.size() ? directSteps.get(i).latency() : null;
            Long directP50 = direct == null ? null : direct.p50();
            Long directP99 = direct == null ? null : direct.p99();
            System.out.printf("| %,d | %,.0f | %d of %d requests | %.2f (%.2f) | %s | %s | %s | %s | %s | %s |%n", d.rate(),
                    d.achieved(), d.shed(), d.requests(), d.cpuMillis(), d.jitMillis(),
                    added(d.latency().p50(), directP50), added(d.latency().p99(), directP99),
                    b == null ? "-" : String.format("%.2f (%.2f)", b.cpuMillis(), b.jitMillis()),
                    b == null ? "-" : added(b.latency().p50(), directP50),
                    b == null ? "-" : added(b.latency().p99(), directP99),
                    direct == null ? "-" : Percentiles.ms(direct.p50()) + " / " + Percentiles.ms(direct.p99()));
        }
        FullDetectionLadder.highestFullyAssessed(withDetectors).ifPresentOrElse(s -> System.out.printf(
                        "Highest rate with every request assessed: %,d req/s; CPU per fully assessed request there %.2f ms"
                                + " (<= 2 ms; %.2f of it the JIT compilers)%n", s.rate(), s.cpuMillis(), s.jitMillis()),
                () -> System.out.println("No rate of the ladder had every request assessed"));
    }

    /**
     * The CPU per request as issue 15 measured it, on a loaded gateway (its table's figures are CPU over throughput at
     * saturation: 34 req/s at 57.6 ms is both cores busy), with every request assessed: at saturation the default
     * configuration sheds detector runs, so its figure there is not a whole request's; the highest rate of the ladder
     * with no run shed is.
     */
    static String loadedCpu(List<List<FullDetectionLadder.Step>> ladder) {
        return ladder.isEmpty() ? "not measured (no ladder)"
                : FullDetectionLadder.highestFullyAssessed(ladder.get(0)).map(s -> String.format(Locale.ROOT,
                        "%.2f ms per fully assessed request at %,d req/s", s.cpuMillis(), s.rate()))
                .orElse("not measured (no rate of the ladder had every request assessed)");
    }

    private static String added(long micros, Long directMicros) {
        return directMicros == null ? "-" : Percentiles.ms(micros - directMicros);
    }

    /** A stream of the mix's kind: a short question answered in 12 chunks 20 ms apart. */
    static final String STREAM = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":"
            + "\"stream a short answer on the cart total rounding [sim:words=10] [sim:chunk-delay-ms=20]\"}]}";

    private static long jitNanos(Target target) {
        return target.process() == null ? 0 : target.process().jitNanos();
    }

    private static long cpuNanos(Target target) {
        return target.process() == null ? 0 : target.process().cpuNanos();
    }

    /** Requests whose detectors the gateway's queue shed so far, summed over plugins, from its metrics. */
    static long shed(PayaraServer gateway) {
        try {
            HttpResponse<String> metrics = client().send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines().filter(l -> l.startsWith("taskgate_stage_shed_total"))
                    .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (Exception e) {
            System.out.println("  (could not read the shed count: " + e + ")");
            return 0;
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
    private static void warmUntilSettled(HttpClient http, Target gateway, PromptMix mix) throws InterruptedException {
        double best = Double.MAX_VALUE;
        int flat = 0;
        for (int round = 1; round <= WARMUP_ROUNDS; round++) {
            long from = gateway.process().cpuNanos();
            long jitFrom = gateway.process().jitNanos();
            FixedRateLoad.run(http, i -> gateway.chat(mix.next(false)), 400, WORKERS, WARMUP_ROUND);
            double perRequest = (gateway.process().cpuNanos() - from) / 1e6 / WARMUP_ROUND;
            System.out.printf("  %s, warm-up round %d: CPU per request %.2f ms, of which the JIT compilers %.2f ms%n",
                    gateway.name(), round, perRequest, gateway.process().jitMillisSince(jitFrom) / WARMUP_ROUND);
            flat = perRequest < 0.95 * best ? 0 : flat + 1;
            best = Math.min(best, perRequest);
            if (flat >= FLAT_ROUNDS) {
                return;
            }
        }
    }

    /**
     * After the warm-up the servers still have work queued (ledger rows written behind the requests, compilations,
     * detectors): wait, up to a minute, until each uses under 5% of a core for two seconds in a row, so that backlog
     * is not measured as latency.
     */
    private static void waitUntilQuiet(List<Target> targets) throws InterruptedException {
        for (Target target : targets) {
            if (target.process() == null) {
                continue;
            }
            ProcessStats.Quiet quiet = target.process().awaitQuiet(1_000, 0.05, 2, 60_000);
            System.out.printf("  %s %s%n", target.name(), quiet.reached()
                    ? "quiet after " + quiet.waitedMillis() / 1000 + " s" : "still busy after 60 s; measuring anyway");
        }
    }

    /** CPU milliseconds the gateway used since {@code fromNanos} (a reading of its {@code cpuTime()}). */
    static double cpuMillisSince(PayaraServer gateway, long fromNanos) {
        return (gateway.cpuTime().toNanos() - fromNanos) / 1e6;
    }

    static HttpRequest post(String url, String authorization, String body) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization).header("X-Task-Id", "acme-checkout")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
