package io.taskgate.devstack.bench;

import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the CPU of the gateway goes, as users run it: the default configuration (or, with
 * {@code -Dprofile.builtin=true}, the built-in stages only), warmed up (at 400 req/s, then at 100 req/s until its
 * JIT compiler is quiet: {@link JitWarmup}), then profiled with Java Flight Recorder at 100 req/s of the bench's
 * prompt mix. Prints the CPU per request (and the JIT compiler threads' part of it), the idle CPU, and the busiest
 * threads, methods (self) and core or plugin methods (the first frame of the gateway's own code) from the execution
 * samples of the measured window, and the busiest native frames. A tool for finding costs; it asserts nothing.
 *
 * <pre>./taskgate profile [-Dprofile.requests=3000] [-Dprofile.builtin=true]</pre>
 */
public final class GatewayProfile {

    private static final int REQUESTS = Integer.getInteger("profile.requests", 3000);
    private static final int WARMUP_ROUNDS = Integer.getInteger("profile.warmupRounds", 6);
    /** Rounds of 10 s at 100 req/s after those, until the JIT compiler is quiet ({@link JitWarmup}), at most. */
    private static final int RATE_WARMUP_ROUNDS = Integer.getInteger("profile.rateWarmupRounds", 12);
    private static final int STREAMS = Integer.getInteger("profile.streams", 600);
    private static final int IDLE_SECONDS = Integer.getInteger("profile.idleSeconds", 20);
    /** Also sample the whole process with Linux perf (kernel, JVM, JIT-compiled code), where perf is installed. */
    private static final boolean PERF = Boolean.getBoolean("profile.perf");
    /** {@code -Dprofile.jfr=false}: no recording, so the per-thread CPU figures are the gateway's alone. */
    private static final boolean JFR = Boolean.parseBoolean(System.getProperty("profile.jfr", "true"));
    /** A streamed chat answered in about 29 events (27 words, the role chunk, the usage chunk), 2 ms apart. */
    static final String STREAM = "{\"model\":\"gpt-4o-mini\",\"stream\":true,\"messages\":[{\"role\":\"user\","
            + "\"content\":\"stream the cart total rounding rules [sim:words=27] [sim:chunk-delay-ms=2]\"}]}";
    private static final List<String> IDLE = List.of("epoll", "accept", "park", "sleep", "socketRead", "poll",
            "wait", "Unsafe.park", "select", "read0", "recv");

    private GatewayProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("taskgate-profile");
        Path home = Path.of(System.getProperty("taskgate.home", ".taskgate")).toAbsolutePath();
        boolean builtin = Boolean.getBoolean("profile.builtin");
        Path plugins = builtin ? work.resolve("no-plugins")
                : Path.of(System.getProperty("bench.pluginsDir", home.resolve("plugins").toString()));
        try (KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(0)
                .logFile(work.resolve("keycloak.log")));
             OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
             PayaraServer gateway = LatencyBenchmark.withJvmArgs(LatencyBenchmark.gatewayOptions(work.resolve("gw"),
                     simulator, keycloak).env("GATEWAY_PLUGINS_DIR", plugins.toString()),
                     // from boot: a recording started later through jcmd deoptimizes the compiled code (JVMTI)
                     (JFR ? "-XX:StartFlightRecording=name=profile,settings=profile,maxage=10m " : "")
                             + System.getProperty("bench.gatewayJvmArgs", "")).start()) {
            String token = keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass");
            HttpClient http = LatencyBenchmark.client();
            PromptMix mix = new PromptMix();
            System.out.println((builtin ? "Built-in stages only" : "Default configuration, plugins " + plugins));
            ProcessStats stats = new ProcessStats(gateway.pid());
            for (int round = 1; round <= WARMUP_ROUNDS; round++) {
                long from = gateway.cpuTime().toNanos();
                long jitFrom = stats.jitNanos();
                FixedRateLoad.run(http, i -> LatencyBenchmark.post(gateway.baseUrl() + "/v1/chat/completions",
                        "Bearer " + token, mix.next(false)), 400, 4, 2000);
                System.out.printf("  warm-up round %d: CPU per request %.2f ms, of which the JIT compilers %.2f ms%n", round,
                        LatencyBenchmark.cpuMillisSince(gateway, from) / 2000, stats.jitMillisSince(jitFrom) / 2000);
            }
            JitWarmup.atRate(http, i -> LatencyBenchmark.post(gateway.baseUrl() + "/v1/chat/completions",
                    "Bearer " + token, mix.next(false)), stats, "gateway", 100, 4, RATE_WARMUP_ROUNDS);
            Thread.sleep(10_000);
            long idleFrom = gateway.cpuTime().toNanos();
            java.util.Map<String, Long> threadsFrom = stats.threadMillis();
            Thread.sleep(IDLE_SECONDS * 1000L);
            System.out.printf("Idle: %.1f%% of a core%n",
                    LatencyBenchmark.cpuMillisSince(gateway, idleFrom) / (10.0 * IDLE_SECONDS));
            printBusiestThreads(threadsFrom, stats.threadMillis(), IDLE_SECONDS);

            Path jfr = work.resolve("gateway.jfr");
            java.time.Instant since = java.time.Instant.now();
            String begin = java.time.LocalTime.now().toString();
            Process perf = perf(gateway.pid(), work.resolve("plain.perf"), REQUESTS / 100);
            long from = gateway.cpuTime().toNanos();
            long jitFrom = stats.jitNanos();
            java.util.Map<String, Long> loadFrom = stats.threadMillis();
            FixedRateLoad.run(http, i -> LatencyBenchmark.post(gateway.baseUrl() + "/v1/chat/completions",
                    "Bearer " + token, mix.next(false)), 100, 4, REQUESTS);
            java.util.Map<String, Long> loadTo = stats.threadMillis();
            double cpu = LatencyBenchmark.cpuMillisSince(gateway, from);
            double jit = stats.jitMillisSince(jitFrom);
            System.out.printf("At 100 req/s: %d requests, CPU per request %.2f ms (process, all threads), of which the JIT"
                    + " compilers %.2f ms%n", REQUESTS, cpu / REQUESTS, jit / REQUESTS);
            System.out.println("CPU per request by thread (threads that ended during the load are not counted):");
            printThreadsPerRequest(loadFrom, loadTo, REQUESTS);
            printUpstreamCalls(simulator);
            if (!JFR) {
                return;
            }
            Thread.sleep(2_000);
            jcmd(gateway.pid(), "JFR.dump", "name=profile", "begin=" + begin, "filename=" + jfr);
            summarize(jfr, since);
            perfMap(gateway.pid());
            perfReport(perf, work.resolve("plain.perf"));
            System.out.println("Recording: " + jfr);
            if (STREAMS > 0) {
                profileStreams(http, gateway, token, work.resolve("streams.jfr"));
            }
        }
    }

    /** The threads that used the most CPU between two {@link ProcessStats#threadMillis()} readings. */
    private static void printBusiestThreads(java.util.Map<String, Long> from, java.util.Map<String, Long> to, int seconds) {
        to.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - from.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(12)
                .forEach(e -> System.out.printf("  %-16s %6.2f%% of a core%n", e.getKey(),
                        e.getValue() / (10.0 * seconds)));
    }

    /** Each thread name's CPU between two readings, in milliseconds per request. */
    /** The gateway's calls to the upstream among the simulator's last recorded ones: answers and moderation calls. */
    private static void printUpstreamCalls(OpenAiSimulator simulator) {
        java.util.List<io.taskgate.simulator.RecordedRequest> recorded = simulator.requests();
        long chats = recorded.stream().filter(r -> r.path().endsWith("/chat/completions")).count();
        long moderations = recorded.stream().filter(r -> r.path().endsWith("/moderations")).count();
        System.out.printf("Upstream calls among the last %d recorded: %d answers, %d moderation calls (%.2f per answer)%n",
                recorded.size(), chats, moderations, chats == 0 ? 0 : (double) moderations / chats);
    }

    private static void printThreadsPerRequest(java.util.Map<String, Long> from, java.util.Map<String, Long> to,
            int requests) {
        to.entrySet().stream()
                .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - from.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(20)
                .forEach(e -> System.out.printf("  %-16s %6.3f ms%n", e.getKey(), e.getValue() / (double) requests));
    }

    /** The relay's own cost: streams of about 29 events, 20 a second, profiled apart from plain calls. */
    private static void profileStreams(HttpClient http, PayaraServer gateway, String token, Path jfr) throws Exception {
        java.net.http.HttpRequest stream = LatencyBenchmark.post(gateway.baseUrl() + "/v1/chat/completions",
                "Bearer " + token, STREAM);
        FixedRateLoad.run(http, stream, 20, 4, Math.max(100, STREAMS / 3)); // warm the relay's path
        Thread.sleep(5_000);
        java.time.Instant since = java.time.Instant.now();
        String begin = java.time.LocalTime.now().toString();
        Process perf = perf(gateway.pid(), jfr.resolveSibling("streams.perf"), STREAMS / 20);
        long from = gateway.cpuTime().toNanos();
        FixedRateLoad.run(http, stream, 20, 4, STREAMS);
        double cpu = LatencyBenchmark.cpuMillisSince(gateway, from);
        Thread.sleep(2_000);
        jcmd(gateway.pid(), "JFR.dump", "name=profile", "begin=" + begin, "filename=" + jfr);
        System.out.printf("%nStreams at 20/s: %d streams of about 29 events, CPU per stream %.2f ms, per event %.3f ms%n",
                STREAMS, cpu / STREAMS, cpu / STREAMS / 29);
        summarize(jfr, since);
        perfMap(gateway.pid());
        perfReport(perf, jfr.resolveSibling("streams.perf"));
    }

    /** Starts {@code perf record} on the process for about {@code seconds}, or returns null without perf. */
    private static Process perf(long pid, Path out, int seconds) throws Exception {
        if (!PERF) {
            return null;
        }
        return new ProcessBuilder("perf", "record", "-F", "499", "-g", "-p", Long.toString(pid), "-o", out.toString(),
                "--", "sleep", Integer.toString(Math.max(5, seconds))).redirectErrorStream(true)
                .redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
    }

    /** Writes /tmp/perf-PID.map so that perf names JIT-compiled methods (best effort). */
    private static void perfMap(long pid) {
        if (PERF) {
            try {
                jcmd(pid, "Compiler.perfmap");
            } catch (Exception e) {
                System.out.println("  (no perf map: " + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
    }

    /** Where the process's CPU went by library (kernel, libjvm: GC and compilers, JIT-compiled code) and symbol. */
    private static void perfReport(Process perf, Path data) throws Exception {
        if (perf == null) {
            return;
        }
        perf.waitFor(120, TimeUnit.SECONDS);
        for (String sort : List.of("dso", "dso,sym")) {
            Process report = new ProcessBuilder("perf", "report", "-i", data.toString(), "--stdio", "--no-children",
                    "--sort", sort, "--percent-limit", sort.equals("dso") ? "0.5" : "1", "-g", "none")
                    .redirectErrorStream(true).start();
            String text = new String(report.getInputStream().readAllBytes());
            report.waitFor(120, TimeUnit.SECONDS);
            System.out.println("perf, by " + sort + ":");
            text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).limit(40).forEach(l -> System.out.println("  " + l));
        }
    }

    /**
     * The samples of the measured window only: a dump holds whole chunks, and the chunk of a recording started at boot
     * also holds the boot and the warm-up.
     */
    private static void summarize(Path jfr, java.time.Instant since) throws Exception {
        Map<String, Integer> threads = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> natives = new HashMap<>();
        Map<String, Integer> frameTypes = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            String type = event.getEventType().getName();
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty() || event.getStartTime().isBefore(since)) {
                continue;
            }
            if (type.equals("jdk.ExecutionSample")) {
                samples++;
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
                self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                frameTypes.merge(stack.getFrames().get(0).getType(), 1, Integer::sum);
                stack.getFrames().stream().filter(f -> isOwn(f)).findFirst()
                        .ifPresentOrElse(f -> own.merge(name(f), 1, Integer::sum),
                                () -> own.merge("(no gateway frame: server, JDK)", 1, Integer::sum));
            } else if (type.equals("jdk.NativeMethodSample")) {
                String top = name(stack.getFrames().get(0));
                if (IDLE.stream().noneMatch(top::contains)) {
                    natives.merge(top, 1, Integer::sum);
                }
            }
        }
        System.out.println("Execution samples: " + samples + ", top frame " + frameTypes);
        print("Threads", threads, samples);
        print("Methods (self)", self, samples);
        print("Gateway and plugin methods (first own frame)", own, samples);
        print("Native frames (not waiting)", natives, Math.max(1, natives.values().stream().mapToInt(i -> i).sum()));
    }

    private static boolean isOwn(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.startsWith("io.taskgate.") || type.startsWith("ai.onnxruntime.");
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
    }

    private static void print(String title, Map<String, Integer> counts, int total) {
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
    }

    private static void jcmd(long pid, String... command) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
    }
}
