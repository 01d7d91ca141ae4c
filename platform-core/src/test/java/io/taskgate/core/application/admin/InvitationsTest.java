package io.taskgate.core.application.admin;

import io.taskgate.core.application.IdentityProviderUnavailableException;
import io.taskgate.core.domain.model.invitation.Invitation;
import io.taskgate.core.domain.model.invitation.InvitationRepository;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InvitationsTest {

    static final Tenant ACME = new Tenant("acme", "Acme", ZoneId.of("UTC"), 30);
    static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");

    /** Records what the identity provider was asked to do. */
    static class FakeAccounts implements AccountActions {
        final List<String> calls = new ArrayList<>();
        final Map<String, String> passwords = new HashMap<>();
        boolean setUp;
        RuntimeException failEmail;
        RuntimeException failCheck;
        RuntimeException failPassword;
        RuntimeException failLogout;

        @Override
        public void sendSetupEmail(String subject, String clientId, String redirectUri, Duration lifespan) {
            if (failEmail != null) {
                throw failEmail;
            }
            calls.add("email " + subject + " " + clientId + " " + redirectUri + " " + lifespan.toHours() + "h");
        }

        @Override
        public void setPassword(String subject, String password) {
            if (failPassword != null) {
                throw failPassword;
            }
            if (password.equals("rejected-by-policy")) {
                throw new IllegalArgumentException("Keycloak refused: invalid password: must contain a digit.");
            }
            calls.add("password " + subject);
            passwords.put(subject, password);
        }

        @Override
        public boolean setUpComplete(String subject) {
            calls.add("check " + subject);
            if (failCheck != null) {
                throw failCheck;
            }
            return setUp;
        }

        @Override
        public void endSessions(String subject) {
            if (failLogout != null) {
                throw failLogout;
            }
            calls.add("logout " + subject);
        }
    }

    static class MemoryInvitations implements InvitationRepository {
        final List<Invitation> all = new ArrayList<>();

        @Override
        public void add(Invitation invitation) {
            all.add(invitation);
        }

        @Override
        public Invitation update(Invitation invitation) {
            return invitation;
        }

        @Override
        public Optional<Invitation> latest(String tenantId, String username) {
            return all.stream().filter(i -> i.tenantId().equals(tenantId) && i.username().equals(username))
                    .reduce((a, b) -> b.createdAt().isBefore(a.createdAt()) ? a : b); // the later one on a tie
        }

        @Override
        public List<Invitation> latestOf(String tenantId, Collection<String> usernames) {
            return usernames.stream().map(u -> latest(tenantId, u)).flatMap(Optional::stream).toList();
        }

        @Override
        public List<Invitation> pendingOfSubject(String subject) {
            return all.stream().filter(i -> i.subject().equals(subject) && i.pending()).toList();
        }

        @Override
        public Optional<Invitation> findByCodeHash(String codeHash) {
            return all.stream().filter(i -> codeHash.equals(i.codeHash())).findFirst();
        }
    }

    static class MemoryMembers implements MembershipRepository {
        final Map<String, Membership> byName = new HashMap<>();

        public Optional<Membership> find(String tenantId, String username) {
            return Optional.ofNullable(byName.get(username));
        }

        public List<Membership> findByTenant(String tenantId) {
            return List.copyOf(byName.values());
        }

        public List<Membership> findByUsername(String username) {
            return find("acme", username).stream().toList();
        }

        public void add(Membership membership) {
            byName.put(membership.username(), membership);
        }

        public void linkSubjectIfUnknown(String tenantId, String username, String subject) {
        }

        public Membership update(Membership membership) {
            return membership;
        }
    }

    static class RecordingAudit extends AuditTrail {
        final List<String> actions = new ArrayList<>();

        @Override
        public void record(String actor, String tenantId, String action, String targetType, String targetId,
                           Record before, Record after) {
            actions.add(actor + " " + action + " " + targetId);
        }
    }

    final FakeAccounts accounts = new FakeAccounts();
    final MemoryInvitations store = new MemoryInvitations();
    final MemoryMembers members = new MemoryMembers();
    final RecordingAudit audit = new RecordingAudit();
    final Membership dave = member("dave");

    Invitations invitations(String delivery, String consoleUrl) {
        Map<String, String> config = new HashMap<>();
        config.put("taskgate.invitations.delivery", delivery);
        config.put("taskgate.invitations.lifetime-hours", "48");
        if (consoleUrl != null) {
            config.put("taskgate.invitations.console-url", consoleUrl);
        }
        Invitations invitations = new Invitations();
        invitations.settings = InvitationSettings.from(k -> Optional.ofNullable(config.get(k)));
        invitations.accounts = accounts;
        invitations.invitations = store;
        invitations.members = members;
        InvitationStore writes = new InvitationStore();
        writes.invitations = store;
        writes.audit = audit;
        invitations.store = writes;
        at(T0, invitations);
        return invitations;
    }

    static void at(Instant now, Invitations invitations) {
        invitations.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    Membership member(String name) {
        Membership m = new Membership("acme", name, name + "@x.example", MemberRole.CONTRACTOR, T0);
        m.linkIdentity("kc-" + name, name + "@x.example", T0);
        members.add(m);
        return m;
    }

    @Test
    void withSmtpTheProviderSendsItsOwnEmailAndTheOwnerSeesWhenTheLinkExpires() {
        var invitations = invitations("email", "http://console.example/");
        var issued = invitations.invite("alice", dave);
        assertEquals(List.of("email kc-dave taskgate-web http://console.example/app/index.xhtml 48h"), accounts.calls);
        assertTrue(issued.sent());
        assertEquals("email", issued.delivery());
        assertEquals(T0.plus(Duration.ofHours(48)), issued.expiresAt());
        assertEquals("dave@x.example", issued.sentTo());
        assertNull(issued.activationCode(), "no code when the provider mails the link");
        assertNull(store.all.get(0).codeHash());
        assertEquals(List.of("alice member.invite dave"), audit.actions);
    }

    @Test
    void withoutSmtpTheOwnerGetsAOneTimeCodeThatIsStoredOnlyAsItsHash() {
        var invitations = invitations("code", "http://console.example");
        var issued = invitations.invite("alice", dave);
        assertFalse(accounts.calls.stream().anyMatch(c -> c.startsWith("email")), "nothing is mailed");
        assertTrue(ActivationCode.wellFormed(issued.activationCode()), issued.activationCode());
        assertEquals("http://console.example/activate.xhtml", issued.activationUrl());
        assertEquals(T0.plus(Duration.ofHours(48)), issued.expiresAt());
        assertEquals(ActivationCode.hash(issued.activationCode()), store.all.get(0).codeHash());
        assertFalse(store.all.get(0).codeHash().contains(issued.activationCode()));
        assertTrue(issued.view().activationCode() != null, "shown once, in the answer");
    }

    @Test
    void aRedeemedCodeSetsThePasswordOnceAndTheMemberBecomesActive() {
        var invitations = invitations("code", null);
        String code = invitations.invite("alice", dave).activationCode();
        assertEquals(Invitations.INVITED, invitations.state(dave));
        invitations.redeem(code, "a-good-password");
        assertEquals("a-good-password", accounts.passwords.get("kc-dave"));
        assertEquals(Invitations.ACTIVE, invitations.state(dave));
        var again = assertThrows(AdminProblem.class, () -> invitations.redeem(code, "another-password"));
        assertEquals("activation_code_used", again.code());
        assertEquals(400, again.status());
    }

    @Test
    void anExpiredCodeIsRefusedAndTheMemberShowsInvitationExpired() {
        var invitations = invitations("code", null);
        String code = invitations.invite("alice", dave).activationCode();
        at(T0.plus(Duration.ofHours(48)), invitations);
        var refused = assertThrows(AdminProblem.class, () -> invitations.redeem(code, "a-good-password"));
        assertEquals("activation_code_expired", refused.code());
        assertTrue(accounts.passwords.isEmpty());
        assertEquals(Invitations.EXPIRED, invitations.state(dave));
    }

    @Test
    void aNewInvitationReplacesTheOlderCode() {
        var invitations = invitations("code", null);
        String first = invitations.invite("alice", dave).activationCode();
        var second = invitations.resend("alice", ACME, "dave");
        assertNotEquals(first, second.activationCode());
        assertEquals("activation_code_replaced",
                assertThrows(AdminProblem.class, () -> invitations.redeem(first, "a-good-password")).code());
        invitations.redeem(second.activationCode(), "a-good-password");
        assertEquals(Invitations.ACTIVE, invitations.state(dave));
    }

    @Test
    void badActivationInputIsRefusedWithA400BeforeTheProviderIsAsked() {
        var invitations = invitations("code", null);
        String code = invitations.invite("alice", dave).activationCode();
        assertEquals("invalid_request", assertThrows(AdminProblem.class, () -> invitations.redeem(null, "x")).code());
        assertEquals("invalid_activation_code",
                assertThrows(AdminProblem.class, () -> invitations.redeem("hello", "a-good-password")).code());
        assertEquals("invalid_activation_code", assertThrows(AdminProblem.class,
                () -> invitations.redeem(ActivationCode.generate(), "a-good-password")).code());
        assertEquals("invalid_request", assertThrows(AdminProblem.class, () -> invitations.redeem(code, "short")).code());
        assertEquals("invalid_request", assertThrows(AdminProblem.class, () -> invitations.redeem(code, null)).code());
        var policy = assertThrows(AdminProblem.class, () -> invitations.redeem(code, "rejected-by-policy"));
        assertEquals("password_rejected", policy.code());
        assertTrue(policy.getMessage().contains("digit"), policy.getMessage());
        assertEquals(Invitations.INVITED, invitations.state(dave), "a refused attempt leaves the code usable");
    }

    @Test
    void anEmailThatCannotBeSentIsReportedAndTheMemberCanBeInvitedAgain() {
        var invitations = invitations("email", null);
        accounts.failEmail = new IdentityProviderUnavailableException("Keycloak failed while sending (HTTP 500)", null);
        var issued = invitations.invite("alice", dave);
        assertFalse(issued.sent());
        assertTrue(issued.message().contains("/members/dave/invitation"), issued.message());
        assertEquals(Invitations.EXPIRED, invitations.state(dave));
        accounts.failEmail = null;
        assertTrue(invitations.resend("alice", ACME, "dave").sent());
        assertEquals(Invitations.INVITED, invitations.state(dave));
    }

    @Test
    void anEmailInvitationBecomesActiveOnceTheProviderSaysTheAccountIsSetUp() {
        var invitations = invitations("email", null);
        invitations.invite("alice", dave);
        assertEquals(Invitations.INVITED, invitations.states("acme", List.of(dave)).get("dave"));
        accounts.setUp = true;
        assertEquals(Invitations.ACTIVE, invitations.states("acme", List.of(dave)).get("dave"));
        accounts.calls.clear();
        assertEquals(Invitations.ACTIVE, invitations.state(dave));
        assertTrue(accounts.calls.isEmpty(), "an accepted invitation is not checked again");
    }

    @Test
    void aMemberWhoAlreadySetAPasswordIsNotInvitedAgain() {
        var invitations = invitations("email", null);
        accounts.setUp = true;
        var refused = assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "dave"));
        assertEquals(409, refused.status());
        assertEquals("already_active", refused.code());
        assertEquals(404, assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "nobody")).status());
        dave.changeStatus(MemberStatus.OFFBOARDED, "done", null, T0);
        assertEquals("member_not_active",
                assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "dave")).code());
    }

    @Test
    void blockingBanningOrOffboardingEndsTheSessionsButSuspendingDoesNot() {
        var invitations = invitations("code", null);
        for (MemberStatus status : MemberStatus.values()) {
            accounts.calls.clear();
            Membership m = member("m-" + status.name().toLowerCase());
            m.changeStatus(status, "why", status == MemberStatus.SUSPENDED ? T0.plusSeconds(60) : null, T0);
            boolean ended = invitations.endSessionsIfRemoved(m);
            boolean expected = status == MemberStatus.BLOCKED || status == MemberStatus.BANNED
                    || status == MemberStatus.OFFBOARDED;
            assertEquals(expected, ended, status.name());
            assertEquals(expected ? List.of("logout " + m.subject()) : List.of(), accounts.calls, status.name());
        }
    }

    @Test
    void settingsRefuseAnUnknownDeliveryOrLifetime() {
        assertThrows(IllegalArgumentException.class,
                () -> InvitationSettings.from(k -> Optional.ofNullable(Map.of("taskgate.invitations.delivery", "pigeon").get(k))));
        assertThrows(IllegalArgumentException.class,
                () -> InvitationSettings.from(k -> Optional.ofNullable(Map.of("taskgate.invitations.lifetime-hours", "0").get(k))));
        var defaults = InvitationSettings.from(k -> Optional.empty());
        assertEquals(Invitation.Delivery.CODE, defaults.delivery());
        assertEquals(Duration.ofHours(72), defaults.lifetime());
        assertNull(defaults.activationUrl());
    }

    // --- the identity provider failing or missing ---

    @Test
    void aMemberWithoutAnAccountCannotBeInvitedOrInvitedAgain() {
        var invitations = invitations("code", null);
        Membership pending = new Membership("acme", "frank", "frank@x.example", MemberRole.CONTRACTOR, T0);
        members.add(pending);
        var problem = assertThrows(AdminProblem.class, () -> invitations.invite("alice", pending));
        assertEquals(409, problem.status());
        assertEquals("no_identity", problem.code());
        assertEquals("no_identity", assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "frank")).code());
        assertTrue(store.all.isEmpty());
        assertTrue(audit.actions.isEmpty());
    }

    @Test
    void anEmailThatFailsUnexpectedlyIsReportedWithTheErrorAndRecordedAsExpired() {
        var invitations = invitations("email", null);
        accounts.failEmail = new IllegalStateException("connection reset");
        var issued = invitations.invite("alice", dave);
        assertFalse(issued.sent());
        assertTrue(issued.message().contains("connection reset"), issued.message());
        assertEquals(Invitations.EXPIRED, invitations.state(dave));
        assertEquals(List.of("alice member.invite dave"), audit.actions);
    }

    @Test
    void aResendTheProviderCannotAnswerIsA503AndAnUnknownAccountA409() {
        var invitations = invitations("email", null);
        accounts.failCheck = new IdentityProviderUnavailableException("Keycloak timed out", null);
        var down = assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "dave"));
        assertEquals(503, down.status());
        assertEquals("identity_unavailable", down.code());
        accounts.failCheck = new IllegalArgumentException("User kc-dave not found");
        var unknown = assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "dave"));
        assertEquals(409, unknown.status());
        assertEquals("User kc-dave not found", unknown.getMessage());
        assertTrue(store.all.isEmpty(), "nothing was sent");
    }

    @Test
    void withoutAnIdentityProviderResendingAndRedeemingAre503ButListingsStillAnswer() {
        var invitations = invitations("code", null);
        String code = invitations.invite("alice", dave).activationCode();
        invitations.accounts = null;
        var resend = assertThrows(AdminProblem.class, () -> invitations.resend("alice", ACME, "dave"));
        assertEquals(503, resend.status());
        assertEquals("identity_unavailable", resend.code());
        var redeem = assertThrows(AdminProblem.class, () -> invitations.redeem(code, "a-good-password"));
        assertEquals(503, redeem.status());
        assertEquals("No identity provider is configured.", redeem.getMessage());
        assertEquals(Invitations.INVITED, invitations.state(dave), "the records answer alone");
        assertFalse(invitations.endSessionsIfRemoved(removed(dave)));
    }

    @Test
    void aListingAnswersFromTheRecordsWhileTheProviderIsAway() {
        var invitations = invitations("email", null);
        invitations.invite("alice", dave);
        accounts.failCheck = new IdentityProviderUnavailableException("Keycloak timed out", null);
        assertEquals(Invitations.INVITED, invitations.states("acme", List.of(dave)).get("dave"));
    }

    @Test
    void aPasswordTheProviderCannotTakeNowIsA503AndTheCodeStaysUsable() {
        var invitations = invitations("code", null);
        String code = invitations.invite("alice", dave).activationCode();
        accounts.failPassword = new IdentityProviderUnavailableException("Keycloak answered 502", null);
        var down = assertThrows(AdminProblem.class, () -> invitations.redeem(code, "a-good-password"));
        assertEquals(503, down.status());
        assertEquals("identity_unavailable", down.code());
        assertEquals(Invitations.INVITED, invitations.state(dave));
        accounts.failPassword = null;
        invitations.redeem(code, "a-good-password");
        assertEquals(Invitations.ACTIVE, invitations.state(dave));
    }

    @Test
    void sessionsThatCannotBeEndedAreReportedAndAMemberWithoutAnAccountHasNone() {
        var invitations = invitations("code", null);
        accounts.failLogout = new IdentityProviderUnavailableException("Keycloak timed out", null);
        assertFalse(invitations.endSessionsIfRemoved(removed(dave)));
        accounts.failLogout = null;
        Membership pending = new Membership("acme", "frank", "frank@x.example", MemberRole.CONTRACTOR, T0);
        assertFalse(invitations.endSessionsIfRemoved(removed(pending)));
        assertTrue(accounts.calls.isEmpty());
    }

    @Test
    void settingsAreReadFromTheConfigurationWhenNoneWereGiven() {
        Invitations invitations = new Invitations();
        invitations.config = new MapConfig(Map.of("taskgate.invitations.delivery", "email",
                "taskgate.invitations.lifetime-hours", "24"));
        invitations.configure();
        assertEquals(Invitation.Delivery.EMAIL, invitations.settings().delivery());
        assertEquals(Duration.ofHours(24), invitations.settings().lifetime());
    }

    static Membership removed(Membership member) {
        member.changeStatus(MemberStatus.OFFBOARDED, "done", null, T0);
        return member;
    }

    /** MicroProfile Config over a map (only optional values are read here). */
    record MapConfig(Map<String, String> values) implements org.eclipse.microprofile.config.Config {
        @Override
        public <T> T getValue(String name, Class<T> type) {
            return getOptionalValue(name, type).orElseThrow();
        }

        @Override
        public org.eclipse.microprofile.config.ConfigValue getConfigValue(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> Optional<T> getOptionalValue(String name, Class<T> type) {
            return Optional.ofNullable(values.get(name)).map(type::cast);
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return values.keySet();
        }

        @Override
        public Iterable<org.eclipse.microprofile.config.spi.ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<org.eclipse.microprofile.config.spi.Converter<T>> getConverter(Class<T> forType) {
            return Optional.empty();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }
}
