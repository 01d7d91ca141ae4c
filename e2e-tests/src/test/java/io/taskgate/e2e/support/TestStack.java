package io.taskgate.e2e.support;

import io.taskgate.devstack.DemoMail;
import io.taskgate.devstack.KeycloakServer;
import io.taskgate.devstack.PayaraServer;
import io.taskgate.devstack.PostgresServer;
import io.taskgate.simulator.OpenAiSimulator;
import io.taskgate.simulator.SimulatorConfig;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the end-to-end suites need, started once per test run and stopped when the run ends:
 * Keycloak with the taskgate realm, the upstream simulator, PostgreSQL, and three gateways on Payara Micro,
 * one on an H2 file database and two sharing PostgreSQL (as instances behind a load balancer would), all with the
 * example plugin in their plugins directory.
 */
public final class TestStack implements ExtensionContext.Store.CloseableResource {

    /** Settings both gateways run with, short enough for tests to see timeouts. */
    public static final int MAX_BODY_BYTES = 65_536;
    public static final int PROMPT_SIZE_LIMIT = 3_000;
    /** The keyword detector's one rule in the suite: its label and the word it matches; globex refuses it. */
    public static final String KEYWORD_RULE = "e2e-probe";
    public static final String KEYWORD_PROBE = "zzprobe-forbidden";
    public static final int UPSTREAM_TIMEOUT_MS = 2_500;
    public static final int STREAM_IDLE_TIMEOUT_MS = 1_500;
    public static final int PLUGIN_TIMEOUT_MS = 500;
    /** Only the PostgreSQL gateway talks to its upstream as if it were Azure OpenAI. */
    public static final String POSTGRES_GATEWAY_API_VERSION = "2024-10-21";
    /** The request-path pool of each PostgreSQL gateway; two of them and their admin pools fit max_connections. */
    public static final int DB_POOL_MAX_SIZE = 12;

    private static volatile TestStack current;

    private final KeycloakServer keycloak;
    private final OpenAiSimulator simulator;
    private final PostgresServer postgres;
    private final PayaraServer h2Gateway;
    private final PayaraServer postgresGateway;
    private final PayaraServer secondPostgresGateway;
    private final PayaraServer web;
    private final DemoMail mail;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    private record CachedToken(String value, long fetchedAt) {
    }

    private TestStack(KeycloakServer keycloak, OpenAiSimulator simulator, PostgresServer postgres,
                      PayaraServer h2Gateway, PayaraServer postgresGateway, PayaraServer secondPostgresGateway,
                      PayaraServer web, DemoMail mail) {
        this.mail = mail;
        this.keycloak = keycloak;
        this.simulator = simulator;
        this.postgres = postgres;
        this.h2Gateway = h2Gateway;
        this.postgresGateway = postgresGateway;
        this.secondPostgresGateway = secondPostgresGateway;
        this.web = web;
    }

    static TestStack startOrGet(ExtensionContext context) {
        current = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(TestStack.class, k -> start(), TestStack.class);
        return current;
    }

    public static TestStack current() {
        if (current == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(StackExtension.class)");
        }
        return current;
    }

