package io.taskgate.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Payara Micro as a child process serving one WAR (the gateway or the web console) at the root context, HTTP bound to loopback,
 * no clustering. Configuration reaches the application as environment variables (MicroProfile Config).
 */
public final class PayaraServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path logFile;

    private PayaraServer(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * The collector unless a JVM argument names another: on a small machine (the benchmark's has 2 cores) G1's
     * concurrent work and barriers cost the gateway a third more CPU per request than the parallel collector, and
     * its young pauses were longer (12-21 ms, scanning the cards the in-process H2 dirties).
     */
    static final String DEFAULT_GC = "-XX:+UseParallelGC";

    /**
     * Grizzly's strict RFC 9110 header-value check answers a header with a non-ASCII byte or a control character with
     * an empty 400 before the application sees it; off, such requests reach the gateway's {@code HeaderGuard}, which
     * refuses them in OpenAI JSON (the gateway image sets the same).
     */
    public static final String LENIENT_HEADERS = "-Dorg.glassfish.grizzly.http.STRICT_HEADER_VALUE_VALIDATION_RFC_9110=false";

    /**
     * The JDK's Vector API for the plugins: the embedding classifier reads its prompt bank with SIMD instructions when
     * the module is there (about three times as fast, the same results), and with a scalar loop when it is not. The
     * JVM prints a one-line warning that an incubator module is in use. The gateway image leaves it out: its JDK
     * image may lack the module, and a JVM asked for a module it lacks does not start (docs/operations.md).
     */
    public static final String VECTOR_API = "--add-modules=jdk.incubator.vector";

    /** The JVM arguments: these, after {@link #DEFAULT_GC} unless one of them selects a collector. */
    static List<String> jvmArgs(List<String> given) {
        List<String> args = new ArrayList<>();
        if (given.stream().noneMatch(arg -> arg.matches("-XX:\\+Use\\w+GC"))) {
            args.add(DEFAULT_GC);
        }
        args.addAll(given);
        return args;
    }

    /** What Payara Micro logs when its boot fails (a port taken, for one); it does not exit after it. */
    private static final String GAVE_UP = "Failed to start, exiting";
    /** {@code platform-core/src/main/payara/preboot.asadmin}, the gateway image's pre-boot commands, bundled. */
    static final String GATEWAY_PREBOOT = "/io/taskgate/devstack/preboot.asadmin";

    /**
     * Payara's settings before boot: HTTP on loopback, then the gateway image's own: a request pool that never has to
     * grow under a burst, and no dynamic reload (the server serves the one WAR it was started with, so nothing needs
     * to look for changes to it every two seconds; that poll showed in the gateway's profiles).
     */
    static final List<String> PREBOOT_COMMANDS = prebootCommands();

    private static List<String> prebootCommands() {
        List<String> commands = new ArrayList<>(List.of("set configs.config.server-config.network-config"
                + ".network-listeners.network-listener.http-listener.address=127.0.0.1"));
        try (InputStream in = PayaraServer.class.getResourceAsStream(GATEWAY_PREBOOT)) {
            if (in == null) {
                throw new IllegalStateException(GATEWAY_PREBOOT + " is not on the classpath");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty()).forEach(commands::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + GATEWAY_PREBOOT, e);
        }
        return List.copyOf(commands);
    }

    /** Start-up settings; {@link #start()} boots the server and waits until the gateway answers. */
    public static final class Options {
        private Path payaraJar;
        private Path war;
        private int port = 8080;
        private Path workDir;
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private final Map<String, String> env = new LinkedHashMap<>();
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx768m", "-Xss512k", LENIENT_HEADERS, VECTOR_API));
        private Duration startTimeout = Duration.ofSeconds(420);
        private String readyPath = "/v1/models";
        private int readyStatus = 401;
        private final List<String> preboot = new ArrayList<>(PREBOOT_COMMANDS);
        private IntSupplier ports = Ports::free;

        public Options payaraJar(Path jar) { this.payaraJar = jar; return this; }
        public Options war(Path war) { this.war = war; return this; }
        /** The HTTP port on 127.0.0.1; default 8080, 0 picks a free one (a new one if another process takes it first). */
        public Options port(int port) { this.port = port; return this; }
        public Options workDir(Path dir) { this.workDir = dir; return this; }
        public Options javaHome(Path home) { this.javaHome = home; return this; }
        public Options env(String name, String value) { this.env.put(name, value); return this; }
        public Options jvmArg(String arg) { this.jvmArgs.add(arg); return this; }
        /** An asadmin command run before boot, after {@link #PREBOOT_COMMANDS}, e.g. {@code set configs.config...}. */
        public Options prebootCommand(String command) { this.preboot.add(command); return this; }
        public Options startTimeout(Duration timeout) { this.startTimeout = timeout; return this; }
        /** The path polled until it answers {@code status}; by default the gateway's {@code /v1/models} (401). */
        public Options readyWhen(String path, int status) { this.readyPath = path; this.readyStatus = status; return this; }

        /** Where port 0 gets its port from; default {@link Ports#free()}. */
        Options ports(IntSupplier value) { this.ports = value; return this; }

        public PayaraServer start() throws IOException, InterruptedException {
            return PayaraServer.start(this);
        }
    }

    public static Options options() {
        return new Options();
    }

    private static PayaraServer start(Options o) throws IOException, InterruptedException {
        if (o.payaraJar == null || !Files.isRegularFile(o.payaraJar)) {
            throw new IllegalStateException("Payara Micro jar not found: " + o.payaraJar);
        }
        if (o.war == null || !Files.isRegularFile(o.war)) {
            throw new IllegalStateException("WAR not found: " + o.war + " (build it with mvn package)");
        }
        if (o.port != 0) {
            return launch(o, o.port);
        }
        return Ports.startOnFreshPorts("Payara Micro", () -> launch(o, o.ports.getAsInt()));
    }

    private static PayaraServer launch(Options o, int port) throws IOException {
        Path work = o.workDir != null ? o.workDir : Files.createTempDirectory("taskgate-payara");
        Files.createDirectories(work);
        Path preboot = work.resolve("preboot.asadmin");
        Files.writeString(preboot, String.join("\n", o.preboot) + "\n");
        Path log = work.resolve("payara.log");
        List<String> command = new ArrayList<>();
        command.add(o.javaHome.resolve("bin/java").toString());
        command.addAll(jvmArgs(o.jvmArgs));
        command.addAll(List.of("-jar", o.payaraJar.toAbsolutePath().toString(), "--nocluster", "--disablephonehome",
                "--port", Integer.toString(port), "--unpackdir", work.resolve("runtime").toString(),
                "--prebootcommandfile", preboot.toString(),
                "--deploy", o.war.toAbsolutePath().toString(), "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(o.env);
        Process process = builder.start();
        PayaraServer server = new PayaraServer(process, port, log);
        server.awaitReady(o.startTimeout, o.readyPath, o.readyStatus);
        return server;
    }

    private void awaitReady(Duration timeout, String path, int expected) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                // generous: the first request renders the first page, which takes long on a busy 2-core machine, and
                // a probe that gives up early only queues another render behind the abandoned one
                .timeout(Duration.ofSeconds(30)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        // The probe runs beside the checks: a process that took the port and never answers must not keep this loop
        // from seeing Payara give up.
        CompletableFuture<Integer> answer = null;
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw failure("Payara Micro exited with " + process.exitValue());
                }
                if (ProcessLogs.tail(logFile, 200).contains(GAVE_UP)) { // it logs this, then keeps running
                    close();
                    throw failure("Payara Micro could not start");
                }
                if (answer != null && answer.isDone()) {
                    if (answer.handle((status, notYet) -> status != null && status == expected).join()) {
                        return;
                    }
                    answer = null;
                }
                if (answer == null) {
                    answer = http.sendAsync(probe, HttpResponse.BodyHandlers.discarding())
                            .thenApply(HttpResponse::statusCode);
                }
                Thread.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new InterruptedIOException("Interrupted while Payara Micro was starting");
        } finally {
            if (answer != null) {
                answer.cancel(true);
            }
        }
        close();
        throw failure("Payara Micro did not serve the gateway within " + timeout.toSeconds() + " s");
    }

    /** The failure with the log's tail: a {@link PortTakenException} when its port was taken. */
    private IllegalStateException failure(String message) {
        if (Ports.bindFailure(ProcessLogs.tail(logFile, 200))) { // the exception is more than 60 lines up
            return new PortTakenException(ProcessLogs.failure(message + ": a port it listens on was taken"
                    + " (Address already in use; HTTP port " + port + ")", logFile, 60));
        }
        return new IllegalStateException(ProcessLogs.failure(message, logFile, 60));
    }

    public int port() {
        return port;
    }

    /** The gateway's root, e.g. {@code http://localhost:8080}; the OpenAI base URL is this plus {@code /v1}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The server JVM's process id (for jcmd, e.g. to record a profile). */
    public long pid() {
        return process.pid();
    }

    /** CPU time the server process has used so far (zero where the platform does not say). */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /**
     * Freezes the server's JVM (SIGSTOP): every thread stops and its connections stay open, as a long pause or a
     * frozen virtual machine would. {@link #thaw()} lets it go on.
     */
    public void freeze() {
        Exec.run(List.of("kill", "-STOP", Long.toString(pid())), Duration.ofSeconds(10));
    }

    /** Lets a frozen server go on (SIGCONT). */
    public void thaw() {
        Exec.run(List.of("kill", "-CONT", Long.toString(pid())), Duration.ofSeconds(10));
    }

    /** Kills the server at once (SIGKILL), as a crash would: no shutdown hook, no drain. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
