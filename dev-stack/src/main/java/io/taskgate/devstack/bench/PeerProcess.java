package io.taskgate.devstack.bench;

import io.taskgate.devstack.Ports;
import io.taskgate.devstack.ProcessLogs;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A peer the bench compares the gateway with, run as a process of its own on a free loopback port: the nginx relay
 * (the floor: what relaying the same bytes costs at least) and the Portkey gateway. Each is optional: where it is
 * not installed (see {@code ./taskgate bench}, which installs both), the bench says so and goes on without it.
 */
final class PeerProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final int port;

    private PeerProcess(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    ProcessStats stats() {
        return new ProcessStats(process.pid());
    }

    /**
     * nginx from Debian relaying to {@code upstreamPort} with keep-alive connections, as the notes on this machine
     * measured it: unprivileged, its own prefix, no access log.
     */
    static Optional<PeerProcess> nginx(Path dir, int upstreamPort) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            System.out.println("  nginx relay: skipped (no /usr/sbin/nginx; ./taskgate bench installs nginx-light as root)");
            return Optional.empty();
        }
        Files.createDirectories(dir.resolve("logs"));
        int port = Ports.free();
        Files.writeString(dir.resolve("nginx.conf"), """
                daemon off;
                master_process on;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    upstream simulator { server 127.0.0.1:%2$d; keepalive 64; }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://simulator;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_buffering off;
                        }
                    }
                }
                """.formatted(dir, upstreamPort, port));
        Process p = new ProcessBuilder(binary.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/nginx.out").toFile()).start();
        return Optional.of(awaitPort("nginx relay", p, port, dir.resolve("logs/nginx.out")));
    }

    /**
     * The Portkey gateway installed by {@code ./taskgate bench} under {@code installDir} (npm, with
     * {@code @hono/node-server} pinned to 1.13.8, whose later versions break its streams).
     */
    static Optional<PeerProcess> portkey(Path installDir, Path logDir) throws IOException, InterruptedException {
        Path start = installDir.resolve("node_modules/@portkey-ai/gateway/build/start-server.js");
        if (!Files.isRegularFile(start)) {
            System.out.println("  Portkey gateway: skipped (not installed at " + start + "; ./taskgate bench installs it with npm)");
            return Optional.empty();
        }
        Files.createDirectories(logDir);
        int port = Ports.free();
        ProcessBuilder builder = new ProcessBuilder("node", start.toString(), "--port=" + port)
                .directory(installDir.toFile()).redirectErrorStream(true)
                .redirectOutput(logDir.resolve("portkey.out").toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", Integer.toString(port));
        env.put("NODE_ENV", "production");
        return Optional.of(awaitPort("Portkey gateway", builder.start(), port, logDir.resolve("portkey.out")));
    }

    private static PeerProcess awaitPort(String name, Process process, int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(ProcessLogs.failure(name + " exited at start", log, 30));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new PeerProcess(name, process, port);
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(ProcessLogs.failure(name + " did not listen on " + port + " within 60 s", log, 30));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl();
    }
}
