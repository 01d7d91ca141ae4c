package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.quota.QuotaLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Duration;

/**
 * The {@link QuotaLedger} adapter: {@link JdbcQuotaLedger} on the request path's pool (its heartbeat and sweep on
 * the housekeeping pool), with
 * {@code gateway.quota.deadline-ms} (default 2000: the longest one admission or settlement may wait on the database
 * before the request is answered 503 {@code quota_unavailable}) and {@code gateway.quota.instance-dead-after-s}
 * (default 30: after how long without a heartbeat another instance settles a stopped instance's reservations).
 */
@ApplicationScoped
public class QuotaLedgerProducer {

    @Produces
    @Singleton
    QuotaLedger ledger(GatewayDatabase database, Config config) {
        Duration deadline = Duration.ofMillis(config.getOptionalValue("gateway.quota.deadline-ms", Long.class).orElse(2000L));
        Duration deadAfter = Duration.ofSeconds(config.getOptionalValue("gateway.quota.instance-dead-after-s", Long.class)
                .orElse(30L));
        return new JdbcQuotaLedger(database.withDeadline(deadline), database.housekeeping(deadline), Clock.systemUTC(),
                deadAfter);
    }
}
