package io.taskgate.core.application.ledger;

import io.taskgate.core.application.access.TenantDirectory;

import io.taskgate.core.application.ProxyMetrics;

import io.taskgate.api.pipeline.Caller;
import io.taskgate.api.pipeline.Endpoint;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.pipeline.Usage;
import io.taskgate.core.application.ProxyExchange;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageLedger;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns finished exchanges, and requests refused before an exchange existed, into ledger rows. */
@ApplicationScoped
public class ExchangeLedger {

    private static final Logger LOG = Logger.getLogger(ExchangeLedger.class.getName());

    @Inject
    UsageLedger ledger;

    @Inject
    TenantDirectory tenants;

    @Inject
    ProxyMetrics metrics;

    /** A request refused before the pipeline (authentication, task header, body): whatever is known is kept. */
    public void refusedEarly(String requestId, Endpoint endpoint, Instant receivedAt, long startNanos, Caller caller,
                             TaskInfo task, String model, String prompt, int status, String code) {
        UsageRecordBuilder row = new UsageRecordBuilder(requestId, receivedAt, endpoint.claimName())
                .outcome(status, code)
                .model(model)
                .latencyMs(elapsedMs(startNanos));
        if (caller != null) {
            row.caller(caller.subject(), caller.username(), caller.authKind().name(), caller.keyId());
        }
        if (task != null) {
            row.task(task.tenantId(), task.id()).prompt(retained(task.tenantId(), prompt));
        }
        ledger.record(row.build());
        metrics.request(endpoint, status, code, Usage.NONE);
    }

    /** A request that went through the pipeline, with whatever usage and cost it settled. */
    public void completed(ProxyExchange exchange, int status, String code, Usage usage) {
        Caller caller = exchange.caller();
        Usage settled = usage == null ? Usage.NONE : usage;
        UsageRecordBuilder row = new UsageRecordBuilder(exchange.requestId(), exchange.receivedAt(),
                exchange.endpoint().claimName())
                .caller(caller.subject(), caller.username(), caller.authKind().name(), caller.keyId())
                .task(exchange.task().tenantId(), exchange.task().id())
                .model(exchange.model().orElse(null))
                .outcome(status, code)
                .prompt(retained(exchange, exchange.promptText()))
                .usage(settled.promptTokens(), settled.completionTokens(), settled.estimated())
                .cost(exchange.cost().orElse(null))
                .latencyMs(exchange.latencyMillis())
                .intent(exchange.annotations().get("intent"))
                .streamed(exchange.streaming());
        ledger.record(row.build());
        metrics.request(exchange.endpoint(), status, code, settled);
    }

    /**
     * The prompt where the tenant retains prompts, else null. If the tenant's setting cannot be read, the row is
     * still written, without the prompt: a ledger row is never lost for the sake of its prompt.
     */
    private String retained(ProxyExchange exchange, String prompt) {
        if (exchange.context().isPresent()) {
            return exchange.context().get().tenant().storesPrompts() && prompt != null && !prompt.isEmpty() ? prompt : null;
        }
        return retained(exchange.task().tenantId(), prompt);
    }

    private String retained(String tenantId, String prompt) {
        if (prompt == null || prompt.isEmpty()) {
            return null;
        }
        try {
            return tenants.find(tenantId).filter(Tenant::storesPrompts).map(t -> prompt).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tenant " + tenantId + "'s prompt retention could not be read; the ledger row is "
                    + "kept without its prompt", e);
            return null;
        }
    }

    private static long elapsedMs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
