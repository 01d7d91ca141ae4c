package io.taskgate.core.application.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.core.application.IdentityDirectory;
import io.taskgate.core.application.IdentityProviderUnavailableException;
import io.taskgate.core.application.admin.MemberAdministration.MemberChange;
import io.taskgate.core.application.admin.MemberAdministration.Onboarding;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.util.TypeLiteral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MemberAdministrationTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> DEFAULT_ENDPOINTS = Set.of("chat.completions", "models");
    static final Set<String> DEFAULT_MODELS = Set.of("gpt-4o-mini");

    /** The identity provider in memory: people by username, the claims written by subject, calls in order. */
    static final class FakeIdentityProvider implements IdentityDirectory {
        final Map<String, Identity> people = new LinkedHashMap<>();
        final Map<String, Claims> claims = new HashMap<>();
        final List<String> calls = new ArrayList<>();
        RuntimeException down;
        RuntimeException claimsFail;

        @Override
        public Identity ensureUser(String username, String email) {
            calls.add("ensure " + username);
            if (down != null) {
                throw down;
            }
            Identity known = people.get(username);
            if (known != null) {
                return new Identity(known.subject(), username, known.email(), false);
            }
            if (email.endsWith("@taken.example")) {
                throw new IllegalArgumentException("The email " + email + " belongs to another user.");
            }
            Identity created = new Identity("kc-" + username, username, email, true);
            people.put(username, created);
            return created;
        }

        @Override
        public void updateClaims(String subject, Claims written) {
            calls.add("claims " + subject);
            if (claimsFail != null) {
                throw claimsFail;
            }
            claims.put(subject, written);
        }
    }

    /** A CDI {@link Instance} that holds one bean, or none (no identity provider configured). */
    static final class Provided<T> implements Instance<T> {
        private final T bean;

        Provided(T bean) {
            this.bean = bean;
        }

        public T get() {
            if (bean == null) {
                throw new IllegalStateException("unsatisfied");
            }
            return bean;
        }
        public boolean isUnsatisfied() { return bean == null; }
        public boolean isAmbiguous() { return false; }
        public Iterator<T> iterator() { return Optional.ofNullable(bean).stream().iterator(); }
        public Instance<T> select(Annotation... qualifiers) { return this; }
        public <U extends T> Instance<U> select(Class<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        public <U extends T> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        public void destroy(T instance) { }
        public Handle<T> getHandle() { throw new UnsupportedOperationException(); }
        public Iterable<? extends Handle<T>> handles() { throw new UnsupportedOperationException(); }
    }

    final Tenant acme = new Tenant("acme", "Acme", ZoneOffset.UTC, 30);
    final FakeIdentityProvider provider = new FakeIdentityProvider();
    final AdminFakes.MemoryMembers members = new AdminFakes.MemoryMembers();
    final AdminFakes.MemoryTasks tasks = new AdminFakes.MemoryTasks();
    final AdminFakes.MemoryAudit log = new AdminFakes.MemoryAudit();
    final AdminFakes.RecordingMemberDirectory cache = new AdminFakes.RecordingMemberDirectory();
    final InvitationsTest.FakeAccounts accounts = new InvitationsTest.FakeAccounts();
    final InvitationsTest.MemoryInvitations invitationStore = new InvitationsTest.MemoryInvitations();
    final MemberAdministration admin = new MemberAdministration();

    MemberAdministrationTest() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        AuditTrail audit = AdminFakes.auditTrail(log, clock);
        TenantAdministration tenants = new TenantAdministration();
        tenants.tasks = tasks;
        IdentitySync identities = new IdentitySync();
        identities.directory = new Provided<>(provider);
        identities.members = members;
        identities.defaultEndpoints = List.copyOf(DEFAULT_ENDPOINTS);
        identities.defaultModels = List.copyOf(DEFAULT_MODELS);
        Invitations invitations = new Invitations();
        invitations.settings = InvitationSettings.from(key -> Optional.empty());
        invitations.accounts = accounts;
        invitations.invitations = invitationStore;
        invitations.members = members;
        InvitationStore invitationWrites = new InvitationStore();
        invitationWrites.invitations = invitationStore;
        invitationWrites.audit = audit;
        invitations.store = invitationWrites;
        invitations.clock = clock;
        admin.members = members;
        admin.store = AdminFakes.memberStore(members, audit, cache);
        admin.tenants = tenants;
        admin.identities = identities;
        admin.invitations = invitations;
        admin.clock = clock;

        tasks.add(new Task("acme-docs", "acme", "Docs", "", true, Set.of("doc")));
        tasks.add(new Task("acme-api", "acme", "API", "", true, Set.of("code")));
        tasks.add(new Task("etl-nightly", "globex", "ETL", "", true, Set.of("data")));
    }

    static Onboarding onboarding(String username, String email) {
        return new Onboarding(username, email, null, Set.of("acme-docs"), null, null, null, null);
    }

    static MemberChange status(String status, String reason, String until) {
        return new MemberChange(status, reason, until, null, null, null, null, null);
    }

    /** Dave, an active contractor on the docs task with an account in the identity provider. */
    Membership dave() {
        provider.people.put("dave", new IdentityDirectory.Identity("kc-dave", "dave", "dave@x.example", false));
        Membership dave = new Membership("acme", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        dave.linkIdentity("kc-dave", null, T0);
        dave.grant(Set.of("acme-docs"), DEFAULT_ENDPOINTS, DEFAULT_MODELS, T0);
        members.add(dave);
        return dave;
    }

    List<String> auditedActions() {
        return log.entries.stream().map(AuditEntry::action).toList();
    }

    static AdminProblem refused(int status, String code, Executable action) {
        AdminProblem problem = assertThrows(AdminProblem.class, action);
        assertEquals(status, problem.status(), problem.getMessage());
        assertEquals(code, problem.code(), problem.getMessage());
        return problem;
    }

    // --- onboarding ---

    @Test
    void onboardingANewPersonCreatesTheirAccountStoresTheMembershipSyncsClaimsAndInvitesThem() {
        var done = admin.onboard("alice", acme, onboarding(" Dave ", " dave@x.example "));
        Membership dave = members.byId.get("acme/dave");
        assertEquals(dave, done.membership());
        assertEquals("kc-dave", dave.subject());
        assertEquals("dave@x.example", dave.email());
        assertEquals(MemberRole.CONTRACTOR, dave.role());
        assertEquals(Set.of("acme-docs"), dave.tasks());
        assertEquals(DEFAULT_ENDPOINTS, dave.endpoints(), "the gateway's default endpoints");
        assertEquals(DEFAULT_MODELS, dave.models(), "the gateway's default models");
        assertTrue(dave.limits().unlimited());
        assertTrue(done.identityCreated());
        assertTrue(done.claimsSynced());
        assertEquals(new IdentityDirectory.Claims(Set.of("acme"), Set.of("acme-docs"), DEFAULT_ENDPOINTS, DEFAULT_MODELS),
                provider.claims.get("kc-dave"));
        assertEquals("code", done.invitation().delivery(), "a new account gets an invitation to set a password");
        assertEquals(List.of("member.add", "member.invite"), auditedActions());
        assertEquals(List.of("acme/dave"), cache.evicted);
    }

    @Test
    void onboardingSomeoneWhoAlreadyHasAnAccountLinksItWithTheGivenGrantsAndSendsNoInvitation() throws Exception {
        provider.people.put("erin", new IdentityDirectory.Identity("kc-erin", "erin", "erin@x.example", false));
        var done = admin.onboard("alice", acme, new Onboarding("erin", "erin@x.example", "owner",
                Set.of("acme-docs", "acme-api"), Set.of("embeddings"), Set.of("text-embedding-3-small"),
                "2027-01-01T00:00:00Z", new MemberLimits(1000L, null, null, null, null, null, null, null)));
        Membership erin = done.membership();
        assertFalse(done.identityCreated());
        assertNull(done.invitation());
        assertEquals("kc-erin", erin.subject());
        assertEquals(MemberRole.OWNER, erin.role());
        assertEquals(Set.of("embeddings"), erin.endpoints());
        assertEquals(Set.of("text-embedding-3-small"), erin.models());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), erin.accessExpiresAt());
        assertEquals(1000L, erin.limits().dailyTokens());
        assertEquals(List.of("member.add"), auditedActions());
        assertEquals("OWNER", JSON.readTree(log.single().after()).get("role").asText());
        assertTrue(invitationStore.all.isEmpty());
    }

    @Test
    void onboardingAnExistingMemberIsA409AndTheIdentityProviderIsNotAsked() {
        dave();
        AdminProblem problem = refused(409, "member_exists", () -> admin.onboard("alice", acme, onboarding("dave", "d@x.example")));
        assertEquals("'dave' is already a member of 'acme'. Change the membership instead.", problem.getMessage());
        assertEquals(List.of(), provider.calls);
        assertEquals(List.of(), log.entries);
    }

    @Test
    void badOnboardingInputIsA400BeforeAnythingIsCreated() {
        refused(400, "invalid_request", () -> admin.onboard("alice", acme, onboarding("Not valid!", "d@x.example")));
        refused(400, "invalid_request", () -> admin.onboard("alice", acme, onboarding("dave", "not-an-email")));
        AdminProblem role = refused(400, "invalid_request", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", "admin", null, null, null, null, null)));
        assertEquals("role must be OWNER or CONTRACTOR.", role.getMessage());
        refused(400, "invalid_request", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", null, null, Set.of("images"), null, null, null)));
        refused(400, "invalid_request", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", null, null, null, Set.of(" "), null, null)));
        refused(400, "invalid_request", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", null, null, null, null, "next week", null)));
        AdminProblem limits = refused(400, "invalid_request", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", null, null, null, null, null,
                        new MemberLimits(0L, null, null, null, null, null, null, null))));
        assertEquals("Invalid limits: dailyTokens must be at least 1.", limits.getMessage());
        assertEquals(List.of(), provider.calls);
        assertTrue(members.byId.isEmpty());
        assertEquals(List.of(), log.entries);
    }

    @Test
    void onboardingOntoAnotherTenantsTaskIsA404() {
        refused(404, "not_found", () -> admin.onboard("alice", acme,
                new Onboarding("dave", "d@x.example", null, Set.of("etl-nightly"), null, null, null, null)));
        assertTrue(members.byId.isEmpty());
        assertEquals(List.of(), provider.calls);
    }

    @Test
    void anEmailTheIdentityProviderRejectsIsA400ThatSaysWhy() {
        AdminProblem problem = refused(400, "identity_rejected",
                () -> admin.onboard("alice", acme, onboarding("dave", "dave@taken.example")));
        assertEquals("The email dave@taken.example belongs to another user.", problem.getMessage());
        assertTrue(members.byId.isEmpty());
        assertEquals(List.of(), log.entries);
    }

    @Test
    void anUnreachableIdentityProviderIsA503AndNothingIsStored() {
        provider.down = new IdentityProviderUnavailableException("Keycloak timed out", null);
        AdminProblem problem = refused(503, "identity_unavailable",
                () -> admin.onboard("alice", acme, onboarding("dave", "dave@x.example")));
        assertTrue(problem.getMessage().contains("Nothing was changed"), problem.getMessage());
        assertTrue(members.byId.isEmpty());
        assertEquals(List.of(), log.entries);
    }

    @Test
    void withoutAnIdentityProviderOnboardingIsA503() {
        admin.identities.directory = new Provided<>(null);
        AdminProblem problem = refused(503, "identity_unavailable",
                () -> admin.onboard("alice", acme, onboarding("dave", "dave@x.example")));
        assertEquals("No identity provider is configured for onboarding.", problem.getMessage());
        assertTrue(members.byId.isEmpty());
    }

    @Test
    void claimsThatCannotBeWrittenDoNotUndoTheOnboarding() {
        provider.claimsFail = new IdentityProviderUnavailableException("Keycloak answered 500", null);
        var done = admin.onboard("alice", acme, onboarding("dave", "dave@x.example"));
        assertFalse(done.claimsSynced());
        assertTrue(members.byId.containsKey("acme/dave"), "the gateway's own record decides");
        assertEquals(List.of("member.add", "member.invite"), auditedActions());
    }

    // --- changes ---

    @Test
    void offboardingEndsTheMembershipAndItsSessionsAuditsItAndDropsTheTenantFromTheClaims() throws Exception {
        dave();
        Membership saved = admin.change("alice", acme, "dave", status("OFFBOARDED", "contract ended", null));
        assertEquals(MemberStatus.OFFBOARDED, saved.status());
        assertEquals(MemberStatus.OFFBOARDED, members.byId.get("acme/dave").status());
        assertEquals("contract ended", saved.statusReason());
        AuditEntry entry = log.single();
        assertEquals("member.offboarded", entry.action());
        assertEquals("ACTIVE", JSON.readTree(entry.before()).get("status").asText());
        assertEquals("OFFBOARDED", JSON.readTree(entry.after()).get("status").asText());
        assertEquals(List.of("acme/dave"), cache.evicted, "the next request is refused at once");
        assertTrue(accounts.calls.contains("logout kc-dave"), "the console session ends too: " + accounts.calls);
        assertEquals(Set.of(), provider.claims.get("kc-dave").tenants());
    }

    @Test
    void aSuspensionNeedsItsEndAndKeepsTheSessionsAndTheClaims() {
        dave();
        AdminProblem problem = refused(400, "invalid_request",
                () -> admin.change("alice", acme, "dave", status("suspended", "a break", null)));
        assertEquals("A suspension needs suspendedUntil (an ISO-8601 instant).", problem.getMessage());
        assertEquals(List.of(), log.entries);
        Membership saved = admin.change("alice", acme, "dave", status("suspended", "a break", "2026-12-06T00:00:00Z"));
        assertEquals(MemberStatus.SUSPENDED, saved.status());
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), saved.suspendedUntil());
        assertEquals(List.of("member.suspended"), auditedActions());
        assertFalse(accounts.calls.contains("logout kc-dave"));
        assertEquals(Set.of("acme"), provider.claims.get("kc-dave").tenants(), "a suspended member keeps the claims");
    }

    @Test
    void anUnknownStatusOrRoleIsA400AndChangesNothing() {
        dave();
        AdminProblem unknown = refused(400, "invalid_request",
                () -> admin.change("alice", acme, "dave", status("DELETED", null, null)));
        assertTrue(unknown.getMessage().startsWith("status must be one of"), unknown.getMessage());
        refused(400, "invalid_request", () -> admin.change("alice", acme, "dave",
                new MemberChange(null, null, null, null, null, null, null, "superuser")));
        refused(400, "invalid_request", () -> admin.change("alice", acme, "dave",
                new MemberChange(null, "r".repeat(1001), null, null, null, null, null, null)));
        assertEquals(MemberStatus.ACTIVE, members.byId.get("acme/dave").status());
        assertEquals(List.of(), log.entries);
    }

    @Test
    void aChangeWithoutAStatusUpdatesGrantsRoleAndAccessExpiryAsAnUpdate() {
        dave();
        Membership saved = admin.change("alice", acme, "dave", new MemberChange(null, null, null,
                Set.of("acme-docs", "acme-api"), null, Set.of("gpt-4o"), "2027-01-01T00:00:00Z", "OWNER"));
        assertEquals(Set.of("acme-docs", "acme-api"), saved.tasks());
        assertEquals(DEFAULT_ENDPOINTS, saved.endpoints(), "grants left out stay");
        assertEquals(Set.of("gpt-4o"), saved.models());
        assertEquals(MemberRole.OWNER, saved.role());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), saved.accessExpiresAt());
        assertEquals(List.of("member.update"), auditedActions());
        assertEquals(Set.of("acme-docs", "acme-api"), provider.claims.get("kc-dave").tasks());
        assertEquals(List.of(), accounts.calls, "sessions are ended only by a status change");

        admin.change("alice", acme, "dave", new MemberChange(null, null, null, null, null, null, " ", null));
        assertNull(members.byId.get("acme/dave").accessExpiresAt(), "a blank expiry lifts it");
    }

    @Test
    void grantingAnotherTenantsTaskIsA404AndChangesNothing() {
        dave();
        refused(404, "not_found", () -> admin.change("alice", acme, "dave",
                new MemberChange(null, null, null, Set.of("etl-nightly"), null, null, null, null)));
        assertEquals(Set.of("acme-docs"), members.byId.get("acme/dave").tasks());
        assertEquals(List.of(), log.entries);
    }

    @Test
    void changingSomeoneWhoIsNotAMemberIsA404() {
        refused(404, "not_found", () -> admin.change("alice", acme, "nobody", status("BANNED", null, null)));
        refused(404, "not_found", () -> admin.member(acme, "nobody"));
        assertEquals(List.of(), log.entries);
        assertEquals(List.of(), accounts.calls);
    }

    // --- limits ---

    @Test
    void newLimitsAreStoredAuditedAndSeenByTheRequestPathAtOnce() throws Exception {
        dave();
        Membership saved = admin.limit("alice", acme, "dave",
                new MemberLimits(50_000L, 1_000_000L, null, null, 20, null, 4000L, 2));
        assertEquals(50_000L, saved.limits().dailyTokens());
        assertEquals(2, members.byId.get("acme/dave").limits().maxConcurrentStreams());
        AuditEntry entry = log.single();
        assertEquals("member.limits", entry.action());
        assertTrue(JSON.readTree(entry.before()).get("limits").get("dailyTokens").isNull());
        assertEquals(50_000, JSON.readTree(entry.after()).get("limits").get("dailyTokens").asLong());
        assertEquals(List.of("acme/dave"), cache.evicted);
        assertTrue(admin.limit("alice", acme, "dave", null).limits().unlimited(), "no limits: unlimited again");
    }

    @Test
    void invalidLimitsAreA400ThatListsEveryProblemAndChangeNothing() {
        dave();
        AdminProblem problem = refused(400, "invalid_request", () -> admin.limit("alice", acme, "dave",
                new MemberLimits(null, null, new java.math.BigDecimal("-1"), null, 0, null, null, null)));
        assertEquals("Invalid limits: requestsPerMinute must be at least 1; budgetUsd must not be negative.",
                problem.getMessage());
        assertTrue(members.byId.get("acme/dave").limits().unlimited());
        assertEquals(List.of(), log.entries);
    }

    // --- claims ---

    @Test
    void theClaimsAreTheUnionOfTheActiveAndSuspendedMembershipsOfThePerson() {
        Membership dave = dave();
        Membership elsewhere = new Membership("globex", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        elsewhere.grant(Set.of("etl-nightly"), Set.of("embeddings"), Set.of("text-embedding-3-small"), T0);
        elsewhere.changeStatus(MemberStatus.SUSPENDED, null, NOW.plusSeconds(60), T0);
        members.add(elsewhere);
        Membership gone = new Membership("initech", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        gone.grant(Set.of("tps-reports"), Set.of(), Set.of(), T0);
        gone.changeStatus(MemberStatus.BANNED, null, null, T0);
        members.add(gone);
        assertTrue(admin.identities.syncClaims(dave));
        IdentityDirectory.Claims claims = provider.claims.get("kc-dave");
        assertEquals(Set.of("acme", "globex"), claims.tenants());
        assertEquals(Set.of("acme-docs", "etl-nightly"), claims.tasks());
        assertEquals(Set.of("chat.completions", "models", "embeddings"), claims.endpoints());
    }

    @Test
    void aMemberWithoutAnAccountHasNoClaimsToSync() {
        Membership pending = new Membership("acme", "frank", "frank@x.example", MemberRole.CONTRACTOR, T0);
        assertFalse(admin.identities.syncClaims(pending));
        assertEquals(List.of(), provider.calls);
        Membership dave = dave();
        admin.identities.directory = new Provided<>(null);
        assertFalse(admin.identities.syncClaims(dave), "no identity provider configured");
    }
}