    private static TestStack start() {
        try {
            Path work = Path.of(System.getProperty("taskgate.work", "target/stack")).toAbsolutePath();
            Path root = Path.of(System.getProperty("taskgate.project.root", "..")).toAbsolutePath();
            deleteRecursively(work);
            Files.createDirectories(work);
            KeycloakServer.Options keycloakOptions = KeycloakServer.options().httpPort(0)
                    .realmFile(root.resolve("keycloak-realm/taskgate-realm.json")).logFile(work.resolve("keycloak.log"));
            String keycloakHome = System.getProperty("taskgate.keycloak.installDir", "");
            if (!keycloakHome.isBlank()) {
                keycloakOptions.installDir(Path.of(keycloakHome)); // lets two checkouts run their suites side by side
            }
            CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakServer.start(keycloakOptions));
            PostgresServer postgres = PostgresServer.start(work.resolve("postgres"));
            OpenAiSimulator simulator = OpenAiSimulator.start(SimulatorConfig.defaults());
            Path plugins = Files.createDirectories(work.resolve("plugins"));
            Path pluginJar = Path.of(System.getProperty("taskgate.plugin.jar"));
            Files.copy(pluginJar, plugins.resolve(pluginJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Path faultJar = Path.of(System.getProperty("taskgate.fault.plugin.jar"));
            Files.copy(faultJar, plugins.resolve(faultJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            installDetectors(plugins);
            KeycloakServer kc = keycloak.join();
            // The realm sends its e-mails (invitations) to an in-process SMTP server; the H2 gateway invites by
            // e-mail, the PostgreSQL gateways with one-time activation codes (no SMTP).
            DemoMail mail = DemoMail.start(0, 0);
            kc.configureSmtp(mail.smtpHost(), mail.smtpPort(), "taskgate@taskgate.example");
            CompletableFuture<PayaraServer> h2 = CompletableFuture.supplyAsync(() -> gateway(work.resolve("gateway-h2"),
                    kc, simulator, plugins, Map.of("TASKGATE_DB_URL",
                            "jdbc:h2:file:" + work.resolve("gateway-h2/data/taskgate") + ";DB_CLOSE_ON_EXIT=FALSE",
                            "TASKGATE_INVITATIONS_DELIVERY", "email")));
            // The console starts once its gateway is up, so each has a port of its own choosing; two chains of two
            // boots (H2 gateway then console, PostgreSQL gateway then its twin) keep both cores busy.
            CompletableFuture<PayaraServer> web = h2.thenApplyAsync(gateway -> web(work.resolve("web"), kc,
                    gateway.baseUrl()));
            Map<String, String> pgSettings = Map.of(
                    "TASKGATE_DB_DATASOURCE_CLASS", "org.postgresql.ds.PGSimpleDataSource",
                    // driver deadlines for the application server's pool (JPA), as docs/operations.md advises
                    "TASKGATE_DB_URL", postgres.jdbcUrl() + "?connectTimeout=3&loginTimeout=3&socketTimeout=5",
                    "TASKGATE_DB_POOL_MAX_SIZE", Integer.toString(DB_POOL_MAX_SIZE),
                    "GATEWAY_QUOTA_INSTANCE_DEAD_AFTER_S", "10",
                    "TASKGATE_DB_USER", postgres.user(),
                    "TASKGATE_DB_PASSWORD", postgres.password(),
                    "UPSTREAM_API_VERSION", POSTGRES_GATEWAY_API_VERSION);
            CompletableFuture<PayaraServer> pg = CompletableFuture.supplyAsync(() -> gateway(work.resolve("gateway-pg"),
                    kc, simulator, plugins, pgSettings));
            // The second instance on the same database starts once the first has migrated the schema: two Liquibase
            // runs racing on an empty database can both try to create Liquibase's own lock table.
            CompletableFuture<PayaraServer> pg2 = pg.thenApplyAsync(first -> gateway(work.resolve("gateway-pg2"),
                    kc, simulator, plugins, pgSettings));
            try {
                return new TestStack(kc, simulator, postgres, h2.join(), pg.join(), pg2.join(), web.join(), mail);
            } catch (RuntimeException e) {
                for (CompletableFuture<PayaraServer> server : List.of(h2, pg, pg2, web)) {
                    server.handle((started, failure) -> started).join();
                    PayaraServer started = server.isCompletedExceptionally() ? null : server.join();
                    if (started != null) {
                        started.close();
                    }
                }
                simulator.stop();
                postgres.close();
                mail.close();
                kc.close();
                throw e;
            }
        } catch (Exception e) {
            throw new IllegalStateException("The test stack could not start: " + e.getMessage(), e);
        }
    }

    /** Keyword and moderation detectors as JARs, the embedding classifier as a plugin directory (linked, 195 MB). */
    private static void installDetectors(Path plugins) throws java.io.IOException {
        for (String jar : System.getProperty("taskgate.detector.jars", "").split(",")) {
            if (!jar.isBlank()) {
                Path source = Path.of(jar.strip());
                Files.copy(source, plugins.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        String embedding = System.getProperty("taskgate.embedding.plugin.dir", "");
        if (!embedding.isBlank()) {
            Path source = Path.of(embedding).toAbsolutePath();
            if (!Files.isDirectory(source)) {
                throw new IllegalStateException("No embedding-classifier plugin directory at " + source + " (build it first)");
            }
            Path target = Files.createDirectories(plugins.resolve(source.getFileName()));
            try (var jars = Files.list(source)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    Files.createSymbolicLink(target.resolve(jar.getFileName()), jar);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static PayaraServer gateway(Path dir, KeycloakServer keycloak, OpenAiSimulator simulator, Path plugins,
                                        Map<String, String> database) {
        try {
            PayaraServer.Options options = PayaraServer.options()
                    .payaraJar(Path.of(System.getProperty("taskgate.payara.jar")))
                    .war(Path.of(System.getProperty("taskgate.gateway.war")))
                    .port(0)
                    .workDir(dir)
                    .env("UPSTREAM_BASE_URL", simulator.baseUrl())
                    .env("UPSTREAM_API_KEY", simulator.config().apiKey())
                    .env("UPSTREAM_TIMEOUT_MS", Integer.toString(UPSTREAM_TIMEOUT_MS))
                    .env("UPSTREAM_STREAM_IDLE_TIMEOUT_MS", Integer.toString(STREAM_IDLE_TIMEOUT_MS))
                    .env("OIDC_ISSUER", keycloak.issuer())
                    .env("OIDC_JWKS_MIN_REFETCH_SECONDS", "1")
                    .env("GATEWAY_PLUGINS_DIR", plugins.toString())
                    .env("GATEWAY_TASK_POLICY_PROMPT_SIZE_MAX_CHARS", Integer.toString(PROMPT_SIZE_LIMIT))
                    .env("GATEWAY_PLUGINS_TIMEOUT_MS", Integer.toString(PLUGIN_TIMEOUT_MS))
                    // the local classifier may take longer than the suite's short budget on a loaded machine
                    .env("GATEWAY_MISUSE_PRE_EMBEDDING_TIMEOUT_MS", "10000")
                    // DetectorsBesideTheCallIT's slow-scorer fixture sleeps up to 4 s on request
                    .env("GATEWAY_MISUSE_PRE_SLOW_SCORER_TIMEOUT_MS", "10000")
                    // incidental deviations of the other suites never block their users; MisuseDetectionIT sets
                    // its tenant's threshold explicitly
                    .env("GATEWAY_MISUSE_DEFAULTS_THRESHOLD", "1000")
                    .env("GATEWAY_MISUSE_PRE_KEYWORDS_PATTERNS", KEYWORD_RULE + "=" + KEYWORD_PROBE)
                    .env("GATEWAY_MISUSE_PRE_KEYWORDS_TENANT_GLOBEX_ACTION", "refuse")
                    // Installed but off: the simulator's control tokens ([sim:delay-ms=..], [sim:status=..]) would
                    // apply to its /moderations answers too and change the timing of the suite's upstream tests.
                    // The module's own tests run it against the simulator.
                    .env("GATEWAY_MISUSE_PRE_MODERATION_ENABLED", "false")
                    .env("GATEWAY_PROXY_MAX_BODY_BYTES", Integer.toString(MAX_BODY_BYTES));
            database.forEach(options::env);
            return options.start();
        } catch (Exception e) {
            throw new IllegalStateException("Gateway in " + dir + " could not start: " + e.getMessage(), e);
        }
    }

    private static PayaraServer web(Path dir, KeycloakServer keycloak, String gatewayUrl) {
        try {
            return PayaraServer.options()
                    .payaraJar(Path.of(System.getProperty("taskgate.payara.jar")))
                    .war(Path.of(System.getProperty("taskgate.web.war")))
                    .port(0).workDir(dir).jvmArg("-Xmx384m")
                    .env("OIDC_ISSUER", keycloak.issuer())
                    .env("WEB_GATEWAY_URL", gatewayUrl)
                    .readyWhen("/index.html", 200)
                    .start();
        } catch (Exception e) {
            throw new IllegalStateException("Web console could not start: " + e.getMessage(), e);
        }
    }

    /** The PrimeFaces console, talking to the H2 gateway. */
    public PayaraServer web() {
        return web;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    /** The SMTP server the realm sends its e-mails to, and what it received. */
    public DemoMail mail() {
        return mail;
    }

    public OpenAiSimulator simulator() {
        return simulator;
    }

    public PayaraServer h2Gateway() {
        return h2Gateway;
    }

    public PayaraServer postgresGateway() {
        return postgresGateway;
    }

    /** A second gateway instance on the same PostgreSQL database as {@link #postgresGateway()}. */
    public PayaraServer secondPostgresGateway() {
        return secondPostgresGateway;
    }

    /** The PostgreSQL server both PostgreSQL gateways use, for tests that read or set rows directly. */
    public PostgresServer postgres() {
        return postgres;
    }

    /** An access token for a demo user (password {@code <user>-pass}), reused for ten minutes. */
    public String token(String username) {
        long now = System.currentTimeMillis();
        CachedToken cached = tokens.get(username);
        if (cached == null || now - cached.fetchedAt() > 600_000) {
            cached = new CachedToken(keycloak.passwordGrant("taskgate-cli", username, username + "-pass"), now);
            tokens.put(username, cached);
        }
        return cached.value();
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[]{web, h2Gateway, postgresGateway, secondPostgresGateway, simulator::stop, postgres, mail, keycloak}) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("While stopping the test stack: " + e);
            }
        }
    }
}
