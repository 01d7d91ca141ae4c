package io.taskgate.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/** Runs a Keycloak {@value #VERSION} dev server ({@code kc.sh start-dev}) with the Taskgate realm imported. */
public final class KeycloakServer implements AutoCloseable {

    /** The Keycloak version this fixture targets. */
    public static final String VERSION = "26.7.3";
    /** The realm defined by {@code keycloak-realm/taskgate-realm.json}. */
    public static final String REALM = "taskgate";
    /** Classpath location of the bundled realm export. */
    public static final String BUNDLED_REALM = "/io/taskgate/devstack/taskgate-realm.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOG_LINES = 40;

    private final Options options;
    private final Path home;
    private final Process process;
    private final HttpClient http;
    private final Thread shutdownHook;
    private volatile long startupMillis;
    private volatile boolean closed;

    private KeycloakServer(Options options, Path home, Process process, HttpClient http) {
        this.options = options;
        this.home = home;
        this.process = process;
        this.http = http;
        this.shutdownHook = new Thread(this::stopProcesses, "keycloak-shutdown-" + options.httpPort);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Options for {@link #start(Options)}; every setter returns {@code this}. */
    public static final class Options {
        private Path distZip = defaultDistZip();
        private Path installDir = defaultInstallDir();
        private Path realmFile;
        private int httpPort = 8180;
        private int managementPort;
        private Path logFile;
        private Path javaHome;
        private boolean freshRealm = true;
        private String realm = REALM;
        private Duration startTimeout = Duration.ofSeconds(180);
        private String adminUsername = "admin";
        private String adminPassword = "admin";
        private final List<String> extraArgs = new ArrayList<>();
        private IntSupplier ports = Ports::free;

        /** The distribution zip; default {@link #defaultDistZip()}. */
        public Options distZip(Path value) { distZip = value; return this; }
        /** Where the zip is unzipped once and cached; default {@link #defaultInstallDir()}. */
        public Options installDir(Path value) { installDir = value; return this; }
        /** Realm export to import; {@code null} (default) imports the bundled {@code taskgate-realm.json}. */
        public Options realmFile(Path value) { realmFile = value; return this; }
        /** HTTP port on 127.0.0.1; default 8180, 0 picks a free one. */
        public Options httpPort(int value) { httpPort = value; return this; }
        /** Management interface port (KC default 9000); default 0 picks a free one. */
        public Options managementPort(int value) { managementPort = value; return this; }
        /** Server log file (stdout and stderr, truncated at start); default {@code <installDir>.log}. */
        public Options logFile(Path value) { logFile = value; return this; }
        /** JDK to run Keycloak with; default this JVM's {@code java.home}. */
        public Options javaHome(Path value) { javaHome = value; return this; }
        /** Deletes {@code data/h2} before starting so the realm is imported anew; default true. */
        public Options freshRealm(boolean value) { freshRealm = value; return this; }
        /** Realm whose discovery document signals readiness; default {@value KeycloakServer#REALM}. */
        public Options realm(String value) { realm = value; return this; }
        /** How long to wait for the realm to answer; default 180 s. */
        public Options startTimeout(Duration value) { startTimeout = value; return this; }
        /** Bootstrap admin of the master realm; default admin/admin. */
        public Options admin(String username, String password) { adminUsername = username; adminPassword = password; return this; }
        /** Appends raw {@code kc.sh start-dev} arguments. */
        public Options extraArg(String arg) { extraArgs.add(arg); return this; }
        /** Where ports left at 0 come from; default {@link Ports#free()}. */
        Options ports(IntSupplier value) { ports = value; return this; }
    }

    /** Returns new default {@link Options}. */
    public static Options options() {
        return new Options();
    }

    /** The zip from system property {@code keycloak.dist.zip}, else the one in the local Maven repository. */
    public static Path defaultDistZip() {
        String property = System.getProperty("keycloak.dist.zip");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "keycloak",
                "keycloak-quarkus-dist", VERSION, "keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    /** {@code ~/.cache/taskgate/keycloak-<version>}. */
    public static Path defaultInstallDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "taskgate", "keycloak-" + VERSION);
    }

    /** Opens the realm export bundled in this jar. */
    public static InputStream bundledRealm() {
        InputStream in = KeycloakServer.class.getResourceAsStream(BUNDLED_REALM);
        if (in == null) {
            throw new IllegalStateException("Realm export " + BUNDLED_REALM + " is not on the classpath");
        }
        return in;
    }

    /**
     * Unzips (if needed), prepares the realm import and starts Keycloak, waiting until the realm answers. Ports left at
     * 0 are chosen here, and chosen anew when another process takes one before Keycloak listens on it.
     */
    public static KeycloakServer start(Options options) {
        boolean chooseHttp = options.httpPort == 0;
        boolean chooseManagement = options.managementPort == 0;
        if (!chooseHttp && Ports.inUse(options.httpPort)) {
            throw new IllegalStateException("Port " + options.httpPort + " on 127.0.0.1 is already in use");
        }
        if (!chooseHttp && !chooseManagement) {
            return launch(options);
        }
        return Ports.startOnFreshPorts("Keycloak", () -> {
            if (chooseHttp) {
                options.httpPort = options.ports.getAsInt();
            }
            if (chooseManagement) {
                options.managementPort = options.ports.getAsInt();
            }
            return launch(options);
        });
    }

    private static KeycloakServer launch(Options options) {
        long begin = System.nanoTime();
        Path home = KeycloakDist.install(options.distZip, options.installDir);
        options.logFile = options.logFile == null
                ? home.resolveSibling(home.getFileName() + ".log")
                : options.logFile.toAbsolutePath();
        try {
            prepareData(home, options);
            Files.createDirectories(options.logFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home.resolve("data"), e);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + options.httpPort,
                "--http-host=127.0.0.1",
                "--hostname=http://localhost:" + options.httpPort,
                "--http-management-port=" + options.managementPort,
                "--import-realm"));
        command.addAll(options.extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(options.logFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", options.adminUsername);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", options.adminPassword);
        env.put("JAVA_HOME", (options.javaHome != null ? options.javaHome : Path.of(System.getProperty("java.home"))).toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        }
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        KeycloakServer server = new KeycloakServer(options, home, process, http);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.startupMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin);
        return server;
    }

