package io.taskgate.core.application.admin;

import io.taskgate.core.application.admin.KeyIssuer.KeyRequest;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.ApiKeyRepository;
import io.taskgate.core.domain.model.apikey.ApiKeySecret;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyIssuerTest {

    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    /** Keys in memory, by id, in the order added. */
    static final class MemoryKeys implements ApiKeyRepository {
        final Map<String, ApiKey> byId = new LinkedHashMap<>();
        final List<String> updated = new ArrayList<>();

        public Optional<ApiKey> find(String keyId) { return Optional.ofNullable(byId.get(keyId)); }
        public List<ApiKey> findBySubject(String subject) {
            return byId.values().stream().filter(k -> k.subject().equals(subject)).toList();
        }
        public List<ApiKey> findByUsername(String username) {
            return byId.values().stream().filter(k -> k.username().equals(username)).toList();
        }
        public void add(ApiKey key) { byId.put(key.keyId(), key); }
        public ApiKey update(ApiKey key) { updated.add(key.keyId()); return key; }
        public Optional<ApiKey> revoke(String keyId, String subject, Instant at) {
            return find(keyId).filter(k -> k.subject().equals(subject)).map(k -> { k.revoke(at); return k; });
        }
    }

    final AdminFakes.MemoryMembers members = new AdminFakes.MemoryMembers();
    final AdminFakes.MemoryTenants tenants = new AdminFakes.MemoryTenants();
    final MemoryKeys keys = new MemoryKeys();
    final KeyIssuer issuer = new KeyIssuer();

    KeyIssuerTest() {
        issuer.members = members;
        issuer.tenants = tenants;
        issuer.keys = keys;
        issuer.maxLifetimeDays = 90;
        issuer.rotationGraceMinutes = 60;
        issuer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        tenants.add(new Tenant("acme", "Acme", ZoneOffset.UTC, 30));
        Tenant globex = new Tenant("globex", "Globex", ZoneOffset.UTC, 30);
        globex.capKeyLifetime(30);
        tenants.add(globex);
        membership("acme", Set.of("acme-docs", "acme-api"), Set.of("chat.completions", "embeddings"), MemberStatus.ACTIVE);
        membership("globex", Set.of("etl-nightly"), Set.of("chat.completions"), MemberStatus.ACTIVE);
        membership("initech", Set.of("tps-reports"), Set.of("responses"), MemberStatus.BANNED);
    }

    void membership(String tenantId, Set<String> tasks, Set<String> endpoints, MemberStatus status) {
        Membership m = new Membership(tenantId, "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        m.grant(tasks, endpoints, Set.of("gpt-4o-mini"), T0);
        m.changeStatus(status, null, null, T0);
        members.add(m);
    }

    static KeyRequest request(String name, Set<String> tasks, Integer days) {
        return new KeyRequest(name, tasks, null, null, days);
    }

    static AdminProblem invalid(Executable action) {
        AdminProblem problem = assertThrows(AdminProblem.class, action);
        assertEquals(400, problem.status(), problem.getMessage());
        assertEquals("invalid_request", problem.code());
        return problem;
    }

    @Test
    void aPersonsGrantIsTheUnionOfTheirActiveMembershipsOrOfOneTenantsShare() {
        KeyGrant all = issuer.grantOf("dave", Set.of("contractor"), null);
        assertEquals(Set.of("acme", "globex"), all.tenants(), "a banned membership grants nothing");
        assertEquals(Set.of("acme-docs", "acme-api", "etl-nightly"), all.tasks());
        assertEquals(Set.of("chat.completions", "embeddings"), all.endpoints());
        assertEquals(Set.of("contractor"), all.roles());
        KeyGrant acmeOnly = issuer.grantOf("dave", Set.of(), "acme");
        assertEquals(Set.of("acme"), acmeOnly.tenants());
        assertEquals(Set.of("acme-docs", "acme-api"), acmeOnly.tasks());
    }

    @Test
    void anIssuedKeyCarriesTheRequestedShareForTheRequestedDaysAndOnlyItsHashIsStored() {
        KeyGrant own = issuer.grantOf("dave", Set.of(), "acme");
        KeyIssuer.Issued issued = issuer.issue("kc-dave", "dave", own, request("  laptop ", Set.of("acme-docs"), 30));
        ApiKey key = keys.byId.get(issued.key().keyId());
        assertEquals("laptop", key.name());
        assertEquals("kc-dave", key.subject());
        assertEquals(Set.of("acme-docs"), key.grant().tasks());
        assertEquals(Set.of("chat.completions", "embeddings"), key.grant().endpoints(), "nothing asked: all of it");
        assertEquals(NOW, key.createdAt());
        assertEquals(NOW.plus(Duration.ofDays(30)), key.expiresAt());
        assertTrue(issued.secret().startsWith(ApiKeySecret.PREFIX + key.keyId() + "_"), issued.secret());
        assertFalse(key.secretHash().contains(issued.secret()));
        assertTrue(ApiKeySecret.parse(issued.secret()).orElseThrow().matches(key.secretHash()));
    }

    @Test
    void aKeyWithoutANameOrWithMoreThanItsOwnerHasIsA400AndNothingIsStored() {
        KeyGrant own = issuer.grantOf("dave", Set.of(), "acme");
        invalid(() -> issuer.issue("kc-dave", "dave", own, null));
        invalid(() -> issuer.issue("kc-dave", "dave", own, request(" ", null, 30)));
        invalid(() -> issuer.issue("kc-dave", "dave", own, request("n".repeat(101), null, 30)));
        AdminProblem task = invalid(() -> issuer.issue("kc-dave", "dave", own, request("k", Set.of("etl-nightly"), 30)));
        assertTrue(task.getMessage().startsWith("A key can only carry tasks you have yourself"), task.getMessage());
        invalid(() -> issuer.issue("kc-dave", "dave", own, new KeyRequest("k", null, Set.of("responses"), null, 30)));
        invalid(() -> issuer.issue("kc-dave", "dave", own, new KeyRequest("k", null, null, Set.of("gpt-4o"), 30)));
        assertTrue(keys.byId.isEmpty());
    }

    @Test
    void theLifetimeIsRequiredAndCappedByTheGatewayAndByEveryTenantTheKeyCarries() {
        KeyGrant acme = issuer.grantOf("dave", Set.of(), "acme");
        assertEquals(NOW.plus(Duration.ofDays(90)),
                issuer.issue("kc-dave", "dave", acme, request("k", null, 90)).key().expiresAt());
        AdminProblem missing = invalid(() -> issuer.issue("kc-dave", "dave", acme, request("k", null, null)));
        assertEquals("expiresInDays is required, between 1 and 90 (the longest key lifetime the gateway and your "
                + "projects allow).", missing.getMessage());
        invalid(() -> issuer.issue("kc-dave", "dave", acme, request("k", null, 0)));
        invalid(() -> issuer.issue("kc-dave", "dave", acme, request("k", null, 91)));
        KeyGrant both = issuer.grantOf("dave", Set.of(), null);
        AdminProblem capped = invalid(() -> issuer.issue("kc-dave", "dave", both, request("k", null, 31)));
        assertTrue(capped.getMessage().contains("between 1 and 30"), "globex caps keys at 30 days: " + capped.getMessage());
        assertEquals(1, keys.byId.size());
    }

    @Test
    void rotationIssuesAFreshKeyWithTheCurrentGrantAndLeavesTheOldOneAGracePeriod() {
        KeyGrant own = issuer.grantOf("dave", Set.of("contractor"), null);
        ApiKey old = issuer.issue("kc-dave", "dave", own, request("laptop", Set.of("acme-docs", "etl-nightly"), 30)).key();
        members.byId.get("globex/dave").changeStatus(MemberStatus.OFFBOARDED, null, null, NOW);
        KeyIssuer.Issued fresh = issuer.rotate(old.keyId(), "kc-dave", null);
        assertNotEquals(old.keyId(), fresh.key().keyId());
        assertEquals("laptop", fresh.key().name());
        assertEquals(Set.of("acme-docs"), fresh.key().grant().tasks(), "what the person no longer has is dropped");
        assertEquals(Set.of("acme"), fresh.key().grant().tenants());
        assertEquals(NOW.plus(Duration.ofDays(30)), fresh.key().expiresAt(), "the old key's lifetime again");
        assertEquals(NOW.plus(Duration.ofMinutes(60)), old.expiresAt());
        assertEquals(List.of(old.keyId()), keys.updated);
        assertEquals(NOW.plus(Duration.ofDays(7)), issuer.rotate(fresh.key().keyId(), "kc-dave", 7).key().expiresAt());
    }

    @Test
    void onlyTheOwnersUsableKeyCanBeRotated() {
        KeyGrant own = issuer.grantOf("dave", Set.of(), "acme");
        ApiKey key = issuer.issue("kc-dave", "dave", own, request("laptop", null, 30)).key();
        for (Executable rotation : List.<Executable>of(
                () -> issuer.rotate(key.keyId(), "kc-mallory", null),
                () -> issuer.rotate("no-such-key", "kc-dave", null))) {
            assertEquals(404, assertThrows(AdminProblem.class, rotation).status());
        }
        key.revoke(NOW);
        assertEquals(404, assertThrows(AdminProblem.class, () -> issuer.rotate(key.keyId(), "kc-dave", null)).status());
        assertEquals(1, keys.byId.size());
        assertEquals(List.of(), keys.updated);
    }
}
