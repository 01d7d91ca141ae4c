package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.TenantRepository;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Issues and rotates personal API keys. A key carries at most what its owner's active memberships grant (and
 * only one tenant's share when an owner issues it for a member); its lifetime is required and capped by the
 * gateway and by every tenant it carries. Rotation keeps the old key working for a grace period.
 */
@ApplicationScoped
public class KeyIssuer {

    @Inject
    MembershipRepository members;

    @Inject
    TenantRepository tenants;

    @Inject
    ApiKeyRepository keys;

    @Inject
    @ConfigProperty(name = "gateway.keys.max-lifetime-days", defaultValue = "90")
    int maxLifetimeDays;

    @Inject
    @ConfigProperty(name = "gateway.keys.rotation-grace-minutes", defaultValue = "60")
    long rotationGraceMinutes;

    Clock clock = Clock.systemUTC();

    /** What a key should carry; empty sets mean everything the owner has of that kind. */
    public record KeyRequest(String name, Set<String> tasks, Set<String> endpoints, Set<String> models,
                             Integer expiresInDays) {
    }

    /** A new key and its secret, which is shown once and never stored. */
    public record Issued(ApiKey key, String secret) {
    }

    /** The union of the person's active memberships, limited to one tenant when {@code onlyTenant} is set. */
    public KeyGrant grantOf(String username, Set<String> roles, String onlyTenant) {
        Set<String> ts = new HashSet<>();
        Set<String> tasks = new HashSet<>();
        Set<String> endpoints = new HashSet<>();
        Set<String> models = new HashSet<>();
        for (Membership m : members.findByUsername(username)) {
            if (m.status() == MemberStatus.ACTIVE && (onlyTenant == null || onlyTenant.equals(m.tenantId()))) {
                ts.add(m.tenantId());
                tasks.addAll(m.tasks());
                endpoints.addAll(m.endpoints());
                models.addAll(m.models());
            }
        }
        return new KeyGrant(ts, tasks, endpoints, models, roles);
    }

    public Issued issue(String subject, String username, KeyGrant own, KeyRequest request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw AdminProblem.invalid("Give the key a name of 1-100 characters.");
        }
        rejectUngranted("tasks", request.tasks(), own.tasks());
        rejectUngranted("endpoints", request.endpoints(), own.endpoints());
        rejectUngranted("models", request.models(), own.models());
        KeyGrant grant = own.narrowTo(request.tasks(), request.endpoints(), request.models());
        int days = lifetime(grant, request.expiresInDays());
        return store(subject, username, request.name().strip(), grant, days);
    }

    @Transactional
    public Issued rotate(String keyId, String subject, Integer expiresInDays) {
        ApiKey old = keys.find(keyId).filter(k -> k.subject().equals(subject)).filter(k -> k.usableAt(clock.instant()))
                .orElseThrow(() -> AdminProblem.notFound("Usable key '" + keyId + "'"));
        KeyGrant current = grantOf(old.username(), old.grant().roles(), null);
        KeyGrant grant = current.narrowTo(old.grant().tasks(), old.grant().endpoints(), old.grant().models());
        long oldDays = Math.max(1, Duration.between(old.createdAt(), old.expiresAt()).toDays());
        int days = lifetime(grant, expiresInDays == null ? (int) Math.min(oldDays, Integer.MAX_VALUE) : expiresInDays);
        Issued fresh = store(subject, old.username(), old.name(), grant, days);
        old.expireNoLaterThan(clock.instant().plus(Duration.ofMinutes(rotationGraceMinutes)));
        keys.update(old);
        return fresh;
    }

    private Issued store(String subject, String username, String name, KeyGrant grant, int days) {
        ApiKeySecret secret = ApiKeySecret.generate();
        Instant now = clock.instant();
        ApiKey key = new ApiKey(secret.keyId(), secret.hash(), subject, username, name, grant, now,
                now.plus(Duration.ofDays(days)));
        keys.add(key);
        return new Issued(key, secret.plainText());
    }

    private int lifetime(KeyGrant grant, Integer requested) {
        int cap = maxLifetimeDays;
        for (String tenantId : grant.tenants()) {
            var tenant = tenants.find(tenantId);
            if (tenant.isPresent() && tenant.get().maxKeyLifetimeDays().isPresent()) {
                cap = Math.min(cap, tenant.get().maxKeyLifetimeDays().getAsInt());
            }
        }
        if (requested == null || requested < 1 || requested > cap) {
            throw AdminProblem.invalid("expiresInDays is required, between 1 and " + cap
                    + " (the longest key lifetime the gateway and your projects allow).");
        }
        return requested;
    }

    private static void rejectUngranted(String kind, Set<String> wanted, Set<String> granted) {
        if (wanted != null && !granted.containsAll(wanted)) {
            throw AdminProblem.invalid("A key can only carry " + kind + " you have yourself: " + granted + ".");
        }
    }
}
