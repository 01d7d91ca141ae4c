package io.taskgate.core.application.admin;

import io.taskgate.api.admin.InvitationView;
import io.taskgate.core.application.IdentityProviderUnavailableException;
import io.taskgate.core.domain.model.invitation.Invitation;
import io.taskgate.core.domain.model.invitation.Invitation.Delivery;
import io.taskgate.core.domain.model.invitation.InvitationRepository;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.member.Membership;
import io.taskgate.core.domain.model.member.MembershipRepository;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * How a newly created person gets to set their password, and how a removed one loses their sessions.
 *
 * <ul>
 * <li>{@link Delivery#EMAIL}: the identity provider sends its own e-mail (set a password, verify the e-mail) with a
 * link valid for {@link InvitationSettings#lifetime()}; the owner sees when it expires and can send it again.</li>
 * <li>{@link Delivery#CODE} (no SMTP): a one-time activation code, shown to the owner once (like an API key; only its
 * hash is stored), which the person redeems with a password of their choice ({@link #redeem}).</li>
 * </ul>
 * A member's invitation state is {@code invited}, {@code invitation_expired} or {@code active}; a pending invitation
 * becomes {@code active} once the provider reports the account set up (e-mail) or the code is redeemed.
 */
@ApplicationScoped
public class Invitations {

    private static final Logger LOG = Logger.getLogger(Invitations.class.getName());
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 256;
    static final Set<MemberStatus> ENDS_SESSIONS = Set.of(MemberStatus.BLOCKED, MemberStatus.BANNED, MemberStatus.OFFBOARDED);

    public static final String INVITED = "invited";
    public static final String EXPIRED = "invitation_expired";
    public static final String ACTIVE = "active";

    @Inject
    InvitationRepository invitations;

    @Inject
    AccountActions accounts;

    @Inject
    MembershipRepository members;

    @Inject
    InvitationStore store;

    @Inject
    Config config;

    InvitationSettings settings;
    Clock clock = Clock.systemUTC();

    @PostConstruct
    void configure() {
        if (settings == null) {
            settings = InvitationSettings.from(key -> config.getOptionalValue(key, String.class));
        }
    }

    public InvitationSettings settings() {
        return settings;
    }

    /**
     * What the owner is told about an invitation, once: how it was delivered, until when it is valid, and for
     * {@code code} the activation code and link (never shown again). {@code sent} is false when the e-mail could not
     * be sent ({@code message} says why and what to do).
     */
    public record Issued(String delivery, boolean sent, String sentTo, Instant expiresAt, long lifetimeHours,
                         String activationCode, String activationUrl, String message) {

        public InvitationView view() {
            return new InvitationView(delivery, sent, sentTo, expiresAt.toString(), lifetimeHours, activationCode,
                    activationUrl, message);
        }
    }

    /** What the audit log keeps of an invitation sent (never the code). */
    public record Sent(String delivery, boolean sent, String expiresAt) {
    }

    /** What the audit log keeps of a redeemed invitation. */
    public record Redeemed(String delivery) {
    }

    /** Invites a person whose account was just created for this membership; older invitations are cancelled. */
    public Issued invite(String actor, Membership member) {
        if (member.subject() == null) {
            throw AdminProblem.conflict("no_identity", "'" + member.username() + "' has no account in the identity "
                    + "provider yet; onboard them again.");
        }
        Instant now = clock.instant();
        Instant expires = now.plus(settings.lifetime());
        long hours = settings.lifetime().toHours();
        List<Invitation> older = invitations.pendingOfSubject(member.subject()).stream()
                .filter(o -> o.tenantId().equals(member.tenantId())).toList();
        Issued issued;
        Invitation record;
        if (settings.delivery() == Delivery.EMAIL) {
            String problem = null;
            try {
                provider().sendSetupEmail(member.subject(), settings.clientId(), settings.redirectUri(), settings.lifetime());
            } catch (IllegalArgumentException | IdentityProviderUnavailableException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Invitation e-mail to " + member.username() + " failed", e);
                problem = e.toString();
            }
            if (problem == null) {
                record = new Invitation(member.tenantId(), member.username(), member.subject(), Delivery.EMAIL, null,
                        actor, now, expires);
                issued = new Issued("email", true, member.email(), expires, hours, null, null,
                        "An e-mail with a link to set a password was sent to " + member.email() + ". The link works for "
                                + hours + " hours, until " + expires + ".");
            } else {
                // recorded as already expired, so the member shows "invitation expired" and can be sent a new one
                record = new Invitation(member.tenantId(), member.username(), member.subject(), Delivery.EMAIL, null,
                        actor, now, now);
                issued = new Issued("email", false, member.email(), now, hours, null, null,
                        "The invitation e-mail could not be sent (" + problem + "). The member exists; send the "
                                + "invitation again once mail works (POST /api/tenants/" + member.tenantId()
                                + "/members/" + member.username() + "/invitation).");
            }
        } else {
            String code = ActivationCode.generate();
            record = new Invitation(member.tenantId(), member.username(), member.subject(), Delivery.CODE,
                    ActivationCode.hash(code), actor, now, expires);
            String url = settings.activationUrl();
            issued = new Issued("code", true, null, expires, hours, code, url,
                    "Give this one-time activation code to " + member.username() + " yourself; it is shown only now. "
                            + (url == null ? "They enter it with a new password at the console's activation page"
                            : "They open " + url + " and enter it with a new password")
                            + " before " + expires + " (" + hours + " hours). Lost or expired: send a new one.");
        }
        store.issue(actor, record, older, new Sent(issued.delivery(), issued.sent(), issued.expiresAt().toString()));
        return issued;
    }

    /** Sends a new invitation to a member who has not set up their account yet; the older one stops working. */
    public Issued resend(String actor, Tenant tenant, String username) {
        Membership member = members.find(tenant.id(), username)
                .orElseThrow(() -> AdminProblem.notFound("Member '" + username + "'"));
        if (member.status() == MemberStatus.OFFBOARDED || member.status() == MemberStatus.BANNED) {
            throw AdminProblem.conflict("member_not_active", "'" + username + "' is " + member.status().name()
                    .toLowerCase(java.util.Locale.ROOT) + "; re-enable the membership before inviting them again.");
        }
        if (member.subject() == null) {
            throw AdminProblem.conflict("no_identity", "'" + username + "' has no account in the identity provider.");
        }
        boolean complete;
        try {
            complete = provider().setUpComplete(member.subject());
        } catch (IllegalArgumentException e) {
            throw new AdminProblem(409, "no_identity", e.getMessage());
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        if (complete) {
            invitations.latest(tenant.id(), username).filter(Invitation::pending).ifPresent(this::accept);
            throw AdminProblem.conflict("already_active", "'" + username + "' has already set a password and can "
                    + "sign in; there is nothing to send.");
        }
        return invite(actor, member);
    }

    /** The invitation state of each member: {@value #INVITED}, {@value #EXPIRED} or {@value #ACTIVE}. */
    public Map<String, String> states(String tenantId, List<Membership> of) {
        Map<String, Invitation> latest = invitations.latestOf(tenantId,
                        of.stream().map(Membership::username).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(Invitation::username, i -> i));
        Map<String, String> states = new HashMap<>();
        for (Membership m : of) {
            states.put(m.username(), state(Optional.ofNullable(latest.get(m.username()))));
        }
        return states;
    }

    public String state(Membership member) {
        return state(invitations.latest(member.tenantId(), member.username()));
    }

    /**
     * No invitation: the person had an account already (linked, or onboarded before invitations). A pending one is
     * checked with the provider, and marked accepted once the account is set up.
     */
    private String state(Optional<Invitation> latest) {
        if (latest.isEmpty() || latest.get().acceptedAt() != null) {
            return ACTIVE;
        }
        Invitation invitation = latest.get();
        if (invitation.pending() && setUp(invitation.subject())) {
            accept(invitation);
            return ACTIVE;
        }
        return invitation.expired(clock.instant()) || !invitation.pending() ? EXPIRED : INVITED;
    }

    private boolean setUp(String subject) {
        if (accounts == null) {
            return false;
        }
        try {
            return accounts.setUpComplete(subject);
        } catch (RuntimeException e) { // a listing still answers from the records while the provider is away
            LOG.log(Level.FINE, "Could not ask the identity provider about " + subject, e);
            return false;
        }
    }

    private void accept(Invitation invitation) {
        invitation.accept(clock.instant());
        invitations.update(invitation);
    }

    /** A person sets their password with the activation code their owner gave them. */
    public void redeem(String code, String password) {
        String presented = code == null ? "" : code.strip();
        if (presented.isEmpty()) {
            throw AdminProblem.invalid("Send the activation code you were given and a new password: {\"code\",\"password\"}.");
        }
        if (!ActivationCode.wellFormed(presented)) {
            throw new AdminProblem(400, "invalid_activation_code", "This is not an activation code: it starts with "
                    + ActivationCode.PREFIX + " and has 36 characters. Copy it again from the message of your "
                    + "project owner.");
        }
        checkPassword(password);
        Invitation invitation = invitations.findByCodeHash(ActivationCode.hash(presented))
                .orElseThrow(() -> new AdminProblem(400, "invalid_activation_code", "This activation code is not known. "
                        + "Check it, or ask your project owner for a new one."));
        if (invitation.acceptedAt() != null) {
            throw new AdminProblem(400, "activation_code_used", "This activation code was already used. Sign in with "
                    + "the password you chose, or ask your project owner for a new code.");
        }
        if (invitation.cancelledAt() != null) {
            throw new AdminProblem(400, "activation_code_replaced", "This activation code was replaced by a newer one. "
                    + "Use the newest code your project owner gave you.");
        }
        if (invitation.expired(clock.instant())) {
            throw new AdminProblem(400, "activation_code_expired", "This activation code expired at "
                    + invitation.expiresAt() + ". Ask your project owner for a new one.");
        }
        try {
            provider().setPassword(invitation.subject(), password);
        } catch (IllegalArgumentException e) {
            throw new AdminProblem(400, "password_rejected", e.getMessage());
        } catch (AdminProblem e) {
            throw e;
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
        store.redeemed(invitation, clock.instant());
    }

    private static void checkPassword(String password) {
        if (password == null || password.isBlank()) {
            throw AdminProblem.invalid("Choose a password (at least " + MIN_PASSWORD + " characters).");
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw AdminProblem.invalid("The password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
    }

    /**
     * Ends the person's sessions and refresh tokens when a change takes their access away (blocked, banned,
     * offboarded); false when the provider could not be told (logged; the gateway refuses them anyway).
     */
    public boolean endSessionsIfRemoved(Membership changed) {
        if (!ENDS_SESSIONS.contains(changed.status()) || changed.subject() == null || accounts == null) {
            return false;
        }
        try {
            accounts.endSessions(changed.subject());
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not end the sessions of " + changed.username(), e);
            return false;
        }
    }

    private AccountActions provider() {
        if (accounts == null) {
            throw new AdminProblem(503, "identity_unavailable", "No identity provider is configured.");
        }
        return accounts;
    }

    private static AdminProblem unavailable(RuntimeException e) {
        LOG.log(Level.WARNING, "Identity provider failed", e);
        return new AdminProblem(503, "identity_unavailable",
                "The identity provider could not be reached. Nothing was changed; try again shortly.");
    }
}
