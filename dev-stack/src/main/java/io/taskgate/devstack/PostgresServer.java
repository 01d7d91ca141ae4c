package io.taskgate.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/** Runs a throw-away PostgreSQL server (initdb + pg_ctl) with database and role {@code taskgate}. */
public final class PostgresServer implements AutoCloseable {

    /** Database, role and password created in every server. */
    public static final String NAME = "taskgate";

    private static final Path PG_ROOT = Path.of("/usr/lib/postgresql");
    private static final String OS_USER = "postgres";
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    /** PostgreSQL's own default; the suite's instances must fit it (see the gateway's pool settings). */
    public static final int MAX_CONNECTIONS = 100;

    private final int port;
    private final Path bin;
    private final Path baseDir;
    private final Path dataDir;
    private final Path logFile;
    private final boolean asPostgresUser;
    private final Thread shutdownHook;
    private boolean closed;
    private String serverOptions;

    private PostgresServer(int port, Path bin, Path baseDir, boolean asPostgresUser) {
        this.port = port;
        this.bin = bin;
        this.baseDir = baseDir;
        this.dataDir = baseDir.resolve("data");
        this.logFile = baseDir.resolve("postgres.log");
        this.asPostgresUser = asPostgresUser;
        this.shutdownHook = new Thread(this::stop, "postgres-shutdown-" + port);
    }

    /** Creates a cluster under {@code baseDir/data}, starts it on 127.0.0.1:{@code port} and creates {@code taskgate}. */
    public static PostgresServer start(int port, Path baseDir) {
        Path bin = findBinDir();
        boolean root = isRoot();
        PostgresServer server = new PostgresServer(port, bin, baseDir.toAbsolutePath().normalize(), root);
        server.boot();
        return server;
    }

    /** Like {@link #start(int, Path)} on a free port, chosen anew when another process takes it before PostgreSQL does. */
    public static PostgresServer start(Path baseDir) {
        return start(baseDir, Ports::free);
    }

    static PostgresServer start(Path baseDir, IntSupplier ports) {
        return Ports.startOnFreshPorts("PostgreSQL", () -> start(ports.getAsInt(), baseDir));
    }

