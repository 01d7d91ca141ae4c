package io.taskgate.core.application.proxy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.DatabaseStatus;
import io.taskgate.core.application.ExchangeAttributes;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.access.InvalidCredentialsException;
import io.taskgate.core.application.access.MemberAccess;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.ProxyMetrics;
import io.taskgate.core.application.ledger.AsyncUsageLedger;
import io.taskgate.core.application.ledger.ExchangeLedger;
import io.taskgate.core.application.misuse.MemberWarnings;
import io.taskgate.core.application.misuse.MisusePolicies;
import io.taskgate.core.application.misuse.PendingAssessments;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.application.streaming.SseRelay;
import io.taskgate.core.application.upstream.UpstreamErrors;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The proxy use case with fakes around it: every way a call can end writes exactly one ledger row, with the
 * request id the client sees; the call is resolved once; the upstream is the intercepted {@link UpstreamCall}.
 */
class ProxyCallTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Caller BOB = new Caller("sub-b", "bob", Caller.AuthKind.TOKEN, null, Set.of(),
            Set.of("acme-checkout"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of());
    static final TaskInfo CHECKOUT = new TaskInfo("acme-checkout", "acme", "Checkout", "The web shop's checkout",
            true, Set.of());

    record Row(String requestId, int status, String code, Usage usage) {
    }

    final List<Row> rows = new ArrayList<>();
    final AtomicInteger tenantLookups = new AtomicInteger();
    final AtomicInteger taskLookups = new AtomicInteger();
    final AtomicInteger memberDecisions = new AtomicInteger();
    final AtomicInteger policyLookups = new AtomicInteger();
    final AtomicInteger warningLookups = new AtomicInteger();
    Optional<String> warning = Optional.empty();
    final List<byte[]> forwarded = new ArrayList<>();
    final Membership membership = new Membership("acme", "bob", "bob@example.com", MemberRole.CONTRACTOR,
            Instant.parse("2026-01-01T00:00:00Z"));
    Function<ProxyExchange, UpstreamOutcome> upstream = e -> answered(e);
    boolean databaseUp = true;
    Optional<Refusal> memberRefusal = Optional.empty();
    ProxyExchange lastExchange;

    final ProxyCall call = new ProxyCall();

    ProxyCallTest() {
        ExchangeLedger ledger = new ExchangeLedger() {
            @Override
            public void completed(ProxyExchange exchange, int status, String code, Usage usage) {
                rows.add(new Row(exchange.requestId(), status, code, usage));
            }

            @Override
            public void refusedEarly(String requestId, Endpoint endpoint, Instant receivedAt, long startNanos,
                                     Caller caller, TaskInfo task, String model, String prompt, int status,
                                     String code) {
                rows.add(new Row(requestId, status, code, null));
            }
        };
        call.finish = new ExchangeFinish(ledger);
        call.database = new DatabaseStatus() {
            @Override
            public Pool pool() {
                return new Pool(0, 0, 0, 1);
            }

            @Override
            public boolean available() {
                return databaseUp;
            }

            @Override
            public Check check(Duration deadline) {
                throw new UnsupportedOperationException();
            }
        };
        call.authentication = authorization -> {
            if (!"Bearer tg_good".equals(authorization)) {
                throw new InvalidCredentialsException("invalid_api_key", "The API key is not valid.");
            }
            return BOB;
        };
        call.tasks = new TaskDirectory() {
            @Override
            public Optional<Known> entry(TaskId id) {
                taskLookups.incrementAndGet();
                return id.value().equals(CHECKOUT.id()) ? Optional.of(new Known(CHECKOUT, TaskQuota.NONE))
                        : Optional.empty();
            }

            @Override
            public Optional<TaskInfo> find(TaskId id) {
                throw new AssertionError("the task is read once, with its quota");
            }

            @Override
            public TaskQuota quota(TaskId id) {
                throw new AssertionError("the task is read once, with its quota");
            }
        };
        call.tenants = new TenantDirectory() {
            @Override
            public Optional<Tenant> find(String tenantId) {
                tenantLookups.incrementAndGet();
                return Optional.of(new Tenant("acme", "Acme", ZoneOffset.UTC, 30));
            }
        };
        call.memberAccess = new MemberAccess() {
            @Override
            public Decision decide(Caller caller, TaskInfo task, Instant now) {
                memberDecisions.incrementAndGet();
                return memberRefusal.map(r -> new Decision(null, Optional.of(r), null))
                        .orElseGet(() -> new Decision(caller, Optional.empty(), membership));
            }
        };
        call.assessments = new PendingAssessments(0);
        call.policies = new MisusePolicies() {
            @Override
            public Stance stance(String tenantId) {
                policyLookups.incrementAndGet();
                return new Stance(false, true);
            }
        };
        call.usageLedger = new AsyncUsageLedger() {
            @Override
            public boolean accepting() {
                return true;
            }
        };
        call.warnings = new MemberWarnings() {
            @Override
            public Optional<String> of(String tenantId, String username) {
                warningLookups.incrementAndGet();
                return warning;
            }
        };
        call.upstream = new UpstreamCall() {
            @Override
            public UpstreamOutcome call(ProxyExchange exchange, byte[] body) {
                lastExchange = exchange;
                forwarded.add(body);
                return ProxyCallTest.this.upstream.apply(exchange);
            }
        };
        call.intentMarkers = true;
        call.defaultMaxTokens = 4096;
    }

    static UpstreamOutcome answered(ProxyExchange exchange) {
        exchange.responseHeader("X-RateLimit-Remaining-Tokens", "900");
        exchange.upstreamCompleted(200, "Hello", new Usage(12, 3, false));
        return new UpstreamOutcome.Answered(200, Map.of("Content-Type", "application/json"),
                "{\"choices\":[]}".getBytes(StandardCharsets.UTF_8), null);
    }

    ProxyResult chat(String authorization, String taskHeader) {
        return call.handle(new ProxyCommand(Endpoint.CHAT_COMPLETIONS, authorization, taskHeader, null,
                endpoint -> new FakeRequest("Write a unit test for the cart total")));
    }

    static JsonNode error(ProxyResult result) throws IOException {
        return JSON.readTree(assertInstanceOf(ProxyResult.Answer.class, result).body()).path("error");
    }

    @Test
    void aCallWithBadCredentialsIsRefusedWith401AndLeavesOneRowUnderTheRequestIdTheClientSees() throws Exception {
        ProxyResult result = chat("Bearer tg_wrong", "acme-checkout");

        ProxyResult.Answer answer = assertInstanceOf(ProxyResult.Answer.class, result);
        assertEquals(401, answer.status());
        assertEquals("invalid_api_key", error(result).path("code").asText());
        assertEquals("Bearer realm=\"taskgate\"", answer.headers().get("WWW-Authenticate"));
        assertEquals(List.of(new Row(answer.headers().get("X-Request-Id"), 401, "invalid_api_key", null)), rows);
        assertTrue(forwarded.isEmpty(), "nothing reached the upstream");
    }

    @Test
    void aDatabaseOutageIsRefusedWith503BeforeAnythingElseIsLookedUp() throws Exception {
        databaseUp = false;
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        assertEquals(503, assertInstanceOf(ProxyResult.Answer.class, result).status());
        assertEquals("5", result.headers().get("Retry-After"));
        assertEquals(0, taskLookups.get());
        assertEquals(1, rows.size());
    }

    @Test
    void aMemberTheMembershipShutsOutIsRefusedWithItsReasonAndOneRow() throws Exception {
        memberRefusal = Optional.of(Refusal.of(403, "member_blocked", "You are blocked."));
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        assertEquals("member_blocked", error(result).path("code").asText());
        assertEquals(List.of(403), rows.stream().map(Row::status).toList());
        assertTrue(forwarded.isEmpty());
    }

    @Test
    void aStagesRefusalIsAnsweredInOpenAiFormatWithTheStageHeadersAndWrittenOnce() throws Exception {
        upstream = e -> {
            e.responseHeader("X-RateLimit-Remaining-Requests", "0");
            return new UpstreamOutcome.Refused(Refusal.of(429, "quota_exceeded", "Daily tokens are spent.")
                    .withHeader("Retry-After", "60"));
        };
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        ProxyResult.Answer answer = assertInstanceOf(ProxyResult.Answer.class, result);
        assertEquals(429, answer.status());
        assertEquals("quota_exceeded", error(result).path("code").asText());
        assertEquals("60", answer.headers().get("Retry-After"));
        assertEquals("0", answer.headers().get("X-RateLimit-Remaining-Requests"));
        assertEquals(List.of(new Row(lastExchange.requestId(), 429, "quota_exceeded", null)), rows);
        assertEquals(lastExchange.requestId(), answer.headers().get("X-Request-Id"));
    }

    @Test
    void aPlainAnswerIsWrittenToTheLedgerOnlyOnceItsAfterCallStagesHaveSettledIt() {
        CompletableFuture<Void> settlement = new CompletableFuture<>();
        upstream = e -> {
            e.settledBy(settlement);
            return answered(e);
        };
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        ProxyResult.Answer answer = assertInstanceOf(ProxyResult.Answer.class, result);
        assertEquals(200, answer.status());
        assertEquals("900", answer.headers().get("X-RateLimit-Remaining-Tokens"));
        assertTrue(rows.isEmpty(), "the row waits for settlement");
        settlement.complete(null);
        assertEquals(List.of(new Row(lastExchange.requestId(), 200, null, new Usage(12, 3, false))), rows);
    }

    @Test
    void aFailedUpstreamCallIsAnsweredWith502AndRecordedAsAnUpstreamError() throws Exception {
        upstream = e -> {
            e.upstreamCompleted(0, null, null);
            return UpstreamErrors.unreachable();
        };
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        assertEquals(502, assertInstanceOf(ProxyResult.Answer.class, result).status());
        assertEquals("upstream_error", error(result).path("code").asText());
        assertEquals(List.of(502), rows.stream().map(Row::status).toList());
    }

    @Test
    void aStreamIsHandedToTransportAndItsRowIsWrittenWhenTransportFinishesIt() throws Exception {
        AtomicInteger afterCallStages = new AtomicInteger();
        upstream = e -> {
            UpstreamOutcome.Streaming streaming = new UpstreamOutcome.Streaming(new ByteArrayInputStream((
                    "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hel\"}}]}\n\n").getBytes(
                    StandardCharsets.UTF_8)));
            streaming.afterRelay(afterCallStages::incrementAndGet);
            return streaming;
        };
        ProxyResult.Stream stream = assertInstanceOf(ProxyResult.Stream.class, chat("Bearer tg_good", "acme-checkout"));
        assertEquals("text/event-stream; charset=utf-8", stream.headers().get("Content-Type"));
        assertTrue(rows.isEmpty(), "nothing is written before the stream is relayed");

        // transport relays the first event, then the client leaves
        SseRelay relay = new SseRelay(stream.hideUsage(), ProxyCall.markerOf(stream.exchange()));
        relay.readFirstEvent(stream.upstream().body(), () -> { });
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        try {
            relay.relay(stream.upstream().body(), gone, () -> { });
        } catch (SseRelay.ClientGoneException expected) {
            // the client disconnected
        }
        call.finish.streamed(stream, relay, 499, "client_disconnected");

        assertEquals(1, afterCallStages.get(), "the after-call stages ran once");
        assertEquals(1, rows.size());
        Row row = rows.get(0);
        assertEquals(499, row.status());
        assertEquals("client_disconnected", row.code());
        assertTrue(row.usage().estimated(), "usage of a cut stream is an estimate");
        assertEquals(1, row.usage().completionTokens(), "one content chunk was received");
    }

    @Test
    void theCallIsResolvedOnceIntoTheExchangeTheStagesSee() {
        chat("Bearer tg_good", "acme-checkout");

        assertEquals(1, taskLookups.get(), "the task and its quota in one lookup");
        assertEquals(1, tenantLookups.get());
        assertEquals(1, memberDecisions.get());
        assertEquals(1, policyLookups.get(), "the tenant's misuse policy is read once");
        var context = lastExchange.context().orElseThrow();
        assertEquals("acme", context.tenant().id());
        assertEquals(membership, context.membership());
        assertEquals(TaskQuota.NONE, context.taskQuota());
        assertEquals(false, context.misuseStance().failOpen(), "the fail policy the pipeline reads");
    }

    @Test
    void aChatCarriesTheIntentInstructionNamingItsTaskAndTheExchangeKeepsTheMarker() {
        chat("Bearer tg_good", "acme-checkout");

        IntentMarker marker = assertInstanceOf(IntentMarker.class,
                lastExchange.attributes().get(ExchangeAttributes.INTENT_MARKER));
        String body = new String(forwarded.get(0), StandardCharsets.UTF_8);
        assertTrue(body.startsWith("system: " + marker.instruction()), body);
        assertTrue(marker.instruction().contains("Checkout"), marker.instruction());
    }

    @Test
    void aFlaggedMembersWarningIsReadOnceWithTheCallAndReachesTheAnswer() {
        warning = Optional.of("flagged for review: off_topic");
        ProxyResult result = chat("Bearer tg_good", "acme-checkout");

        assertEquals("flagged for review: off_topic", result.headers().get(MemberWarnings.HEADER));
        assertEquals(1, warningLookups.get());
        assertEquals(warning, lastExchange.context().orElseThrow().warning());
    }

    @Test
    void anUnknownTaskIsRefusedWith403AndNothingIsForwarded() throws Exception {
        ProxyResult result = chat("Bearer tg_good", "acme-elsewhere");

        assertEquals("task_not_allowed", error(result).path("code").asText());
        assertEquals(1, rows.size());
        assertTrue(forwarded.isEmpty());
        assertNull(lastExchange);
    }

    @Test
    void everyCallGetsItsOwnRequestId() {
        chat("Bearer tg_good", "acme-checkout");
        chat("Bearer tg_wrong", "acme-checkout");
        assertEquals(2, rows.size());
        assertNotNull(rows.get(0).requestId());
        assertFalse(rows.get(0).requestId().equals(rows.get(1).requestId()));
        assertTrue(rows.get(1).requestId().matches("req_[0-9a-f]{32}"), rows.get(1).requestId());
    }

    /** A parsed chat body: its forwarded bytes are "system: <instruction>" lines before the user's prompt. */
    static final class FakeRequest implements ClientRequest {
        private final String prompt;
        private final List<String> system = new ArrayList<>();

        FakeRequest(String prompt) {
            this.prompt = prompt;
        }

        @Override
        public Optional<String> model() {
            return Optional.of("gpt-4o-mini");
        }

        @Override
        public String promptText() {
            return prompt;
        }

        @Override
        public boolean usageInjected() {
            return false;
        }

        @Override
        public void prependSystemMessage(String content) {
            system.add(0, content);
        }

        @Override
        public void appendInstructions(String content) {
            system.add(content);
        }

        @Override
        public void limitCompletion(Endpoint endpoint, long maxTokens) {
        }

        @Override
        public byte[] upstreamBody() {
            StringBuilder body = new StringBuilder();
            system.forEach(s -> body.append("system: ").append(s).append('\n'));
            return body.append("user: ").append(prompt).toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return prompt.length();
        }
    }
}
