package io.taskgate.core.interfaces.proxy;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.application.internal.AsyncUsageLedger;
import io.taskgate.core.application.internal.ExchangeLedger;
import io.taskgate.core.application.internal.MemberAccess;
import io.taskgate.core.application.internal.TenantDirectory;
import io.taskgate.core.application.intent.IntentMarker;
import io.taskgate.core.application.misuse.MemberWarnings;
import io.taskgate.core.application.misuse.PendingAssessments;
import io.taskgate.core.application.pipeline.UpstreamOutcome;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.application.internal.TaskDirectory;
import io.taskgate.core.infrastructure.security.Authentication;
import io.taskgate.core.infrastructure.security.InvalidCredentialsException;
import io.taskgate.core.infrastructure.upstream.UpstreamGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Handles one proxy call: authenticate, resolve the task, read and check the body, run the pipeline around
 * the upstream call, answer, and write the ledger row, whatever the outcome.
 */
@ApplicationScoped
public class ProxyHandler {

    private static final Logger LOG = Logger.getLogger(ProxyHandler.class.getName());

    @Inject
    Authentication authentication;

    @Inject
    TaskDirectory tasks;

    @Inject
    MemberAccess memberAccess;

    @Inject
    UpstreamGateway upstream;

    @Inject
    ExchangeLedger ledger;

    @Inject
    OutcomeRenderer renderer;

    @Inject
    @ConfigProperty(name = "gateway.proxy.max-body-bytes", defaultValue = "4194304")
    long maxBodyBytes;

    /** Whether chat requests carry the intent-marker instruction (see README, "Intent marker contract"). */
    @Inject
    @ConfigProperty(name = "gateway.intent.marker.enabled", defaultValue = "true")
    boolean intentMarkers;

    @Inject
    TenantDirectory tenants;

    @Inject
    AsyncUsageLedger usageLedger;

    @Inject
    io.taskgate.core.application.DatabaseStatus database;

    @Inject
    MemberWarnings warnings;

    /** The member's earlier answers whose detectors ran beside the call: scored before this request is decided. */
    @Inject
    PendingAssessments assessments;

    @Inject
    @ConfigProperty(name = "gateway.quota.default-max-tokens", defaultValue = "4096")
    long defaultMaxTokens;

    public ProxyReply handle(Endpoint endpoint, String authorization, String taskHeader, InputStream body) {
        return handle(endpoint, authorization, taskHeader, null, body);
    }

    /** {@code taskInPath}: the task named by a {@code /t/<task>/v1} base URL, or null (see {@link TaskSelection}). */
    public ProxyReply handle(Endpoint endpoint, String authorization, String taskHeader, String taskInPath,
                             InputStream body) {
        Instant receivedAt = Instant.now();
        long start = System.nanoTime();
        Caller caller = null;
        TaskInfo task = null;
        OpenAiRequest request = null;
        try {
            if (!database.available()) {
                throw new RefusalException(DatabaseOutage.refusal());
            }
            caller = authenticate(authorization);
            task = resolveTask(taskHeader, taskInPath, caller);
            assessments.awaitScored(task.tenantId(), caller.username());
            MemberAccess.Decision access = memberAccess.decide(caller, task, receivedAt);
            if (access.refusal().isPresent()) {
                throw new RefusalException(access.refusal().get());
            }
            caller = access.caller();
            if (endpoint != Endpoint.MODELS) {
                request = OpenAiRequest.parse(endpoint, BodyReader.read(body, maxBodyBytes));
                CompletionLimit.apply(endpoint, request, access.limits(), defaultMaxTokens, task.tenantId());
            }
            if (!usageLedger.accepting()) {
                throw new RefusalException(DatabaseOutage.refusal());
            }
        } catch (RefusalException e) {
            return refuseEarly(e.refusal(), endpoint, receivedAt, start, caller, task, request);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable before the pipeline: " + e);
            return refuseEarly(DatabaseOutage.refusal(), endpoint, receivedAt, start, caller, task, request);
        }
        ProxyExchange exchange = new ProxyExchange(receivedAt, start, caller, task, endpoint,
                request == null ? ProxyExchange.ProxyRequestBody.EMPTY : request);
        if ((endpoint == Endpoint.CHAT_COMPLETIONS || endpoint == Endpoint.RESPONSES) && intentMarkers) {
            IntentMarker marker = IntentMarker.create(tenants.find(task.tenantId())
                    .map(io.taskgate.core.domain.model.tenant.Tenant::intentLabels).orElse(IntentMarker.DEFAULT_LABELS),
                    task);
            if (endpoint == Endpoint.RESPONSES) {
                request.appendInstructions(marker.instruction());
            } else {
                request.prependSystemMessage(marker.instruction());
            }
            exchange.attributes().put(IntentMarker.ATTRIBUTE, marker);
        }
        warnings.of(task.tenantId(), caller.username()).ifPresent(w -> exchange.responseHeader(MemberWarnings.HEADER, w));
        UpstreamOutcome outcome = upstream.call(exchange, request == null ? new byte[0] : request.upstreamBody());
        return renderer.render(exchange, request != null && request.usageInjected(), outcome);
    }

    private ProxyReply refuseEarly(Refusal refusal, Endpoint endpoint, Instant receivedAt, long start, Caller caller,
                                   TaskInfo task, OpenAiRequest request) {
        ledger.refusedEarly(endpoint, receivedAt, start, caller, task,
                request == null ? null : request.model().orElse(null), null, refusal.status(), refusal.code());
        return ProxyReply.error(refusal);
    }

    private Caller authenticate(String authorization) throws RefusalException {
        try {
            return authentication.authenticate(authorization);
        } catch (InvalidCredentialsException e) {
            throw new RefusalException(Refusal.of(401, e.code(), e.getMessage())
                    .withHeader("WWW-Authenticate", "Bearer realm=\"taskgate\""));
        }
    }

    private TaskInfo resolveTask(String header, String inPath, Caller caller) throws RefusalException {
        String value = TaskSelection.select(header, inPath, caller);
        return tasks.find(new TaskId(value)).orElseThrow(() -> new RefusalException(
                Refusal.of(403, "task_not_allowed", "You are not assigned to task '" + value
                        + "'. Use one of your tasks in X-Task-Id, or ask the project owner to assign this one.")));
    }

    /** Reads a request body up to a limit. */
    static final class BodyReader {
        private BodyReader() {
        }

        static byte[] read(InputStream in, long max) throws RefusalException {
            try (in) {
                byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (body.length > max) {
                    throw tooLarge(max);
                }
                return body;
            } catch (IOException e) {
                throw new RefusalException(Refusal.of(400, "invalid_request", "The request body could not be read."));
            }
        }

        private static RefusalException tooLarge(long max) {
            return new RefusalException(Refusal.of(413, "request_too_large",
                    "The request body is larger than this gateway accepts (" + max + " bytes).")
                    .withHeader("Connection", "close"));
        }
    }
}
