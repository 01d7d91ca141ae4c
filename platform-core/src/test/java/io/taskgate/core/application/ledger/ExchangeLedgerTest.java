package io.taskgate.core.application.ledger;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.TestExchanges;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.ProxyMetrics;
import io.taskgate.core.application.access.RequestContext;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExchangeLedgerTest {

    static final Instant RECEIVED = Instant.parse("2026-12-05T10:00:00Z");
    static final String PROMPT = "write a unit test for the cart";

    final List<UsageRecord> written = new ArrayList<>();
    final List<String> reported = new ArrayList<>();
    final List<String> lookedUp = new ArrayList<>();

    /** The operator's metrics, recording each finished call. */
    final ProxyMetrics metrics = new ProxyMetrics() {
        public void request(Endpoint endpoint, int status, String refusalCode, Usage usage) {
            reported.add(endpoint.claimName() + " " + status + " " + refusalCode + " " + usage.totalTokens());
        }
        public void upstreamLatency(Endpoint endpoint, long nanos) { }
        public void stageFailure(String family, String pluginId) { }
        public void stageShed(String family, String pluginId) { }
    };

    static final Tenant RETAINS = new Tenant("acme", "Acme", ZoneOffset.UTC, 30);
    static final Tenant KEEPS_NONE = new Tenant("acme", "Acme", ZoneOffset.UTC, 0);

    /** The tenant directory over one tenant, recording the lookups. */
    TenantDirectory only(Tenant tenant) {
        return new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                lookedUp.add(tenantId);
                return tenant.id().equals(tenantId) ? Optional.of(tenant) : Optional.empty();
            }
        };
    }

    static final Caller DAVE = new Caller("kc-dave", "dave", Caller.AuthKind.API_KEY, "key_1", Set.of("acme"),
            Set.of("acme-docs"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
    static final TaskInfo DOCS = new TaskInfo("acme-docs", "acme", "Docs", "", true, Set.of(), List.of());

    /** A body that says what the client asked for. */
    static ProxyExchange.ProxyRequestBody body(String prompt, boolean streaming) {
        return new ProxyExchange.ProxyRequestBody() {
            public Optional<String> model() { return Optional.of("gpt-4o-mini"); }
            public boolean streaming() { return streaming; }
            public String promptText() { return prompt; }
        };
    }

    static ProxyExchange exchange(String prompt) {
        return new ProxyExchange(RECEIVED, System.nanoTime(), DAVE, DOCS, Endpoint.CHAT_COMPLETIONS, body(prompt, false));
    }

    /** An exchange resolved once before the pipeline, with the tenant's settings. */
    static ProxyExchange resolved(Tenant tenant, String prompt) {
        Membership dave = new Membership("acme", "dave", "dave@x.example", MemberRole.CONTRACTOR, RECEIVED);
        return new ProxyExchange("req_resolved", RECEIVED, System.nanoTime(),
                new RequestContext(DAVE, dave, DOCS, TaskQuota.NONE, tenant), Endpoint.CHAT_COMPLETIONS,
                body(prompt, true));
    }

    UsageRecord row() {
        assertEquals(1, written.size(), "exactly one ledger row");
        return written.get(0);
    }

    @Test
    void aCompletedExchangeIsOneRowWithItsCallerTaskUsageCostIntentAndPromptWhereTheTenantRetainsPrompts() {
        ProxyExchange exchange = exchange(PROMPT);
        exchange.settleCost(new BigDecimal("0.0042"));
        exchange.annotate("intent", "test");
        ledger(only(RETAINS)).completed(exchange, 200, null, new Usage(120, 30, true));
        UsageRecord row = row();
        assertEquals(exchange.requestId(), row.id());
        assertEquals(RECEIVED, row.createdAt());
        assertEquals("chat.completions", row.endpoint());
        assertEquals("kc-dave", row.subject());
        assertEquals("dave", row.username());
        assertEquals("API_KEY", row.authKind());
        assertEquals("key_1", row.keyId());
        assertEquals("acme", row.tenantId());
        assertEquals("acme-docs", row.taskId());
        assertEquals("gpt-4o-mini", row.model());
        assertEquals(200, row.status());
        assertNull(row.refusalCode());
        assertEquals(PROMPT, row.promptText());
        assertEquals(120, row.promptTokens());
        assertEquals(30, row.completionTokens());
        assertTrue(row.usageEstimated());
        assertEquals(new BigDecimal("0.0042"), row.costUsd());
        assertEquals("test", row.intent());
        assertFalse(row.streamed());
        assertEquals(List.of("chat.completions 200 null 150"), reported);
    }

    @Test
    void aTenantWithRetentionOffGetsItsRowWithoutThePrompt() {
        ledger(only(KEEPS_NONE)).completed(exchange(PROMPT), 200, null, new Usage(10, 5, false));
        assertNull(row().promptText());
        assertEquals(15, row().promptTokens() + row().completionTokens(), "the row itself is complete");
        assertEquals(List.of("acme"), lookedUp);
    }

    @Test
    void anUnknownTenantOrAnEmptyPromptKeepsNoPrompt() {
        ledger(only(new Tenant("globex", "Globex", ZoneOffset.UTC, 30))).completed(exchange(PROMPT), 200, null, Usage.NONE);
        ledger(only(RETAINS)).completed(exchange(""), 200, null, Usage.NONE);
        assertEquals(2, written.size());
        assertNull(written.get(0).promptText());
        assertNull(written.get(1).promptText());
        assertEquals(List.of("acme"), lookedUp, "an empty prompt needs no lookup");
    }

    @Test
    void aResolvedExchangeReadsTheRetentionFromItsContextWithoutALookup() {
        ledger(only(KEEPS_NONE)).completed(resolved(RETAINS, PROMPT), 200, null, new Usage(1, 2, false));
        ledger(only(RETAINS)).completed(resolved(KEEPS_NONE, PROMPT), 200, null, new Usage(1, 2, false));
        ledger(only(RETAINS)).completed(resolved(RETAINS, ""), 200, null, new Usage(1, 2, false));
        assertEquals(PROMPT, written.get(0).promptText(), "the context's tenant retains prompts");
        assertNull(written.get(1).promptText(), "the context's tenant keeps none");
        assertNull(written.get(2).promptText());
        assertEquals("req_resolved", written.get(0).id());
        assertTrue(written.get(0).streamed());
        assertEquals(List.of(), lookedUp);
    }

    @Test
    void anExchangeWithoutSettledUsageIsARowOfNoTokensAndNoCost() {
        ledger(only(RETAINS)).completed(exchange(PROMPT), 502, "upstream_error", null);
        assertEquals(502, row().status());
        assertEquals("upstream_error", row().refusalCode());
        assertEquals(0, row().promptTokens());
        assertEquals(0, row().completionTokens());
        assertEquals(0, BigDecimal.ZERO.compareTo(row().costUsd()));
        assertEquals(List.of("chat.completions 502 upstream_error 0"), reported);
    }

    @Test
    void anEarlyRefusalOfAKnownCallerOnAKnownTaskKeepsWhatIsKnownAndThePromptWhereRetained() {
        long startedFiveSecondsAgo = System.nanoTime() - 5_000_000_000L;
        ledger(only(RETAINS)).refusedEarly("req_early", Endpoint.CHAT_COMPLETIONS, RECEIVED, startedFiveSecondsAgo,
                DAVE, DOCS, "gpt-4o", PROMPT, 403, "model_not_allowed");
        UsageRecord row = row();
        assertEquals("req_early", row.id());
        assertEquals(RECEIVED, row.createdAt());
        assertEquals(403, row.status());
        assertEquals("model_not_allowed", row.refusalCode());
        assertEquals("gpt-4o", row.model());
        assertEquals("dave", row.username());
        assertEquals("kc-dave", row.subject());
        assertEquals("acme", row.tenantId());
        assertEquals("acme-docs", row.taskId());
        assertEquals(PROMPT, row.promptText());
        assertEquals(0, row.promptTokens() + row.completionTokens());
        assertTrue(row.latencyMs() >= 5000, "latency counts from the request's start: " + row.latencyMs());
        assertEquals(List.of("chat.completions 403 model_not_allowed 0"), reported);
    }

    @Test
    void anEarlyRefusalOnATenantThatKeepsNoPromptsIsWrittenWithoutIt() {
        ledger(only(KEEPS_NONE)).refusedEarly("req_early", Endpoint.CHAT_COMPLETIONS, RECEIVED, System.nanoTime(),
                DAVE, DOCS, "gpt-4o-mini", PROMPT, 429, "quota_exceeded");
        assertNull(row().promptText());
        assertEquals("quota_exceeded", row().refusalCode());
    }

    @Test
    void anUnauthenticatedRefusalIsARowWithoutCallerTaskOrPrompt() {
        ledger(only(RETAINS)).refusedEarly("req_anon", Endpoint.EMBEDDINGS, RECEIVED, System.nanoTime(),
                null, null, null, PROMPT, 401, "invalid_api_key");
        UsageRecord row = row();
        assertEquals("embeddings", row.endpoint());
        assertEquals(401, row.status());
        assertNull(row.subject());
        assertNull(row.username());
        assertNull(row.tenantId());
        assertNull(row.taskId());
        assertNull(row.model());
        assertNull(row.promptText(), "a prompt of nobody's tenant is never kept");
        assertEquals(List.of(), lookedUp);
        assertEquals(List.of("embeddings 401 invalid_api_key 0"), reported);
    }

    @Test
    void anEarlyRefusalWhoseRetentionCannotBeReadIsStillWrittenWithoutThePrompt() {
        ledger(new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                throw new IllegalStateException("database down");
            }
        }).refusedEarly("req_early", Endpoint.CHAT_COMPLETIONS, RECEIVED, System.nanoTime(), DAVE, DOCS,
                "gpt-4o-mini", PROMPT, 503, "database_unavailable");
        assertEquals("req_early", row().id());
        assertNull(row().promptText());
    }

    ExchangeLedger ledger(TenantDirectory tenants) {
        ExchangeLedger ledger = new ExchangeLedger();
        ledger.ledger = written::add;
        ledger.tenants = tenants;
        ledger.metrics = metrics;
        return ledger;
    }

    @Test
    void aRowIsKeptWithoutItsPromptWhenTheTenantsRetentionCannotBeRead() {
        ExchangeLedger ledger = ledger(new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                throw new IllegalStateException("no EntityManager on this thread");
            }
        });
        ProxyExchange exchange = TestExchanges.chatExchange("gpt-4o-mini");
        ledger.completed(exchange, 200, null, new Usage(12, 34, false));
        assertEquals(1, written.size(), "the row is written whatever the retention lookup does");
        assertEquals(exchange.requestId(), written.get(0).id());
        assertEquals(34, written.get(0).completionTokens());
        assertNull(written.get(0).promptText(), "privacy first: an unknown retention keeps no prompt");
    }
}
