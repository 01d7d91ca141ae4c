package io.taskgate.devstack.bench;

import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the slow first chunks of streams come from: the bench's stream (12 chunks 20 ms apart) through one gateway,
 * one at a time, alternating with the same stream straight from the simulator, as {@code ./taskgate bench} measures
 * it. The gateway logs its safepoints (collections included) with {@code System.nanoTime()} stamps, which on Linux
 * share the client's clock; for the slowest first chunks the tool prints the safepoints that overlapped them, in the
 * gateway and, when the client JVM was started with the same logging ({@code -Dtail.clientLog=FILE}), in the client.
 * Where tcpdump is installed it also captures the loopback packets of the measured calls and times each call's legs
 * from them ({@link WireLegs}): client to gateway, gateway before the upstream call, upstream, gateway from the
 * upstream's first event to the client, and the client reading it; then the same for plain calls at the same cadence.
 * A tool for finding causes; it asserts nothing.
 *
 * <pre>./taskgate first-chunk-tail [-Dtail.plugins=true] [-Dtail.streams=600] [-Dtail.plainCalls=300]
 *     [-Dtail.capture=false] [-Dbench.gatewayJvmArgs="..."]</pre>
 */
public final class FirstChunkTail {

    private static final int STREAMS = Integer.getInteger("tail.streams", 600);
    private static final boolean PLUGINS = Boolean.getBoolean("tail.plugins");
    /** Capture the loopback packets of the measured calls with tcpdump, where it is installed, to time their legs. */
    private static final boolean CAPTURE = Boolean.parseBoolean(System.getProperty("tail.capture", "true"));
    private static final String TCPDUMP = System.getProperty("tail.tcpdump", "/usr/bin/tcpdump");
    /** Plain calls through the gateway at the streams' cadence (with {@code tail.pcap}: their legs to compare). */
    private static final int PLAIN_CALLS = Integer.getInteger("tail.plainCalls", 300);
    /** The stream's question asked for a whole answer. */
    private static final String PLAIN = LatencyBenchmark.STREAM.replace("\"stream\":true,", "");
    private static final int SHOWN = Integer.getInteger("tail.shown", 12);
    /** {@code [123456789ns]...Safepoint "Name", ... Total: 8764803 ns}: the stamp is the safepoint's end. */
    private static final Pattern SAFEPOINT = Pattern.compile(
            "^\\[(\\d+)ns\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");

    /** One stream: its start and first data line on the monotonic clock, and its start on the wall clock (µs). */
    record Window(long start, long end, long wallMicros) {
        long micros() {
            return (end - start) / 1_000;
        }
    }

    record Safepoint(String name, long start, long end) {
        boolean overlaps(Window w) {
            return start < w.end() && end > w.start();
        }
    }

