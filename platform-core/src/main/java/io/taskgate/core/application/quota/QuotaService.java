package io.taskgate.core.application.quota;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.core.application.access.MemberDirectory;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.application.access.TenantDirectory;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskQuota;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.PricingTable;
import io.taskgate.core.domain.model.quota.QuotaLedger;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The quota stages' way into the core: finds the member's current limits and the task's own quota (through the
 * request-path caches, which every change clears, so a changed limit applies without a new login) and the tenant's
 * time zone, and runs the {@link QuotaGuard} on the
 * shared database counters. Settings: {@code gateway.quota.default-max-tokens} (completion bound when neither the
 * request nor the member names one), prices from {@code gateway.settlement.pricing.*},
 * {@code gateway.quota.deadline-ms} (default 2000: the longest one admission or settlement may wait on the
 * database before the request is answered 503 {@code quota_unavailable}), {@code gateway.quota.instance-dead-after-s}
 * (default 30: after how long without a heartbeat another instance settles a stopped instance's reservations).
 * The ledger's housekeeping (the instance's heartbeat, kept settlements, the reservation sweep) runs every two
 * seconds on a thread of its own: the server's shared managed scheduler also runs work that can block on the
 * database (the cache-change poll), and a heartbeat that waits behind it makes the other instances take this one for
 * stopped.
 */
@ApplicationScoped
public class QuotaService {

    private static final Logger LOG = Logger.getLogger(QuotaService.class.getName());

    @Inject
    MemberDirectory members;

    @Inject
    TenantDirectory tenants;

    @Inject
    TaskDirectory tasks;

    @Inject
    Config config;

    /** The shared counters (the JDBC adapter, with its deadline: {@code QuotaLedgerProducer}). */
    @Inject
    QuotaLedger ledger;

    @Resource
    ManagedThreadFactory threads;

    QuotaGuard guard;
    private ScheduledThreadPoolExecutor scheduler;
    private ScheduledFuture<?> housekeeping;

    @PostConstruct
    void init() {
        Clock clock = Clock.systemUTC();
        PricingTable prices = PricingTable.fromSettings(
                config.getOptionalValue("gateway.settlement.pricing.overrides", String.class).orElse(""),
                config.getOptionalValue("gateway.settlement.pricing.unknown", String.class).orElse("0/0"));
        guard = new QuotaGuard(ledger, clock, prices, defaultMaxTokens(config));
        scheduler = new ScheduledThreadPoolExecutor(1, threads);
        housekeeping = scheduler.scheduleWithFixedDelay(this::maintain, 2, 2, TimeUnit.SECONDS);
    }

    void maintain() {
        try {
            ledger.maintain();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Quota housekeeping failed; next time", e);
        }
    }

    @PreDestroy
    void stop() {
        if (housekeeping != null) {
            housekeeping.cancel(false);
        }
        if (scheduler != null) {
            scheduler.shutdown();
        }
        maintain(); // one last try for kept settlements
    }

    /** Settlements kept during a database outage, not yet applied. */
    public int pendingSettlements() {
        return ledger.pendingSettlements();
    }

    /** Completion bound when neither the request nor the member's cap names one. */
    public static long defaultMaxTokens(Config config) {
        return config.getOptionalValue("gateway.quota.default-max-tokens", Long.class).orElse(4096L);
    }

    public StageResult admit(Exchange exchange) {
        if (exchange instanceof io.taskgate.core.application.ProxyExchange proxied && proxied.context().isPresent()) {
            // resolved once before the pipeline: membership, the task's quota and the tenant's time zone
            io.taskgate.core.application.access.RequestContext context = proxied.context().get();
            return guard.admit(exchange, context.membership().id(), context.membership().limits(),
                    context.taskQuota(), context.tenant().timeZone());
        }
        Optional<Membership> membership;
        ZoneId zone;
        TaskQuota taskQuota;
        try {
            membership = members.find(exchange.task().tenantId(), exchange.caller().username());
            zone = tenants.find(exchange.task().tenantId()).map(Tenant::timeZone).orElse(ZoneOffset.UTC);
            taskQuota = tasks.quota(new TaskId(exchange.task().id()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Member limits could not be read", e);
            return StageResult.refuse(Refusal.of(503, "quota_unavailable", "The gateway cannot check your quota right"
                    + " now, so it does not forward the request. Try again in a few seconds.")
                    .withHeader("Retry-After", Long.toString(QuotaGuard.UNAVAILABLE_RETRY_SECONDS)));
        }
        if (membership.isEmpty()) {
            return StageResult.proceed(); // membership is checked before the pipeline; nothing to meter here
        }
        Membership member = membership.get();
        return guard.admit(exchange, member.id(), member.limits(), taskQuota, zone);
    }

    public void settle(Exchange exchange) {
        guard.settle(exchange);
    }

    /** A running stream's delivery so far (see {@link QuotaGuard#delivered}). */
    public void delivered(Exchange exchange, long promptTokens, long completionTokens) {
        guard.delivered(exchange, promptTokens, completionTokens);
    }
}