    /** The newest {@code /usr/lib/postgresql/<version>/bin} (or system property {@code taskgate.postgres.bin}). */
    public static Path findBinDir() {
        String override = System.getProperty("taskgate.postgres.bin");
        if (override != null && !override.isBlank()) {
            Path dir = Path.of(override);
            if (Files.isExecutable(dir.resolve("initdb"))) {
                return dir;
            }
            throw new IllegalStateException("taskgate.postgres.bin=" + override + " holds no initdb");
        }
        Optional<Path> newest = Optional.empty();
        if (Files.isDirectory(PG_ROOT)) {
            try (Stream<Path> versions = Files.list(PG_ROOT)) {
                newest = versions
                        .filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/initdb")) && Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingDouble(v -> Double.parseDouble(v.getFileName().toString())))
                        .map(v -> v.resolve("bin"));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + PG_ROOT, e);
            }
        }
        return newest.orElseThrow(() -> new IllegalStateException(
                "PostgreSQL server binaries not found under " + PG_ROOT + "/<version>/bin;"
                        + " install them with `apt-get install postgresql` (Debian/Ubuntu)"
                        + " or set -Dtaskgate.postgres.bin=DIR"));
    }

    private void boot() {
        Path socketDir = baseDir.resolve("run");
        try {
            KeycloakDist.deleteRecursively(dataDir);
            Files.createDirectories(socketDir);
            if (socketDir.toString().length() > 80) { // unix socket paths are limited to 107 bytes
                socketDir = Files.createTempDirectory("tgpg");
            }
            if (asPostgresUser) {
                Exec.run(List.of("id", "-u", OS_USER), TIMEOUT);
                grantTraversal(baseDir);
                Exec.run(List.of("chown", "-R", OS_USER + ":", baseDir.toString(), socketDir.toString()), TIMEOUT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + baseDir, e);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Running as root needs the OS user `" + OS_USER + "`: " + e.getMessage(), e);
        }
        pg(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "-U", "postgres", "-N"));
        serverOptions = "-p " + port + " -k " + Exec.shellQuote(socketDir.toString())
                + " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=" + MAX_CONNECTIONS;
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", logFile.toString(),
                    "-w", "-t", "60", "-o", serverOptions, "start"));
        } catch (IllegalStateException e) {
            String failure = ProcessLogs.failure(e.getMessage(), logFile, 40);
            throw Ports.bindFailure(failure) ? new PortTakenException(failure) : new IllegalStateException(failure, e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            Exec.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(port),
                    "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                    "-c", "CREATE ROLE " + NAME + " LOGIN PASSWORD '" + NAME + "'",
                    "-c", "CREATE DATABASE " + NAME + " OWNER " + NAME), TIMEOUT);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Runs a PostgreSQL tool, as the {@code postgres} OS user when this JVM runs as root. */
    private void pg(List<String> command) {
        if (asPostgresUser) {
            Exec.run(List.of("su", OS_USER, "-s", "/bin/sh", "-c", "cd / && " + Exec.shellLine(command)), TIMEOUT);
        } else {
            Exec.run(command, TIMEOUT);
        }
    }

    /** Adds search (x) permission for others on the ancestors of {@code dir} that lack it, so postgres can reach it. */
    private static void grantTraversal(Path dir) throws IOException {
        List<Path> ancestors = new ArrayList<>();
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            ancestors.add(p);
        }
        for (Path p : ancestors) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(Exec.run(List.of("id", "-u"), Duration.ofSeconds(10)).trim());
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Stops the server at once, as a crash would ({@code pg_ctl stop -m immediate}): open connections break. */
    public synchronized void stopImmediately() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"));
    }

    /** Starts a stopped server again on the same port and data (crash recovery included). */
    public synchronized void startAgain() {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", logFile.toString(),
                "-w", "-t", "60", "-o", serverOptions, "start"));
    }

    /**
     * Freezes every process of the server (SIGSTOP): connections stay open and nothing answers, as a database host
     * that hangs. {@link #thaw()} lets them go on. The postmaster stops first, so no backend it forks while the
     * children are listed escapes: one that did would answer a client's probe while the rest hang.
     */
    public synchronized void freeze() {
        String postmaster = postmasterPid();
        Exec.run(List.of("kill", "-STOP", postmaster), TIMEOUT);
        awaitStopped(postmaster);
        List<String> children = children(postmaster);
        signal("-STOP", children);
        children.forEach(PostgresServer::awaitStopped);
    }

    /** Lets a frozen server go on (SIGCONT): its backends first, then the postmaster. */
    public synchronized void thaw() {
        String postmaster = postmasterPid();
        signal("-CONT", children(postmaster));
        Exec.run(List.of("kill", "-CONT", postmaster), TIMEOUT);
    }

    /** Signals processes of which some may have exited since they were listed (a backend whose client left). */
    private static void signal(String signal, List<String> pids) {
        if (!pids.isEmpty()) {
            String kill = "kill " + signal + " " + String.join(" ", pids) + " 2>/dev/null || true";
            Exec.run(List.of("sh", "-c", kill), TIMEOUT);
        }
    }

    private String postmasterPid() {
        try {
            return Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("No running server in " + dataDir, e);
        }
    }

    private static List<String> children(String pid) {
        List<String> pids = new ArrayList<>();
        for (String child : Exec.run(List.of("sh", "-c", "pgrep -P " + pid + " || true"), TIMEOUT).split("\\s+")) {
            if (!child.isBlank()) {
                pids.add(child.strip());
            }
        }
        return pids;
    }

    /** Waits (up to 5 s) until the kernel reports {@code pid} stopped, or gone. */
    private static void awaitStopped(String pid) {
        Path stat = Path.of("/proc", pid, "stat");
        long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < until) {
            try {
                String line = Files.readString(stat);
                String state = line.substring(line.lastIndexOf(')') + 2, line.lastIndexOf(')') + 3);
                if (state.equals("T") || state.equals("t") || state.equals("Z")) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                return; // gone, or no /proc to read: nothing more to wait for
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("Process " + pid + " of the database did not stop within 5 s");
    }

    /** Runs one SQL statement as the superuser on {@code database} and returns psql's unaligned, tuples-only output. */
    public String sql(String database, String statement) {
        return Exec.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p",
                String.valueOf(port), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-c", statement),
                TIMEOUT).strip();
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/taskgate}. */
    public String jdbcUrl() {
        return jdbcUrl(NAME);
    }

    /** Creates another, empty database owned by {@code taskgate} (name: lower-case letters, digits, _) and returns its URL. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        Exec.run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-h", "127.0.0.1", "-p", String.valueOf(port),
                "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1",
                "-c", "CREATE DATABASE " + name + " OWNER " + NAME), TIMEOUT);
        return jdbcUrl(name);
    }

    private String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The database role, {@code taskgate}. */
    public String user() {
        return NAME;
    }

    /** The role's password, {@code taskgate}. */
    public String password() {
        return NAME;
    }

    /** The database name, {@code taskgate}. */
    public String database() {
        return NAME;
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The cluster's data directory (deleted by {@link #close()}). */
    public Path dataDir() {
        return dataDir;
    }

    /** The server log. */
    public Path logFile() {
        return logFile;
    }

    /** Stops the server ({@code pg_ctl stop -m fast}) and deletes the data directory. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // shutting down, or the hook was never added
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"));
            }
        } finally {
            try {
                KeycloakDist.deleteRecursively(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + dataDir, e);
            }
        }
    }
}
