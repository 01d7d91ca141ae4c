package io.taskgate.core.interfaces.health;

import io.taskgate.core.application.ledger.AsyncUsageLedger;
import io.taskgate.core.application.quota.QuotaService;
import io.taskgate.core.application.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Ready only while the database answers within two seconds, on the request path's own pool (so a database that
 * came back is seen as soon as the pool has a fresh connection). Reports the pool, the usage rows kept in the
 * local spill and the quota settlements kept for later.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseStatus database;

    @Inject
    AsyncUsageLedger ledger;

    @Inject
    QuotaService quota;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus.Pool pool = database.pool();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .withData("pool_active", pool.active()).withData("pool_total", pool.total())
                .withData("pool_max", pool.max()).withData("pool_waiting", pool.waiting())
                .withData("usage_spill_bytes", ledger.spillBytes())
                .withData("usage_rejected_rows", ledger.rejected())
                .withData("quota_settlements_pending", quota.pendingSettlements());
        DatabaseStatus.Check check = database.check(Duration.ofSeconds(2));
        return check.up() ? response.up().withData("product", check.detail()).build()
                : response.down().withData("error", check.detail()).build();
    }
}
