package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * An owner's use cases on a member's API keys in their tenant: list the keys that carry the tenant, issue one with
 * only this tenant's share of the member's grant (shown once), and revoke one (archived, never deleted). Each change
 * is audited in the same transaction.
 */
@ApplicationScoped
public class MemberKeys {

    @Inject
    MemberAdministration members;

    @Inject
    ApiKeyRepository keys;

    @Inject
    AuditTrail audit;

    @Inject
    KeyIssuer issuer;

    Clock clock = Clock.systemUTC();

    /** The member's keys that carry this tenant, newest first. */
    public List<ApiKey> of(Tenant tenant, String username) {
        Membership member = members.member(tenant, username);
        return keys.findByUsername(member.username()).stream()
                .filter(k -> k.grant().tenants().contains(tenant.id())).toList();
    }

    @Transactional
    public KeyIssuer.Issued issue(String actor, Tenant tenant, String username, KeyIssuer.KeyRequest request) {
        Membership member = members.member(tenant, username);
        if (member.subject() == null) {
            throw AdminProblem.conflict("identity_unknown", "'" + username + "' has not signed in yet; a key can be "
                    + "issued once the gateway knows their identity.");
        }
        var grant = issuer.grantOf(member.username(), Set.of("contractor"), tenant.id());
        var issued = issuer.issue(member.subject(), member.username(), grant, request);
        audit.record(actor, tenant.id(), "key.issue", "key", issued.key().keyId(), null, Views.of(issued.key()));
        return issued;
    }

    @Transactional
    public ApiKey revoke(String actor, Tenant tenant, String username, String keyId) {
        Membership member = members.member(tenant, username);
        ApiKey key = keys.find(keyId).filter(k -> k.username().equals(member.username()))
                .filter(k -> k.grant().tenants().contains(tenant.id()))
                .orElseThrow(() -> AdminProblem.notFound("Key '" + keyId + "'"));
        var before = Views.of(key);
        ApiKey revoked = keys.revoke(keyId, key.subject(), clock.instant()).orElseThrow();
        audit.record(actor, tenant.id(), "key.revoke", "key", keyId, before, Views.of(revoked));
        return revoked;
    }
}
