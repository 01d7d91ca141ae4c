package io.taskgate.core.infrastructure.metrics;

import io.taskgate.core.application.ledger.AsyncUsageLedger;

import io.taskgate.core.application.quota.QuotaService;
import io.taskgate.core.application.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Gauges of what the gateway keeps while the database is away: usage rows in the local spill, rows the database
 * refused on their own, rows lost to a full spill, quota settlements not yet applied, and the request path's pool.
 */
@ApplicationScoped
public class ResilienceGauges {

    @Inject
    MetricRegistry registry;

    @Inject
    AsyncUsageLedger ledger;

    @Inject
    QuotaService quota;

    @Inject
    DatabaseStatus database;

    void register(@Observes @Initialized(ApplicationScoped.class) Object init) {
        registry.gauge("taskgate_usage_spill_bytes", ledger, AsyncUsageLedger::spillBytes);
        registry.gauge("taskgate_usage_rows_spilled", ledger, AsyncUsageLedger::spilled);
        registry.gauge("taskgate_usage_rows_rejected", ledger, AsyncUsageLedger::rejected);
        registry.gauge("taskgate_usage_rows_lost", ledger, AsyncUsageLedger::lost);
        registry.gauge("taskgate_quota_settlements_pending", quota, QuotaService::pendingSettlements);
        registry.gauge("taskgate_db_pool_active", database, d -> d.pool().active());
        registry.gauge("taskgate_db_pool_waiting", database, d -> d.pool().waiting());
    }
}
