package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberKeysTest {

    static final Instant NOW = Instant.parse("2026-12-05T09:00:00Z");

    final Map<String, ApiKey> stored = new LinkedHashMap<>();
    final List<String> audited = new ArrayList<>();
    final Tenant acme = new Tenant("acme", "Acme", java.time.ZoneOffset.UTC, 30);
    final Membership carol = new Membership("acme", "carol", "carol@acme.example", MemberRole.CONTRACTOR, NOW);

    MemberKeys memberKeys() {
        MemberKeys keys = new MemberKeys();
        keys.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        keys.members = new MemberAdministration() {
            @Override
            public Membership member(Tenant tenant, String username) {
                if (!username.equals("carol")) {
                    throw AdminProblem.notFound("Member '" + username + "'");
                }
                return carol;
            }
        };
        keys.keys = new ApiKeyRepository() {
            public Optional<ApiKey> find(String keyId) { return Optional.ofNullable(stored.get(keyId)); }
            public List<ApiKey> findBySubject(String subject) { return List.copyOf(stored.values()); }
            public List<ApiKey> findByUsername(String username) {
                return stored.values().stream().filter(k -> k.username().equals(username)).toList();
            }
            public void add(ApiKey key) { stored.put(key.keyId(), key); }
            public ApiKey update(ApiKey key) { return key; }
            public Optional<ApiKey> revoke(String keyId, String subject, Instant at) {
                Optional<ApiKey> key = find(keyId).filter(k -> k.subject().equals(subject));
                key.ifPresent(k -> k.revoke(at));
                return key;
            }
        };
        keys.audit = new AuditTrail() {
            @Override
            public void record(String actor, String tenantId, String action, String targetType, String targetId,
                               Record before, Record after) {
                audited.add(actor + ":" + action + ":" + targetId + ":" + ((io.taskgate.api.admin.ApiKeyView) after).revokedAt());
            }
        };
        return keys;
    }

    ApiKey key(String id, String tenant) {
        ApiKey key = new ApiKey(id, "hash", "sub-carol", "carol", "laptop",
                new KeyGrant(Set.of(tenant), Set.of(), Set.of("chat.completions"), Set.of("gpt-4o-mini"), Set.of("contractor")),
                NOW.minusSeconds(60), NOW.plusSeconds(86_400));
        stored.put(id, key);
        return key;
    }

    @Test
    void anOwnerSeesOnlyTheKeysThatCarryTheirTenant() {
        key("k1", "acme");
        key("k2", "globex");
        assertEquals(List.of("k1"), memberKeys().of(acme, "carol").stream().map(ApiKey::keyId).toList());
    }

    @Test
    void revokingAMembersKeyArchivesItAndAuditsBeforeAndAfter() {
        key("k1", "acme");
        ApiKey revoked = memberKeys().revoke("alice", acme, "carol", "k1");
        assertNotNull(revoked.revokedAt());
        assertEquals(List.of("alice:key.revoke:k1:" + NOW), audited);
    }

    @Test
    void aKeyOfAnotherTenantIsNotFoundAsIfItDidNotExist() {
        key("k2", "globex");
        AdminProblem problem = assertThrows(AdminProblem.class, () -> memberKeys().revoke("alice", acme, "carol", "k2"));
        assertEquals(404, problem.status());
        assertTrue(audited.isEmpty());
    }

    @Test
    void aKeyCannotBeIssuedBeforeThePersonHasSignedIn() {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> memberKeys().issue("alice", acme, "carol",
                new KeyIssuer.KeyRequest("laptop", null, null, null, 30)));
        assertEquals(409, problem.status());
    }
}
