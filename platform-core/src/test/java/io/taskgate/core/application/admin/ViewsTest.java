package io.taskgate.core.application.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.taskgate.api.admin.ApiKeyView;
import io.taskgate.api.admin.CreatedTenant;
import io.taskgate.api.admin.InvitationView;
import io.taskgate.api.admin.IssuedKey;
import io.taskgate.api.admin.MemberAccountView;
import io.taskgate.api.admin.MemberView;
import io.taskgate.api.admin.OnboardedMember;
import io.taskgate.api.admin.OnboardedOwner;
import io.taskgate.api.admin.TenantListing;
import io.taskgate.api.admin.TenantView;
import io.taskgate.core.domain.model.apikey.ApiKey;
import io.taskgate.core.domain.model.apikey.KeyGrant;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.member.MemberRole;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.tenant.Tenant;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewsTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final Instant LATER = Instant.parse("2026-12-05T10:00:00Z");

    static ApiKey key() {
        return new ApiKey("k1", "sha256-of-the-secret", "kc-dave", "dave", "laptop",
                new KeyGrant(Set.of("acme"), Set.of("acme-docs"), Set.of("chat.completions"), Set.of("gpt-4o-mini"),
                        Set.of()), T0, T0.plusSeconds(86_400 * 30L));
    }

    static Membership dave() {
        Membership dave = new Membership("acme", "dave", "dave@x.example", MemberRole.CONTRACTOR, T0);
        dave.linkIdentity("kc-dave", null, T0);
        dave.grant(Set.of("acme-docs"), Set.of("chat.completions"), Set.of("gpt-4o-mini"), T0);
        dave.limit(new MemberLimits(1000L, null, new BigDecimal("5"), null, 10, null, null, null), T0);
        dave.changeStatus(MemberStatus.SUSPENDED, "a break", LATER, LATER);
        return dave;
    }

    @Test
    void aKeyIsShownWithItsPrefixGrantAndDatesButNeverItsSecretOrHash() throws Exception {
        ApiKey key = key();
        ApiKeyView view = Views.of(key);
        assertEquals("k1", view.keyId());
        assertEquals("tg_k1", view.prefix());
        assertEquals("laptop", view.name());
        assertEquals("dave", view.username());
        assertEquals(List.of("acme"), view.tenants());
        assertEquals(List.of("acme-docs"), view.tasks());
        assertEquals(List.of("chat.completions"), view.endpoints());
        assertEquals(List.of("gpt-4o-mini"), view.models());
        assertEquals("2026-12-01T09:00:00Z", view.createdAt());
        assertEquals("2026-12-31T09:00:00Z", view.expiresAt());
        assertNull(view.revokedAt());
        assertFalse(new ObjectMapper().writeValueAsString(view).contains("sha256-of-the-secret"));
        key.revoke(LATER);
        assertEquals("2026-12-05T10:00:00Z", Views.of(key).revokedAt());
    }

    @Test
    void aKeysAndAMembersGrantsAreListedInAlphabeticalOrderWhateverTheSetsOrder() {
        java.util.Set<String> tasks = new java.util.LinkedHashSet<>(List.of("acme-docs", "acme-checkout", "acme-api"));
        ApiKey key = new ApiKey("k2", "sha256-of-the-secret", "kc-dave", "dave", "laptop",
                new KeyGrant(Set.of("acme"), tasks, new java.util.LinkedHashSet<>(List.of("embeddings", "chat.completions")),
                        Set.of("gpt-4o-mini"), Set.of()), T0, T0.plusSeconds(86_400));
        assertEquals(List.of("acme-api", "acme-checkout", "acme-docs"), Views.of(key).tasks());
        assertEquals(List.of("chat.completions", "embeddings"), Views.of(key).endpoints());
        Membership dave = dave();
        dave.grant(tasks, Set.of("chat.completions"), Set.of("gpt-4o-mini"), LATER);
        assertEquals(List.of("acme-api", "acme-checkout", "acme-docs"), Views.of(dave).tasks());
    }

    @Test
    void aKeyJustIssuedCarriesItsSecretOnceBesideTheUsualView() {
        IssuedKey issued = Views.issued(key(), "tg_k1_secret");
        assertEquals("tg_k1_secret", issued.key(), "the secret, shown this once");
        assertEquals("tg_k1", issued.prefix());
        assertEquals(List.of("acme-docs"), issued.tasks());
        assertEquals("2026-12-31T09:00:00Z", issued.expiresAt());
    }

    @Test
    void aTenantListingAddsTheCallersStandingAndACreatedTenantItsOwners() {
        Tenant acme = new Tenant("acme", "Acme", ZoneId.of("Europe/Berlin"), 30);
        acme.capKeyLifetime(90);
        TenantListing listing = Views.listing(acme, Standing.OWNER);
        assertEquals(new TenantListing("acme", "Acme", "Europe/Berlin", 30, 90, "OWNER"), listing);
        OnboardedOwner owner = Views.owner(dave(), null);
        CreatedTenant created = Views.created(acme, List.of(owner));
        assertEquals("Europe/Berlin", created.timeZone());
        assertEquals(90, created.maxKeyLifetimeDays());
        assertEquals(List.of(owner), created.owners());
        assertNull(Views.of(new Tenant("b", "B", ZoneId.of("UTC"), 0)).maxKeyLifetimeDays(), "no cap: null");
        assertEquals(new TenantView("acme", "Acme", "Europe/Berlin", 30, 90), Views.of(acme));
    }

    @Test
    void aMemberIsShownWithStatusGrantsLimitsAndTimesAsText() {
        MemberView view = Views.of(dave());
        assertEquals("kc-dave", view.subject());
        assertEquals("CONTRACTOR", view.role());
        assertEquals("SUSPENDED", view.status());
        assertEquals("a break", view.statusReason());
        assertEquals("2026-12-05T10:00:00Z", view.suspendedUntil());
        assertEquals(List.of("acme-docs"), view.tasks());
        assertEquals(List.of("chat.completions"), view.endpoints());
        assertEquals(List.of("gpt-4o-mini"), view.models());
        assertNull(view.accessExpiresAt());
        assertEquals(1000L, view.limits().dailyTokens());
        assertEquals(BudgetPeriod.MONTH.name(), view.limits().budgetPeriod(), "a budget without a period is monthly");
        assertEquals(10, view.limits().requestsPerMinute());
        assertNull(view.limits().tokensPerMinute());
        assertEquals("2026-12-01T09:00:00Z", view.createdAt());
        assertEquals("2026-12-05T10:00:00Z", view.updatedAt());
        assertNull(Views.of(MemberLimits.UNLIMITED).budgetPeriod());
    }

    @Test
    void aMembersAccountOnboardingAndInvitationAreAddedToTheSameView() {
        Membership dave = dave();
        MemberView base = Views.of(dave);
        MemberAccountView account = Views.withAccount(dave, Invitations.INVITED);
        assertEquals(Invitations.INVITED, account.account());
        assertEquals(base.limits(), account.limits());
        assertEquals(base.statusReason(), account.statusReason());
        InvitationView invitation = new InvitationView("code", false, null, "2026-12-08T10:00:00Z", 72, "ABCD-EFGH",
                "http://console.example/activate.xhtml", null);
        OnboardedMember onboarded = Views.onboarded(dave, true, false, Invitations.INVITED, invitation);
        assertTrue(onboarded.identityCreated());
        assertFalse(onboarded.claimsSynced());
        assertEquals(invitation, onboarded.invitation());
        assertEquals(base.tasks(), onboarded.tasks());
        assertEquals(invitation, Views.owner(dave, invitation).invitation());
        assertEquals(base.email(), Views.owner(dave, invitation).email());
    }
}