    private static void prepareData(Path home, Options options) throws IOException {
        Path data = home.resolve("data");
        Path importDir = data.resolve("import");
        if (options.freshRealm) {
            KeycloakDist.deleteRecursively(data.resolve("h2"));
            KeycloakDist.deleteRecursively(importDir);
        }
        Files.createDirectories(importDir);
        Path target = importDir.resolve("taskgate-realm.json");
        if (options.realmFile != null) {
            if (!Files.isRegularFile(options.realmFile)) {
                throw new IllegalStateException("Realm file not found: " + options.realmFile);
            }
            Files.copy(options.realmFile, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            try (InputStream in = bundledRealm()) {
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + options.startTimeout.toNanos();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String failure = ProcessLogs.failure("Keycloak exited with code " + process.exitValue()
                        + " before it was ready", options.logFile, LOG_LINES);
                throw Ports.bindFailure(failure) ? new PortTakenException(failure) : new IllegalStateException(failure);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery)
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException(ProcessLogs.failure("Keycloak did not answer " + discovery + " within "
                + options.startTimeout.toSeconds() + " s", options.logFile, LOG_LINES));
    }

    /** {@code http://localhost:<httpPort>}. */
    public String baseUrl() {
        return "http://localhost:" + options.httpPort;
    }

    /** {@code http://localhost:<httpPort>/realms/taskgate}: the {@code iss} of the realm's tokens. */
    public String issuer() {
        return baseUrl() + "/realms/" + options.realm;
    }

    /** The realm's token endpoint. */
    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The realm's JSON Web Key Set. */
    public String jwksUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The realm's device authorization endpoint. */
    public String deviceAuthorizationEndpoint() {
        return issuer() + "/protocol/openid-connect/auth/device";
    }

    /** The HTTP port. */
    public int httpPort() {
        return options.httpPort;
    }

    /** The management interface port. */
    public int managementPort() {
        return options.managementPort;
    }

    /** The unzipped distribution in use. */
    public Path home() {
        return home;
    }

    /** The server log file. */
    public Path logFile() {
        return options.logFile;
    }

    /** Milliseconds from {@link #start(Options)} until the realm answered (unzip included). */
    public long startupMillis() {
        return startupMillis;
    }

    /** Resource owner password grant; returns the access token. */
    public String passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        return tokenRequest(form).get("access_token").asText();
    }

    /** Client credentials grant for a confidential client; returns the access token. */
    public String clientCredentialsGrant(String clientId, String clientSecret) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret);
        return tokenRequest(form).get("access_token").asText();
    }

    /**
     * Points the realm's e-mail settings ({@code smtpServer}) at an SMTP server, through the master realm's admin API
     * as the bootstrap admin, so that Keycloak sends its own e-mails (execute actions, verify e-mail) there.
     */
    public void configureSmtp(String host, int port, String from) {
        Map<String, String> login = new LinkedHashMap<>();
        login.put("grant_type", "password");
        login.put("client_id", "admin-cli");
        login.put("username", options.adminUsername);
        login.put("password", options.adminPassword);
        String token = postForm(baseUrl() + "/realms/master/protocol/openid-connect/token", login)
                .get("access_token").asText();
        Map<String, String> smtp = new LinkedHashMap<>();
        smtp.put("host", host);
        smtp.put("port", Integer.toString(port));
        smtp.put("from", from);
        smtp.put("fromDisplayName", "Taskgate");
        String url = baseUrl() + "/admin/realms/" + options.realm;
        try {
            String body = JSON.writeValueAsString(Map.of("smtpServer", smtp));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 204) {
                throw new IllegalStateException("PUT " + url + " answered " + answer.statusCode() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("PUT " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during PUT " + url, e);
        }
    }

    /** POSTs {@code form} to the token endpoint and returns the JSON answer; throws unless it is 200. */
    public JsonNode tokenRequest(Map<String, String> form) {
        return postForm(tokenEndpoint(), form);
    }

    /** POSTs an URL-encoded form and returns the JSON answer; throws unless it is 200. */
    public JsonNode postForm(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("POST " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during POST " + url, e);
        }
    }

    /** Stops kc.sh and its java descendants and waits for them to exit. */
    @Override
    public void close() {
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // JVM already shutting down
        }
    }

    private synchronized void stopProcesses() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().collect(Collectors.toList()));
        tree.add(0, process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        if (!awaitExit(tree, Duration.ofSeconds(30))) {
            tree.forEach(ProcessHandle::destroyForcibly);
            awaitExit(tree, Duration.ofSeconds(10));
        }
    }

    private static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (ProcessHandle handle : handles) {
            while (handle.isAlive()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                sleep(100);
            }
        }
        return true;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
