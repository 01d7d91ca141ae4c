package io.taskgate.plugins.keywords;

import io.taskgate.api.testing.TestExchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordDetectorFactoryTest {

    static PluginConfig config(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }

    static Stage stage(Map<String, String> values) {
        KeywordDetectorFactory factory = new KeywordDetectorFactory();
        factory.init(config(values));
        return factory.create();
    }

    @Test
    void isRegisteredAsAPreCallMisuseFactory() {
        List<String> ids = ServiceLoader.load(PreCallMisuseStageFactory.class).stream()
                .map(p -> p.get().id()).toList();
        assertEquals(List.of("keywords"), ids);
        KeywordDetectorFactory factory = new KeywordDetectorFactory();
        assertEquals(StageFamily.MISUSE_PRE, factory.family());
        assertTrue(factory.configMetadata().stream().anyMatch(p -> p.name().equals("enabled")));
        assertTrue(factory.configMetadata().stream().anyMatch(p -> p.name().equals("tenant.<tenantId>.patterns")));
        assertTrue(factory.configMetadata().stream().anyMatch(p -> p.name().equals("default-rules")));
    }

    @Test
    void withoutPatternsTheDefaultRulesReportButDoNotRefuse() {
        TestExchange exchange = TestExchange.of("acme", "play poker at the casino");
        assertFalse(stage(Map.of()).apply(exchange).refused());
        assertEquals("gambling", exchange.findings().get(0).label());
        assertTrue(exchange.findings().get(0).evidence().contains("(default)"), exchange.findings().get(0).evidence());
    }

    @Test
    void anEmptyPatternsSettingOrDefaultRulesFalseTurnsTheDefaultRulesOff() {
        for (Map<String, String> off : List.of(Map.of("patterns", ""), Map.of("default-rules", "false"))) {
            TestExchange exchange = TestExchange.of("acme", "play poker at the casino, then plan my vacation");
            assertFalse(stage(off).apply(exchange).refused());
            assertTrue(exchange.findings().isEmpty(), off + ": " + exchange.findings());
        }
    }

    @Test
    void theOperatorsPatternsReplaceTheDefaultRules() {
        Stage stage = stage(Map.of("patterns", "competitor=\\bglobex\\b"));
        TestExchange personal = TestExchange.of("acme", "plan my vacation in Rome");
        TestExchange competitor = TestExchange.of("acme", "copy the Globex checkout");
        stage.apply(personal);
        stage.apply(competitor);
        assertTrue(personal.findings().isEmpty(), personal.findings().toString());
        assertEquals("competitor", competitor.findings().get(0).label());
    }

    @Test
    void aTenantThatDropsTheGlobalRulesDropsTheDefaultRulesToo() {
        Stage stage = stage(Map.of("tenant.acme.inherit-global", "false", "tenant.acme.patterns", "pets=\\bcat\\b"));
        TestExchange acme = TestExchange.of("acme", "plan my vacation in Rome");
        TestExchange globex = TestExchange.of("globex", "plan my vacation in Rome");
        stage.apply(acme);
        stage.apply(globex);
        assertTrue(acme.findings().isEmpty());
        assertEquals("travel", globex.findings().get(0).label());
    }

    @Test
    void globalMatchReportsMajorNamingTheRuleButNotThePromptText() {
        Stage stage = stage(Map.of("patterns", "gambling=\\b(casino|poker)\\b;crypto:slight=\\bbitcoin\\b"));
        TestExchange exchange = TestExchange.of("acme", "Which CASINO has the best poker odds?");

        StageResult result = stage.apply(exchange);

        assertFalse(result.refused());
        Finding f = exchange.findings().get(0);
        assertEquals(1, exchange.findings().size());
        assertEquals("keywords", f.detector());
        assertEquals(Severity.MAJOR, f.severity());
        assertEquals("gambling", f.label());
        assertTrue(f.evidence().contains("gambling") && f.evidence().contains("casino|poker"), f.evidence());
        assertFalse(f.evidence().contains("odds"), f.evidence());
    }

    @Test
    void strongestRuleWinsAndOthersAreListed() {
        Stage stage = stage(Map.of("patterns", "crypto:slight=bitcoin;gambling=casino"));
        TestExchange exchange = TestExchange.of("acme", "pay the casino in bitcoin");
        stage.apply(exchange);
        Finding f = exchange.findings().get(0);
        assertEquals("gambling", f.label());
        assertEquals(Severity.MAJOR, f.severity());
        assertTrue(f.evidence().contains("also crypto"), f.evidence());
    }

    @Test
    void slightRuleReportsSlight() {
        TestExchange exchange = TestExchange.of("acme", "what is bitcoin");
        stage(Map.of("patterns", "crypto:slight=bitcoin")).apply(exchange);
        assertEquals(Severity.SLIGHT, exchange.findings().get(0).severity());
    }

    @Test
    void tenantRulesApplyOnlyToThatTenantAndAddToGlobal() {
        Stage stage = stage(Map.of("patterns", "gambling=casino", "tenant.acme.patterns", "competitor=\\bglobex\\b"));
        TestExchange acme = TestExchange.of("acme", "copy the Globex checkout");
        TestExchange globex = TestExchange.of("globex", "copy the Globex checkout");
        TestExchange acmeGlobal = TestExchange.of("acme", "casino night");
        stage.apply(acme);
        stage.apply(globex);
        stage.apply(acmeGlobal);
        assertEquals("competitor", acme.findings().get(0).label());
        assertTrue(acme.findings().get(0).evidence().contains("tenant acme"));
        assertTrue(globex.findings().isEmpty());
        assertEquals("gambling", acmeGlobal.findings().get(0).label());
    }

    @Test
    void tenantMayDropTheGlobalRules() {
        Stage stage = stage(Map.of("patterns", "gambling=casino", "tenant.acme.inherit-global", "false"));
        TestExchange exchange = TestExchange.of("acme", "casino night");
        stage.apply(exchange);
        assertTrue(exchange.findings().isEmpty());
    }

    @Test
    void refuseActionRefusesMajorMatchesWithAnOpenAiStyle403() {
        Stage stage = stage(Map.of("patterns", "gambling=casino;crypto:slight=bitcoin", "action", "refuse"));
        TestExchange major = TestExchange.of("acme", "casino tips");
        TestExchange slight = TestExchange.of("acme", "bitcoin price");

        StageResult refused = stage.apply(major);
        StageResult allowed = stage.apply(slight);

        assertTrue(refused.refused());
        assertEquals(403, refused.refusal().orElseThrow().status());
        assertEquals("prompt_refused", refused.refusal().orElseThrow().code());
        assertEquals("permission_error", refused.refusal().orElseThrow().type());
        assertTrue(refused.refusal().orElseThrow().message().contains("'gambling'"));
        assertEquals(1, major.findings().size(), "the refusal is reported as a finding too");
        assertFalse(allowed.refused());
    }

    @Test
    void refusalCanBeEnabledForOneTenant() {
        Stage stage = stage(Map.of("patterns", "gambling=casino", "tenant.acme.action", "refuse"));
        assertTrue(stage.apply(TestExchange.of("acme", "casino")).refused());
        assertFalse(stage.apply(TestExchange.of("globex", "casino")).refused());
    }

    @Test
    void itMayRefuseOnlyTheTenantsWhoseActionIsRefuseSoItRunsBesideTheCallForTheOthers() {
        KeywordDetectorFactory reporting = new KeywordDetectorFactory();
        reporting.init(config(Map.of("tenant.acme.action", "refuse", "tenant.globex.action", "Report ",
                "tenant.initech.action", "block")));
        assertTrue(reporting.mayRefuse(), "some tenant may set action=refuse at any time");
        assertTrue(reporting.mayRefuse("acme"));
        assertFalse(reporting.mayRefuse("globex"));
        assertFalse(reporting.mayRefuse("umbrella"), "the global action, report, applies");
        assertTrue(reporting.mayRefuse("initech"), "a wrong value keeps it in front, where its failure is handled");

        KeywordDetectorFactory refusing = new KeywordDetectorFactory();
        refusing.init(config(Map.of("action", "refuse", "tenant.globex.action", "report")));
        assertTrue(refusing.mayRefuse("umbrella"));
        assertFalse(refusing.mayRefuse("globex"));
    }

    @Test
    void escapedSemicolonAndNewlinesSeparateEntries() {
        KeywordRules rules = KeywordRules.parse("a=x\\;y\nb:slight=z", Severity.MAJOR, false, "global");
        assertEquals(2, rules.rules().size());
        assertEquals("x;y", rules.rules().get(0).pattern().pattern());
        assertEquals(Severity.SLIGHT, rules.rules().get(1).severity());
    }

    @Test
    void malformedGlobalRulesFailInit() {
        KeywordDetectorFactory factory = new KeywordDetectorFactory();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> factory.init(config(Map.of("patterns", "bad=("))));
        assertTrue(e.getMessage().contains("'bad'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new KeywordDetectorFactory().init(config(Map.of("patterns", "novalue"))));
        assertThrows(IllegalArgumentException.class, () -> new KeywordDetectorFactory().init(config(Map.of("action", "block"))));
        assertThrows(IllegalArgumentException.class, () -> new KeywordDetectorFactory().init(config(Map.of("severity", "huge"))));
    }

    @Test
    void malformedTenantRulesFailThatTenantsRequestsOnly() {
        Stage stage = stage(Map.of("patterns", "gambling=casino", "tenant.acme.patterns", "bad=("));
        assertThrows(IllegalArgumentException.class, () -> stage.apply(TestExchange.of("acme", "casino")));
        TestExchange globex = TestExchange.of("globex", "casino");
        stage.apply(globex);
        assertEquals(1, globex.findings().size());
    }

    @Test
    void catastrophicRegexIsCutOffByItsOwnTimeLimitSoTheStageRunsOnTheRequestsThread() {
        assertTrue(new KeywordDetectorFactory().boundsItsOwnTime(), "the core need not hand its runs to another thread");
        Stage stage = stage(Map.of("patterns", "evil=(a+)+b", "timeout-ms", "50"));
        // the text holds the rule's required literal ('b'), so the prefilter cannot rule it out and the regex runs
        String text = "a".repeat(5_000) + "c b";
        long start = System.nanoTime();
        KeywordRules.RuleTimeoutException e = assertThrows(KeywordRules.RuleTimeoutException.class,
                () -> stage.apply(TestExchange.of("acme", text)));
        assertTrue(e.getMessage().contains("'evil'"));
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) < 5_000);
    }

    @Test
    void tenantCacheIsBounded() {
        KeywordDetectorFactory factory = new KeywordDetectorFactory();
        factory.init(config(Map.of("patterns", "gambling=casino")));
        KeywordDetectorFactory.KeywordStage stage = (KeywordDetectorFactory.KeywordStage) factory.create();
        for (int i = 0; i < KeywordDetectorFactory.MAX_TENANTS_CACHED + 50; i++) {
            stage.apply(TestExchange.of("t" + i, "hello"));
        }
        assertEquals(KeywordDetectorFactory.MAX_TENANTS_CACHED, stage.cachedTenants());
    }

    @Test
    void concurrentUseAcrossTenantsIsConsistent() throws Exception {
        Stage stage = stage(Map.of("patterns", "gambling=casino", "tenant.t1.patterns", "pets=\\bcat\\b"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String tenant = "t" + (i % 4);
                results.add(pool.submit(() -> {
                    TestExchange e = TestExchange.of(tenant, "my cat");
                    stage.apply(e);
                    return tenant.equals("t1") == !e.findings().isEmpty();
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
