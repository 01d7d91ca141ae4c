package io.taskgate.core.interfaces.health;

import io.taskgate.core.application.ledger.AsyncUsageLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while a usage row recorded now is sure to be kept: DOWN only when the local spill is full (the database
 * has been away long enough to fill {@code gateway.ledger.spill-max-bytes}); the proxy then refuses requests with
 * 503 rather than serve what it could not record.
 */
@Readiness
@ApplicationScoped
public class UsageLedgerReadiness implements HealthCheck {

    @Inject
    AsyncUsageLedger ledger;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("usage-ledger").status(ledger.accepting())
                .withData("queued", ledger.pending())
                .withData("spill_bytes", ledger.spillBytes())
                .withData("spill_max_bytes", ledger.spillMaxBytes())
                .withData("spilled_rows", ledger.spilled())
                .withData("rejected_rows", ledger.rejected())
                .withData("lost_rows", ledger.lost())
                .withData("database_down", ledger.databaseDown())
                .build();
    }
}
