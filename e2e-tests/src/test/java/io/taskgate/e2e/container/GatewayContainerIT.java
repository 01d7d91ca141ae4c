package io.taskgate.e2e.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.admin.PluginStatus;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.pipeline.PipelineOrder;
import io.taskgate.core.application.pipeline.RegisteredStage;
import io.taskgate.core.application.pipeline.StageSource;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.quota.Admission;
import io.taskgate.core.domain.model.quota.Measure;
import io.taskgate.core.domain.model.quota.QuotaCharge;
import io.taskgate.core.domain.model.quota.QuotaWindow;
import io.taskgate.core.domain.model.quota.ReservationRequest;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.task.TaskRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import io.taskgate.core.infrastructure.persistence.JdbcQuotaLedger;
import io.taskgate.core.infrastructure.plugins.PluginRegistry;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.Config;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real gateway WAR ({@code platform-core}) deployed by Arquillian into a managed Payara Micro, with this class
 * added to it: the tests run inside the container on the gateway's own CDI beans, DataSource, JPA unit and
 * interceptor, which no unit test and no HTTP-only end-to-end test can reach. One test runs as a client over HTTP.
 * <p>
 * Started by {@code ./taskgate test} in its offline second phase, inside a fresh network namespace (Payara's
 * Hazelcast advertises the machine's non-loopback address, which Arquillian cannot use otherwise). The gateway gets
 * an H2 file database under {@code target/arquillian} and an empty plugins directory (see {@code arquillian.xml});
 * Keycloak and the upstream are never contacted.
 */
@ExtendWith(ArquillianExtension.class)
class GatewayContainerIT {

    private static final String MASTER_CHANGELOG = "db/changelog/db.changelog-master.xml";

    /** Runs on the client before Payara Micro starts: a fresh database for every run (arquillian.xml names it). */
    @Deployment
    static WebArchive gateway() throws IOException {
        String path = System.getProperty("taskgate.gateway.war");
        assertNotNull(path, "system property taskgate.gateway.war (set by the e2e-tests surefire configuration)");
        Path database = Path.of(System.getProperty("taskgate.arquillian.dir", "target/arquillian"), "h2");
        if (Files.isDirectory(database)) {
            try (Stream<Path> files = Files.walk(database)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        JavaArchive recorders = ShrinkWrap.create(JavaArchive.class, "arq-pipeline-trace.jar")
                .addClass(PipelineTrace.class);
        PipelineTrace.RECORDERS.forEach(recorder -> {
            recorders.addClass(recorder);
            recorders.addAsServiceProvider(recorder.getInterfaces()[0], recorder);
        });
        return ShrinkWrap.create(ZipImporter.class, "taskgate-gateway.war").importFrom(new File(path))
                .as(WebArchive.class)
                .addClasses(GatewayContainerIT.class, PipelineProbe.class)
                .addAsLibrary(recorders);
    }

    @Resource(lookup = "java:app/jdbc/taskgate")
    DataSource dataSource;

    @Inject
    Config config;

    @Inject
    ServletContext servletContext;

    @Inject
    TaskRepository tasks;

    @Inject
    TenantRepository tenants;

    @Inject
    UserTransaction transaction;

    @Inject
    StageSource stageSource;

    @Inject
    PluginRegistry registry;

    @Inject
    PipelineProbe probe;

    @ArquillianResource
    URL baseUrl;

    @Test
    void liquibaseRanEveryChangesetOfTheWarOnTheContainersDataSourceUpToTheNewest() throws Exception {
        // every changelog file the WAR carries is included by the master changelog, in the order of its number
        List<String> files = servletContext.getResourcePaths("/WEB-INF/classes/db/changelog/").stream()
                .map(p -> p.substring("/WEB-INF/classes/".length()))
                .filter(p -> p.endsWith(".xml") && !p.equals(MASTER_CHANGELOG)).sorted().toList();
        assertTrue(files.contains("db/changelog/009-task-quota.xml"), "changelog files in the WAR: " + files);
        assertEquals(files, includes(MASTER_CHANGELOG), "files included by " + MASTER_CHANGELOG);
        String newestFile = files.get(files.size() - 1);

        boolean demo = config.getOptionalValue("taskgate.demo-data", Boolean.class).orElse(true);
        List<String> declared = declaredChangesets(demo ? "demo" : "production");
        String newest = declared.get(declared.size() - 1);
        assertTrue(newest.startsWith(newestFile + "::"), "last changeset " + newest + " is from " + newestFile);

        List<String> executed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT filename, id, exectype FROM databasechangelog ORDER BY orderexecuted");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                assertEquals("EXECUTED", rows.getString("exectype"), rows.getString("id"));
                executed.add(rows.getString("filename") + "::" + rows.getString("id"));
            }
        }
        assertEquals(declared, executed, "changesets in DATABASECHANGELOG, in the order they ran");
        assertEquals(newest, executed.get(executed.size() - 1), "the newest changeset ran last");
    }

    @Test
    void aTaskWithItsOwnQuotaRoundTripsThroughJpaInANewTransaction() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String tenantId = "arq-" + suffix;
        String taskId = "arq-task-" + suffix;
        tenants.add(new Tenant(tenantId, "Arquillian tenant", ZoneId.of("Europe/Berlin"), 30));
        Task task = new Task(taskId, tenantId, "Checkout rewrite", "Port the checkout to the new API", true,
                Set.of("code", "review"));
        TaskQuota quota = new TaskQuota(50_000L, 900_000L, new BigDecimal("12.5"), BudgetPeriod.WEEK);
        task.limit(quota);
        tasks.add(task);

        transaction.begin();
        Task found;
        try {
            found = tasks.find(new TaskId(taskId)).orElseThrow(() -> new AssertionError("task " + taskId + " not found"));
        } finally {
            transaction.commit();
        }
        assertNotSame(task, found, "read back from the database, not the persisted instance");
        assertEquals(taskId, found.id());
        assertEquals(tenantId, found.tenantId());
        assertEquals("Checkout rewrite", found.name());
        assertEquals("Port the checkout to the new API", found.description());
        assertTrue(found.isOpen());
        assertEquals(Set.of("code", "review"), found.expectedIntents());
        TaskQuota read = found.quota();
        assertEquals(50_000L, read.dailyTokens());
        assertEquals(900_000L, read.monthlyTokens());
        assertEquals(0, new BigDecimal("12.5").compareTo(read.budgetUsd()), "budget " + read.budgetUsd());
        assertEquals(BudgetPeriod.WEEK, read.budgetPeriod());

        // and in the columns Liquibase 009 added, as plain SQL sees them
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT quota_daily_tokens, quota_monthly_tokens,"
                     + " quota_budget_usd, quota_budget_period FROM task WHERE id = ?")) {
            query.setString(1, taskId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "row of task " + taskId);
                assertEquals(50_000L, row.getLong(1));
                assertEquals(900_000L, row.getLong(2));
                assertEquals(0, new BigDecimal("12.5").compareTo(row.getBigDecimal(3)));
                assertEquals("WEEK", row.getString(4));
            }
        }
    }

    @Test
    void theInterceptorRunsTheRegistrysStageFamiliesInTheOneOrderAroundTheUpstreamCall() {
        List<String> literalOrder = List.of("task-policy", "quota", "misuse-pre", PipelineTrace.UPSTREAM_CALL,
                "misuse-post", "settlement");
        assertEquals(literalOrder, PipelineOrder.ORDER.stream()
                .map(step -> step.isUpstreamCall() ? PipelineTrace.UPSTREAM_CALL : step.family().configKey()).toList(),
                "PipelineOrder.ORDER");

        // the built-in stages, found by ServiceLoader in the WAR, are active in the registry the interceptor uses
        Map<StageFamily, List<String>> builtins = new LinkedHashMap<>();
        builtins.put(StageFamily.TASK_POLICY, List.of("grants"));
        builtins.put(StageFamily.QUOTA, List.of("limits"));
        builtins.put(StageFamily.MISUSE_PRE, List.of());
        builtins.put(StageFamily.MISUSE_POST, List.of("usage-patterns", "deviation-score"));
        builtins.put(StageFamily.SETTLEMENT, List.of("pricing", "limits"));
        builtins.forEach((family, ids) -> {
            List<String> active = stageSource.stages(family).stream().map(RegisteredStage::pluginId)
                    .filter(id -> !id.equals(PipelineTrace.RECORDER_ID)).toList();
            assertEquals(ids, active, family + " stages, in their order");
            stageSource.stages(family).forEach(stage -> assertEquals(family, stage.family(), stage.pluginId()));
        });
        List<PluginStatus> builtinStatuses = registry.statuses().stream()
                .filter(s -> "builtin".equals(s.source()) && !s.id().equals(PipelineTrace.RECORDER_ID)).toList();
        assertEquals(6, builtinStatuses.size(), builtinStatuses.toString());
        builtinStatuses.forEach(s -> assertEquals("active", s.state(), s.family() + "/" + s.id() + ": " + s.problem()));

        // one exchange through the real interceptor: every family once, in the literal order, around the call
        Caller caller = new Caller("arq-subject", PipelineTrace.PROBE_USER, Caller.AuthKind.TOKEN, null,
                Set.of("acme"), Set.of("acme-checkout"), Set.of(Endpoint.CHAT_COMPLETIONS.claimName()), Set.of(),
                Set.of());
        TaskInfo task = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of());
        ProxyExchange exchange = new ProxyExchange(Instant.now(), System.nanoTime(), caller, task,
                Endpoint.CHAT_COMPLETIONS, ProxyExchange.ProxyRequestBody.EMPTY);
        UpstreamOutcome outcome = probe.call(exchange);

        assertInstanceOf(UpstreamOutcome.Answered.class, outcome, "no stage refused: " + outcome);
        assertEquals(literalOrder, PipelineTrace.of(exchange.requestId()), "steps of one exchange");
        // the built-in stages ran too (they reach their CDI beans from ServiceLoader instances) and none failed
        registry.statuses().stream().filter(s -> "builtin".equals(s.source()))
                .forEach(s -> assertEquals(0, s.failures(), s.family() + "/" + s.id() + " failures"));
    }

    @Test
    void theQuotaLedgerOnTheContainersDataSourceRefusesAChargePastItsLimitAndReservesNothingThen() throws Exception {
        JdbcQuotaLedger ledger = new JdbcQuotaLedger(dataSource, Clock.systemUTC());
        String member = "arq-member-" + UUID.randomUUID();
        QuotaWindow day = QuotaWindow.of(BudgetPeriod.DAY, ZoneOffset.UTC, Instant.now());
        QuotaWindow minute = QuotaWindow.of(BudgetPeriod.MINUTE, ZoneOffset.UTC, Instant.now());
        QuotaCharge sixtyOfHundred = new QuotaCharge("tokens:day", Measure.TOKENS, day, 60, 100);

        Admission first = ledger.reserve(new ReservationRequest(member, List.of(sixtyOfHundred)));
        assertInstanceOf(Admission.Admitted.class, first, "60 of 100 tokens: " + first);
        assertEquals(60, reserved(member, "tokens:day", day));

        Admission second = ledger.reserve(new ReservationRequest(member, List.of(sixtyOfHundred)));
        Admission.Refused refused = assertInstanceOf(Admission.Refused.class, second, "60 more of 100: " + second);
        assertEquals("tokens:day", refused.charge().metric());
        assertEquals(60, refused.used());
        assertEquals("quota_exceeded", refused.charge().measure().refusalCode());
        assertTrue(refused.retryAfterSeconds() >= 1 && refused.retryAfterSeconds() <= Duration.ofDays(1).toSeconds());
        assertEquals(60, reserved(member, "tokens:day", day), "a refused charge reserves nothing");

        // all or nothing: a request whose second counter (in lock order) has no room leaves the first as it was
        QuotaCharge fits = new QuotaCharge("tokens:day", Measure.TOKENS, day, 30, 100);
        QuotaCharge full = new QuotaCharge("tokens:minute:gpt-4o-mini", Measure.TOKENS_PER_MINUTE, minute, 30, 10);
        ReservationRequest both = new ReservationRequest(member, List.of(full, fits));
        assertEquals(List.of(fits, full), both.charges(), "lock order");
        Admission bothAdmission = ledger.reserve(both);
        assertEquals("tokens:minute:gpt-4o-mini", assertInstanceOf(Admission.Refused.class, bothAdmission,
                "second counter full: " + bothAdmission).charge().metric());
        assertEquals(60, reserved(member, "tokens:day", day), "the first counter was rolled back");
    }

    @Test
    @RunAsClient
    void chatCompletionsWithoutCredentialsAreRefused401WithTheOpenAiErrorBody() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl.toString()).resolve("v1/chat/completions"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Task-Id", "acme-checkout")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().map().toString());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
                response.headers().map().toString());
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(Set.of("error"), fieldNames(body), response.body());
        JsonNode error = body.get("error");
        assertTrue(fieldNames(error).containsAll(Set.of("message", "type", "code")), response.body());
        assertFalse(error.get("message").asText().isBlank(), response.body());
        assertEquals("authentication_error", error.get("type").asText(), response.body());
        assertEquals("missing_credentials", error.get("code").asText(), response.body());
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private long reserved(String member, String metric, QuotaWindow window) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT used + reserved FROM quota_counter"
                     + " WHERE member_key = ? AND metric = ? AND window_start = ?")) {
            query.setString(1, member);
            query.setString(2, metric);
            query.setLong(3, window.start().getEpochSecond());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "counter " + member + " " + metric);
                return row.getLong(1);
            }
        }
    }

    /**
     * {@code filename::id} of every changeset the WAR's master changelog includes, in order, that runs in
     * {@code context} (a changeset without a context always runs).
     */
    private static List<String> declaredChangesets(String context) throws Exception {
        List<String> changesets = new ArrayList<>();
        for (String file : includes(MASTER_CHANGELOG)) {
            NodeList sets = parse(file).getElementsByTagNameNS("*", "changeSet");
            for (int i = 0; i < sets.getLength(); i++) {
                Element set = (Element) sets.item(i);
                String only = set.getAttribute("context");
                if (only.isEmpty() || only.equals(context)) {
                    changesets.add(file + "::" + set.getAttribute("id"));
                }
            }
        }
        return changesets;
    }

    private static List<String> includes(String master) throws Exception {
        NodeList nodes = parse(master).getElementsByTagNameNS("*", "include");
        List<String> files = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            files.add(((Element) nodes.item(i)).getAttribute("file"));
        }
        return files;
    }

    private static Element parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (InputStream in = GatewayContainerIT.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource + " in the deployed WAR");
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        }
    }
}
