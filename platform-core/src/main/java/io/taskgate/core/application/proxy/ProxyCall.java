package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.DatabaseStatus;
import io.taskgate.core.application.ExchangeAttributes;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.RequestIds;
import io.taskgate.core.application.access.CallerAuthentication;
import io.taskgate.core.application.errors.OpenAiErrorBody;
import io.taskgate.core.application.access.InvalidCredentialsException;
import io.taskgate.core.application.access.MemberAccess;
import io.taskgate.core.application.access.RequestContext;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.ledger.AsyncUsageLedger;
import io.taskgate.core.application.misuse.MemberWarnings;
import io.taskgate.core.application.misuse.MisusePolicies;
import io.taskgate.core.application.misuse.PendingAssessments;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The proxy use case: one call on the OpenAI surface, from the credentials to the ledger row.
 * <ol>
 *   <li><b>Access</b>: the database is up, the caller is authenticated, the task is chosen ({@link TaskSelection}),
 *   the member's earlier answers are scored, and the membership lets them in; the body is read and its completion
 *   limit applied ({@link CompletionLimit}). All of it is resolved once into a {@link RequestContext}.</li>
 *   <li><b>Body policy</b>: the intent marker's instruction is added to chats and Responses requests.</li>
 *   <li><b>The intercepted call</b>: {@link UpstreamCall#call}, around which the pipeline's stages run.</li>
 *   <li><b>Finish</b>: every call ends in exactly one ledger row: an early refusal at once, a stage's refusal at
 *   once, an answer once its after-call stages have settled it, a stream when transport has relayed it
 *   ({@link ExchangeFinish}).</li>
 * </ol>
 * Transport ({@code interfaces.proxy}) only routes, parses the body when asked and writes what this returns.
 */
@ApplicationScoped
public class ProxyCall {

    private static final Logger LOG = Logger.getLogger(ProxyCall.class.getName());

    @Inject
    DatabaseStatus database;

    @Inject
    CallerAuthentication authentication;

    @Inject
    TaskDirectory tasks;

    @Inject
    TenantDirectory tenants;

    @Inject
    MemberAccess memberAccess;

    /** The member's earlier answers whose detectors ran beside the call: scored before this request is decided. */
    @Inject
    PendingAssessments assessments;

    @Inject
    AsyncUsageLedger usageLedger;

    @Inject
    MemberWarnings warnings;

    /** The tenants' misuse policies: read once per call, into the context (fail policy, waiting for scores). */
    @Inject
    MisusePolicies policies;

    @Inject
    UpstreamCall upstream;

    @Inject
    ExchangeFinish finish;

    /** Whether chat requests carry the intent-marker instruction (see docs/api.md, "Intent marker contract"). */
    @Inject
    @ConfigProperty(name = "gateway.intent.marker.enabled", defaultValue = "true")
    boolean intentMarkers;

    @Inject
    @ConfigProperty(name = "gateway.quota.default-max-tokens", defaultValue = "4096")
    long defaultMaxTokens;

    public ProxyResult handle(ProxyCommand command) {
        String requestId = RequestIds.next();
        Instant receivedAt = Instant.now();
        long start = System.nanoTime();
        Endpoint endpoint = command.endpoint();
        Caller caller = null;
        TaskDirectory.Known task = null;
        ClientRequest request = null;
        RequestContext context;
        try {
            if (!database.available()) {
                throw new RefusalException(DatabaseOutage.refusal());
            }
            caller = authenticate(command.authorization());
            task = resolveTask(command.taskHeader(), command.taskInPath(), caller);
            MisusePolicies.Stance stance = policies.stance(task.info().tenantId());
            assessments.awaitScored(task.info().tenantId(), caller.username(), stance.refusesFlagged());
            MemberAccess.Decision access = memberAccess.decide(caller, task.info(), receivedAt);
            if (access.refusal().isPresent()) {
                throw new RefusalException(access.refusal().get());
            }
            caller = access.caller();
            if (endpoint != Endpoint.MODELS) {
                request = command.body().read(endpoint);
                CompletionLimit.apply(endpoint, request, access.limits(), defaultMaxTokens, task.info().tenantId());
            }
            if (!usageLedger.accepting()) {
                throw new RefusalException(DatabaseOutage.refusal());
            }
            context = resolve(caller, access, task, stance);
        } catch (RefusalException e) {
            return refuseEarly(requestId, e.refusal(), endpoint, receivedAt, start, caller, infoOf(task), request);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable before the pipeline: " + e);
            return refuseEarly(requestId, DatabaseOutage.refusal(), endpoint, receivedAt, start, caller,
                    infoOf(task), request);
        }
        ProxyExchange exchange = new ProxyExchange(requestId, receivedAt, start, context, endpoint,
                request == null ? ProxyExchange.ProxyRequestBody.EMPTY : request);
        if (request != null) {
            addIntentMarker(exchange, request, context);
        }
        context.warning().ifPresent(w -> exchange.responseHeader(MemberWarnings.HEADER, w));
        UpstreamOutcome outcome = upstream.call(exchange, request == null ? new byte[0] : request.upstreamBody());
        return result(exchange, request != null && request.usageInjected(), outcome);
    }

    /** The intent marker this exchange's request carries, if any. */
    public static IntentMarker markerOf(ProxyExchange exchange) {
        return exchange.attributes().get(ExchangeAttributes.INTENT_MARKER) instanceof IntentMarker m ? m : null;
    }

    private RequestContext resolve(Caller caller, MemberAccess.Decision access, TaskDirectory.Known task,
                                   MisusePolicies.Stance stance) {
        String tenantId = task.info().tenantId();
        Tenant tenant = tenants.find(tenantId).orElseGet(() -> Tenant.unknown(tenantId));
        return new RequestContext(caller, access.membership(), task.info(), task.quota(), tenant, stance,
                warnings.of(tenantId, caller.username()));
    }

    private static TaskInfo infoOf(TaskDirectory.Known task) {
        return task == null ? null : task.info();
    }

    private void addIntentMarker(ProxyExchange exchange, ClientRequest request, RequestContext context) {
        Endpoint endpoint = exchange.endpoint();
        if (!intentMarkers || (endpoint != Endpoint.CHAT_COMPLETIONS && endpoint != Endpoint.RESPONSES)) {
            return;
        }
        IntentMarker marker = IntentMarker.create(context.tenant().intentLabels(), context.task());
        if (endpoint == Endpoint.RESPONSES) {
            request.appendInstructions(marker.instruction());
        } else {
            request.prependSystemMessage(marker.instruction());
        }
        exchange.attributes().put(ExchangeAttributes.INTENT_MARKER, marker);
    }

    private ProxyResult result(ProxyExchange exchange, boolean usageInjected, UpstreamOutcome outcome) {
        if (outcome instanceof UpstreamOutcome.Refused refused) {
            Refusal refusal = refused.refusal();
            finish.answered(exchange, refusal.status(), refusal.code(), null);
            return answer(exchange, refusal.status(), errorHeaders(refusal), OpenAiErrorBody.of(refusal));
        }
        if (outcome instanceof UpstreamOutcome.Answered answered) {
            byte[] body = answered.body();
            if (exchange.endpoint() == Endpoint.MODELS && answered.status() == 200) {
                body = ModelList.onlyGranted(body, exchange.caller().models());
            }
            exchange.afterSettlement(() -> finish.answered(exchange, answered.status(), answered.refusalCode(),
                    exchange.usage().orElse(null)));
            return answer(exchange, answered.status(), answered.headers(), body);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/event-stream; charset=utf-8");
        headers.put("Cache-Control", "no-cache");
        headers.put("X-Accel-Buffering", "no");
        exchange.responseHeaders().forEach(headers::putIfAbsent);
        headers.put("X-Request-Id", exchange.requestId());
        return new ProxyResult.Stream(exchange, headers, (UpstreamOutcome.Streaming) outcome, usageInjected);
    }

    /**
     * An exchange's whole answer: its own headers, then those the stages set (e.g. remaining quota) where it has none
     * of the name, and the request id. Also what transport answers for a stream that fails before its first event.
     */
    public static ProxyResult.Answer answer(ProxyExchange exchange, int status, Map<String, String> own, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(own);
        headers.putIfAbsent("Content-Type", "application/json");
        for (Map.Entry<String, String> header : exchange.responseHeaders().entrySet()) {
            boolean present = headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase(header.getKey()));
            if (!present) {
                headers.put(header.getKey(), header.getValue());
            }
        }
        headers.put("X-Request-Id", exchange.requestId());
        return new ProxyResult.Answer(status, headers, body);
    }

    /** A call refused before an exchange existed: its row keeps whatever was known, and it carries the request id. */
    private ProxyResult refuseEarly(String requestId, Refusal refusal, Endpoint endpoint, Instant receivedAt,
                                    long start, Caller caller, TaskInfo task, ClientRequest request) {
        finish.refusedEarly(requestId, endpoint, receivedAt, start, caller, task,
                request == null ? null : request.model().orElse(null), refusal.status(), refusal.code());
        Map<String, String> headers = errorHeaders(refusal);
        headers.put("X-Request-Id", requestId);
        return new ProxyResult.Answer(refusal.status(), headers, OpenAiErrorBody.of(refusal));
    }

    private static Map<String, String> errorHeaders(Refusal refusal) {
        Map<String, String> headers = new LinkedHashMap<>(refusal.headers());
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private Caller authenticate(String authorization) throws RefusalException {
        try {
            return authentication.authenticate(authorization);
        } catch (InvalidCredentialsException e) {
            throw new RefusalException(Refusal.of(401, e.code(), e.getMessage())
                    .withHeader("WWW-Authenticate", "Bearer realm=\"taskgate\""));
        }
    }

    private TaskDirectory.Known resolveTask(String header, String inPath, Caller caller) throws RefusalException {
        String value = TaskSelection.select(header, inPath, caller);
        return tasks.entry(new TaskId(value)).orElseThrow(() -> new RefusalException(
                Refusal.of(403, "task_not_allowed", "You are not assigned to task '" + value
                        + "'. Use one of your tasks in X-Task-Id, or ask the project owner to assign this one.")));
    }
}
