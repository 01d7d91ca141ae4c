package io.taskgate.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Taskgate OpenAI-compatible upstream SIMULATOR (not a real model): a small JDK {@code HttpServer}
 * that answers {@code /v1/*} deterministically for tests, benchmarks and the demo.
 */
public final class OpenAiSimulator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OpenAiSimulator.class.getName());

    private final SimulatorConfig config;
    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestLog log;

    private OpenAiSimulator(SimulatorConfig config, HttpServer server, ExecutorService executor, RequestLog log) {
        this.config = config;
        this.server = server;
        this.executor = executor;
        this.log = log;
    }

    /** Binds and starts a simulator; the port is known when this returns. */
    public static OpenAiSimulator start(SimulatorConfig config) {
        RequestLog log = new RequestLog();
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "taskgate-simulator-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServers.create(new InetSocketAddress(config.host(), config.port()), 1024);
            server.createContext("/", new SimulatorHandler(config, log));
            server.setExecutor(executor);
            server.start();
            OpenAiSimulator simulator = new OpenAiSimulator(config, server, executor, log);
            LOG.log(System.Logger.Level.INFO, "Taskgate upstream simulator (not a real model) started on {0}",
                    simulator.baseUrl());
            return simulator;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new UncheckedIOException("Taskgate upstream simulator could not bind "
                    + config.host() + ":" + config.port(), e);
        }
    }

    /** Starts with {@link SimulatorConfig#defaults()}. */
    public static OpenAiSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    /** Stops the server at once and its worker threads. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        LOG.log(System.Logger.Level.INFO, "Taskgate upstream simulator stopped ({0})", baseUrl());
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Host clients should use: the bound host, or 127.0.0.1 when bound to all interfaces. */
    public String host() {
        String host = config.host();
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** OpenAI base URL, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://" + host() + ":" + port() + "/v1";
    }

    public SimulatorConfig config() {
        return config;
    }

    /** Recorded requests (last 1000, oldest first), excluding {@code /_simulator/*}. */
    public List<RecordedRequest> requests() {
        return log.snapshot();
    }

    /** The most recent recorded request, if any. */
    public Optional<RecordedRequest> lastRequest() {
        List<RecordedRequest> all = log.snapshot();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public void clearRequests() {
        log.clear();
    }
}