    private FirstChunkTail() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("taskgate-tail");
        Path home = Path.of(System.getProperty("taskgate.home", ".taskgate")).toAbsolutePath();
        Path plugins = PLUGINS ? Path.of(System.getProperty("bench.pluginsDir", home.resolve("plugins").toString()))
                : work.resolve("no-plugins");
        Path gatewayLog = work.resolve("gateway-safepoints.log");
        try (KeycloakServer keycloak = KeycloakServer.start(KeycloakServer.options().httpPort(0)
                .logFile(work.resolve("keycloak.log")));
             OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
             PayaraServer gateway = LatencyBenchmark.withJvmArgs(LatencyBenchmark.gatewayOptions(work.resolve("gw"),
                     simulator, keycloak).env("GATEWAY_PLUGINS_DIR", plugins.toString()),
                     "-Xlog:safepoint,gc:file=" + gatewayLog + ":timenanos,tags "
                             + System.getProperty("bench.gatewayJvmArgs", "")).start()) {
            String bearer = "Bearer " + keycloak.passwordGrant("taskgate-cli", "bob", "bob-pass");
            HttpClient http = LatencyBenchmark.client();
            PromptMix mix = new PromptMix();
            ProcessStats stats = new ProcessStats(gateway.pid());
            System.out.println(PLUGINS ? "Default configuration, plugins " + plugins : "Built-in stages only");
            String url = gateway.baseUrl() + "/v1/chat/completions";
            for (int round = 1; round <= 6; round++) {
                FixedRateLoad.run(http, i -> LatencyBenchmark.post(url, bearer, mix.next(false)), 400, 4, 2000);
            }
            JitWarmup.atRate(http, i -> LatencyBenchmark.post(url, bearer, mix.next(false)), stats, "gateway", 100, 4, 12);
            HttpRequest viaGateway = LatencyBenchmark.post(url, bearer, LatencyBenchmark.STREAM);
            HttpRequest direct = LatencyBenchmark.post(simulator.baseUrl() + "/chat/completions",
                    "Bearer " + simulator.config().apiKey(), LatencyBenchmark.STREAM);
            StreamTimings.warm(http, viaGateway, 400, 8);
            StreamTimings.warm(http, direct, 400, 8);
            stats.awaitQuiet(1_000, 0.05, 2, 60_000);
            int gatewayPort = java.net.URI.create(gateway.baseUrl()).getPort();
            int simulatorPort = java.net.URI.create(simulator.baseUrl()).getPort();
            System.out.printf("Gateway port %d, simulator port %d%n", gatewayPort, simulatorPort);
            Path pcap = work.resolve("loopback.pcap");
            Process capture = CAPTURE && Files.isExecutable(Path.of(TCPDUMP)) ? new ProcessBuilder(TCPDUMP, "-i", "lo",
                    "-nn", "-s", "512", "--time-stamp-precision=nano", "-w", pcap.toString(),
                    "port " + gatewayPort + " or port " + simulatorPort).redirectErrorStream(true)
                    .redirectOutput(work.resolve("tcpdump.log").toFile()).start() : null;
            if (capture != null) {
                Thread.sleep(1_000);
            }
            List<Window> gatewayFirst = new ArrayList<>();
            List<Window> directFirst = new ArrayList<>();
            for (int s = 0; s < STREAMS; s++) {
                directFirst.add(firstChunk(http, direct));
                gatewayFirst.add(firstChunk(http, viaGateway));
            }
            // the same gateway and cadence for plain calls, the whole answer read: the legs of a plain call to compare
            HttpRequest plainViaGateway = LatencyBenchmark.post(url, bearer, PLAIN);
            HttpRequest plainDirect = LatencyBenchmark.post(simulator.baseUrl() + "/chat/completions",
                    "Bearer " + simulator.config().apiKey(), PLAIN);
            List<Window> gatewayPlain = new ArrayList<>();
            List<Window> directPlain = new ArrayList<>();
            for (int s = 0; s < PLAIN_CALLS; s++) {
                directPlain.add(whole(http, plainDirect));
                Thread.sleep(120);
                gatewayPlain.add(whole(http, plainViaGateway));
                Thread.sleep(120);
            }
            Thread.sleep(1_000);
            WireLegs wire = null;
            if (capture != null) {
                capture.destroy();
                capture.waitFor();
                writeWindows(work.resolve("windows.csv"), gatewayFirst, directFirst, gatewayPlain, directPlain);
                wire = WireLegs.parse(new ProcessBuilder(TCPDUMP, "-r", pcap.toString(), "-tt", "-nn", "-A")
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().inputReader(StandardCharsets.ISO_8859_1)
                        .lines().toList());
                System.out.printf("Capture: %s (%d packets), calls: %s%n", pcap, wire.size(), work.resolve("windows.csv"));
            } else {
                System.out.println("No capture (" + TCPDUMP + " missing or -Dtail.capture=false): no legs");
            }
            Map<Window, WireLegs.Legs> legs = legs(wire, gatewayFirst, gatewayPort, simulatorPort, true);
            report(gatewayFirst, directFirst, safepoints(gatewayLog),
                    Path.of(System.getProperty("tail.clientLog", work.resolve("none").toString())), legs);
            if (wire != null) {
                printLegs("Streams, first chunk", legs.values());
                printLegs("Plain calls, whole answer", legs(wire, gatewayPlain, gatewayPort, simulatorPort, false).values());
            }
            System.out.println("Gateway safepoint log: " + gatewayLog);
        }
    }

    /** Each call's legs, for the calls whose packets were all captured. */
    private static Map<Window, WireLegs.Legs> legs(WireLegs wire, List<Window> calls, int gatewayPort, int upstreamPort,
                                                  boolean stream) {
        Map<Window, WireLegs.Legs> found = new LinkedHashMap<>();
        if (wire != null) {
            for (Window w : calls) {
                wire.legs(new WireLegs.Call(w.wallMicros(), w.micros()), gatewayPort, upstreamPort, stream)
                        .ifPresent(l -> found.put(w, l));
            }
        }
        return found;
    }

    private static void printLegs(String title, java.util.Collection<WireLegs.Legs> legs) {
        if (legs.isEmpty()) {
            return;
        }
        System.out.printf("%s, timed on the wire (%d calls; %d opened a new upstream connection), ms:%n", title,
                legs.size(), legs.stream().filter(WireLegs.Legs::newConnection).count());
        printLeg("client to gateway", legs, WireLegs.Legs::toGateway);
        printLeg("gateway, before the upstream call", legs, WireLegs.Legs::gatewayBefore);
        printLeg("upstream", legs, WireLegs.Legs::upstream);
        printLeg("gateway, upstream answer to client", legs, WireLegs.Legs::gatewayAfter);
        printLeg("client reads it", legs, WireLegs.Legs::client);
        printLeg("in the gateway (the two gateway legs)", legs, WireLegs.Legs::inGateway);
    }

    private static void printLeg(String name, java.util.Collection<WireLegs.Legs> legs,
                                 java.util.function.ToDoubleFunction<WireLegs.Legs> leg) {
        double[] v = legs.stream().mapToDouble(leg).sorted().toArray();
        System.out.printf("  %-40s p50 %6.2f  p90 %6.2f  p99 %6.2f  max %6.2f%n", name, Percentiles.at(v, 0.5),
                Percentiles.at(v, 0.9), Percentiles.at(v, 0.99), v[v.length - 1]);
    }

    /** {@code target,index,wall start µs,first chunk µs}: to match the streams with a capture's packets. */
    private static void writeWindows(Path file, List<Window> gateway, List<Window> direct, List<Window> gatewayPlain,
                                     List<Window> directPlain) throws IOException {
        List<String> lines = new ArrayList<>(List.of("target,index,wall_start_us,first_chunk_us"));
        for (int i = 0; i < gateway.size(); i++) {
            lines.add("direct," + i + "," + direct.get(i).wallMicros() + "," + direct.get(i).micros());
            lines.add("gateway," + i + "," + gateway.get(i).wallMicros() + "," + gateway.get(i).micros());
        }
        for (int i = 0; i < gatewayPlain.size(); i++) {
            lines.add("direct-plain," + i + "," + directPlain.get(i).wallMicros() + "," + directPlain.get(i).micros());
            lines.add("gateway-plain," + i + "," + gatewayPlain.get(i).wallMicros() + "," + gatewayPlain.get(i).micros());
        }
        Files.write(file, lines);
    }

    /** A plain call; the window from before the request to its whole answer. */
    private static Window whole(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        java.time.Instant wall = java.time.Instant.now();
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long end = System.nanoTime();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("plain call answered " + response.statusCode());
        }
        return new Window(start, end, wall.getEpochSecond() * 1_000_000 + wall.getNano() / 1_000);
    }

    /** Streams one answer whole; the window from before the request to its first data line. */
    private static Window firstChunk(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        java.time.Instant wall = java.time.Instant.now();
        long start = System.nanoTime();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long[] first = {-1};
        StreamTimings.read(response, (now, done) -> {
            if (first[0] < 0) {
                first[0] = now;
            }
        });
        if (response.statusCode() != 200 || first[0] < 0) {
            throw new IllegalStateException("stream answered " + response.statusCode());
        }
        return new Window(start, first[0], wall.getEpochSecond() * 1_000_000 + wall.getNano() / 1_000);
    }

    static List<Safepoint> safepoints(Path log) throws IOException {
        List<Safepoint> found = new ArrayList<>();
        if (!Files.isRegularFile(log)) {
            return found;
        }
        for (String line : Files.readAllLines(log)) {
            Matcher m = SAFEPOINT.matcher(line);
            if (m.find()) {
                long end = Long.parseLong(m.group(1));
                found.add(new Safepoint(m.group(2), end - Long.parseLong(m.group(3)), end));
            }
        }
        return found;
    }

    private static void report(List<Window> gateway, List<Window> direct, List<Safepoint> gatewayPoints,
                               Path clientLog, Map<Window, WireLegs.Legs> legs) throws IOException {
        List<Safepoint> clientPoints = safepoints(clientLog);
        long[] directMicros = direct.stream().mapToLong(Window::micros).sorted().toArray();
        long[] gatewayMicros = gateway.stream().mapToLong(Window::micros).sorted().toArray();
        long directMedian = directMicros[directMicros.length / 2];
        Percentiles g = Percentiles.of(gatewayMicros);
        Percentiles d = Percentiles.of(directMicros);
        System.out.printf("%d streams each. First chunk direct p50 %s p99 %s; via the gateway p50 %s p99 %s"
                        + " (added p99 %s)%n", gateway.size(), Percentiles.ms(d.p50()), Percentiles.ms(d.p99()),
                Percentiles.ms(g.p50()), Percentiles.ms(g.p99()), Percentiles.ms(g.p99() - d.p99()));
        System.out.printf("Safepoints logged: gateway %d, client %d%n", gatewayPoints.size(), clientPoints.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < gateway.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> gateway.get(i).micros()).reversed());
        System.out.printf("The %d slowest first chunks via the gateway (the direct one just before it), and the"
                + " safepoints that overlapped them:%n", SHOWN);
        int explained = 0;
        for (int rank = 0; rank < Math.min(SHOWN, order.size()); rank++) {
            int i = order.get(rank);
            Window w = gateway.get(i);
            List<String> causes = new ArrayList<>();
            gatewayPoints.stream().filter(p -> p.overlaps(w)).forEach(p -> causes.add(
                    String.format("gateway %s %.2f ms", p.name(), (p.end() - p.start()) / 1e6)));
            clientPoints.stream().filter(p -> p.overlaps(w)).forEach(p -> causes.add(
                    String.format("client %s %.2f ms", p.name(), (p.end() - p.start()) / 1e6)));
            if (!causes.isEmpty() && rank < gateway.size() / 100) {
                explained++;
            }
            WireLegs.Legs l = legs.get(w);
            System.out.printf("  #%-3d stream %4d: %s (direct %s) %s%s%n", rank + 1, i, Percentiles.ms(w.micros()),
                    Percentiles.ms(direct.get(i).micros()), causes.isEmpty() ? "no safepoint" : String.join(", ", causes),
                    l == null ? "" : String.format("; legs: to gateway %.2f, gateway %.2f, upstream %.2f, gateway %.2f,"
                            + " client %.2f", l.toGateway(), l.gatewayBefore(), l.upstream(), l.gatewayAfter(), l.client()));
        }
        long[] clean = order.stream().filter(i -> gatewayPoints.stream().noneMatch(p -> p.overlaps(gateway.get(i))))
                .mapToLong(i -> gateway.get(i).micros()).sorted().toArray();
        System.out.printf("Of the slowest 1%% (%d), %d overlapped a safepoint. Without the streams that overlapped a"
                        + " gateway safepoint (%d left): p99 %s (added p99 over the direct median %s)%n",
                gateway.size() / 100, explained, clean.length, Percentiles.ms(Percentiles.of(clean).p99()),
                Percentiles.ms(Percentiles.of(clean).p99() - directMedian));
        System.out.println("Gateway first chunk percentiles (ms): " + Arrays.toString(Arrays.stream(
                new double[]{0.5, 0.9, 0.95, 0.98, 0.99, 0.995}).mapToObj(q -> Percentiles.ms(
                Percentiles.at(gatewayMicros, q))).toArray()));
    }
}
