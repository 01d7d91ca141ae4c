package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.devstack.DemoMail;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.CookieJar;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * From invitation to first answer, against the real Keycloak: with SMTP (the H2 gateway invites by Keycloak's own
 * e-mail, received by the suite's in-process SMTP server, the link followed on Keycloak's real pages), without SMTP
 * (the PostgreSQL gateway hands the owner a one-time activation code), and a blocked member's refresh token stops
 * working at once.
 */
@ExtendWith(StackExtension.class)
class InvitationIT {

    private static final Pattern PASSWORD_FORM = Pattern.compile("<form[^>]*id=\"kc-passwd-update-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern PROFILE_FORM = Pattern.compile("<form[^>]*id=\"kc-update-profile-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern ACTION_LINK = Pattern.compile("href=\"([^\"]*/login-actions/[^\"]*)\"");
    private static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Write the README intro\"}]}";

    TestStack stack() {
        return TestStack.current();
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String onboardBody(String user, String email, String task) {
        return "{\"username\":\"" + user + "\",\"email\":\"" + email + "\",\"tasks\":[\"" + task
                + "\"],\"models\":[\"gpt-4o-mini\"],\"endpoints\":[\"chat.completions\",\"models\"]}";
    }

    @Test
    void withSmtpTheInvitedPersonSetsAPasswordFromKeycloaksEmailAndMakesAFirstCall() throws Exception {
        String user = fresh("mailed");
        String email = user + "@acme.example";
        AdminApi alice = AdminApi.as("alice");
        DemoMail mail = stack().mail();
        int before = mail.countTo(email);

        JsonNode onboarded = expect(201, alice.json("POST", "/api/tenants/acme/members", onboardBody(user, email, "acme-docs")));
        JsonNode invitation = onboarded.path("invitation");
        assertEquals("email", invitation.path("delivery").asText(), onboarded.toString());
        assertTrue(invitation.path("sent").asBoolean(), onboarded.toString());
        assertEquals(72, invitation.path("lifetimeHours").asInt());
        Instant expires = Instant.parse(invitation.path("expiresAt").asText());
        assertTrue(expires.isAfter(Instant.now().plus(Duration.ofHours(71))), expires.toString());
        assertFalse(invitation.has("activationCode"), "no code when Keycloak mails the link");
        assertEquals("invited", onboarded.path("account").asText());
        assertEquals("invited", expect(200, alice.get("/api/tenants/acme/members/" + user)).path("account").asText());
        String console = stack().web().baseUrl() + "/app/owner/";
        String members = ContractorStandingIT.text(ContractorStandingIT.signedInPage("alice", console + "members.xhtml?t=acme"));
        assertTrue(members.contains(user) && members.contains("Invited: has not set a password yet"), members);
        String memberPage = ContractorStandingIT.text(ContractorStandingIT.signedInPage("alice",
                console + "member.xhtml?t=acme&u=" + user));
        assertTrue(memberPage.contains("Send invitation again"), memberPage);

        DemoMail.Mail received = mail.awaitMessageTo(email, before, Duration.ofSeconds(30));
        String link = received.link("login-actions/action-token").orElseThrow(
                () -> new AssertionError("no action link in: " + received.text()));
        String password = "first-" + UUID.randomUUID();
        followSetupLink(link, password);

        assertEquals("active", expect(200, alice.get("/api/tenants/acme/members/" + user)).path("account").asText());
        String token = stack().keycloak().passwordGrant("taskgate-cli", user, password);
        HttpResponse<String> answer = RawHttp.post(stack().h2Gateway().baseUrl() + "/v1/chat/completions", token,
                "acme-docs", CHAT);
        assertEquals(200, answer.statusCode(), answer.body());

        HttpResponse<String> again = alice.json("POST", "/api/tenants/acme/members/" + user + "/invitation", "");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("already_active", RawHttp.errorCode(again));
    }

    @Test
    void anOwnerResendsTheEmailAndTheOlderLinkStaysTheOnlyMailUntilThen() {
        String user = fresh("resent");
        String email = user + "@acme.example";
        AdminApi alice = AdminApi.as("alice");
        expect(201, alice.json("POST", "/api/tenants/acme/members", onboardBody(user, email, "acme-docs")));
        stack().mail().awaitMessageTo(email, 0, Duration.ofSeconds(30));
        JsonNode resent = expect(201, alice.json("POST", "/api/tenants/acme/members/" + user + "/invitation", ""));
        assertEquals("email", resent.path("delivery").asText());
        stack().mail().awaitMessageTo(email, 1, Duration.ofSeconds(30));
        HttpResponse<String> unknown = alice.json("POST", "/api/tenants/acme/members/nobody-" + user + "/invitation", "");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("not_found", RawHttp.errorCode(unknown));
        HttpResponse<String> contractor = AdminApi.as("bob").json("POST", "/api/tenants/acme/members/" + user + "/invitation", "");
        assertEquals(403, contractor.statusCode(), contractor.body());
    }

    @Test
    void withoutSmtpTheOwnerHandsOverAOneTimeCodeThatSetsThePassword() throws Exception {
        String user = fresh("coded");
        String gateway = stack().postgresGateway().baseUrl();
        AdminApi grace = new AdminApi(gateway, stack().token("grace"));

        JsonNode onboarded = expect(201, grace.json("POST", "/api/tenants/globex/members",
                onboardBody(user, user + "@globex.example", "globex-etl")));
        JsonNode invitation = onboarded.path("invitation");
        assertEquals("code", invitation.path("delivery").asText(), onboarded.toString());
        String code = invitation.path("activationCode").asText();
        assertTrue(code.startsWith("tga_"), onboarded.toString());
        assertTrue(Instant.parse(invitation.path("expiresAt").asText()).isAfter(Instant.now()));
        JsonNode shown = expect(200, grace.get("/api/tenants/globex/members/" + user));
        assertEquals("invited", shown.path("account").asText());
        assertFalse(shown.toString().contains(code), "the code is shown once, never again");

        assertActivationRefused(gateway, null, 400, "invalid_request");
        assertActivationRefused(gateway, "{\"code\":\"hello\",\"password\":\"long-enough-1\"}", 400, "invalid_activation_code");
        assertActivationRefused(gateway, "{\"code\":\"" + code + "\",\"password\":\"short\"}", 400, "invalid_request");
        String password = "chosen-" + UUID.randomUUID();
        HttpResponse<String> activated = activate(gateway, "{\"code\":\"" + code + "\",\"password\":\"" + password + "\"}");
        assertEquals(200, activated.statusCode(), activated.body());
        assertActivationRefused(gateway, "{\"code\":\"" + code + "\",\"password\":\"" + password + "\"}", 400,
                "activation_code_used");
        assertEquals("active", expect(200, grace.get("/api/tenants/globex/members/" + user)).path("account").asText());

        String token = stack().keycloak().passwordGrant("taskgate-cli", user, password);
        HttpResponse<String> answer = RawHttp.post(gateway + "/v1/chat/completions", token, "globex-etl", CHAT);
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void aNewCodeReplacesTheOlderOne() {
        String user = fresh("recoded");
        String gateway = stack().postgresGateway().baseUrl();
        AdminApi grace = new AdminApi(gateway, stack().token("grace"));
        String first = expect(201, grace.json("POST", "/api/tenants/globex/members",
                onboardBody(user, user + "@globex.example", "globex-etl"))).path("invitation").path("activationCode").asText();
        String second = expect(201, grace.json("POST", "/api/tenants/globex/members/" + user + "/invitation", ""))
                .path("activationCode").asText();
        assertFalse(first.equals(second));
        assertActivationRefused(gateway, "{\"code\":\"" + first + "\",\"password\":\"long-enough-1\"}", 400,
                "activation_code_replaced");
        assertEquals(200, activate(gateway, "{\"code\":\"" + second + "\",\"password\":\"long-enough-1\"}").statusCode());
    }

    @Test
    void theFirstOwnerOfANewTenantGetsAnActivationCodeToo() {
        String tenant = fresh("coop").replace("-", "");
        String owner = fresh("founder");
        String gateway = stack().postgresGateway().baseUrl();
        JsonNode created = expect(201, new AdminApi(gateway, stack().token("operator")).json("POST", "/api/tenants",
                "{\"id\":\"" + tenant + "\",\"name\":\"Coop\",\"owners\":[{\"username\":\"" + owner
                        + "\",\"email\":\"" + owner + "@coop.example\"}]}"));
        String code = created.path("owners").get(0).path("invitation").path("activationCode").asText();
        assertTrue(code.startsWith("tga_"), created.toString());
        assertEquals(200, activate(gateway, "{\"code\":\"" + code + "\",\"password\":\"owner-password-1\"}").statusCode());
        stack().keycloak().passwordGrant("taskgate-cli", owner, "owner-password-1");
    }

    @Test
    void blockingAMemberRevokesTheirRefreshToken() throws Exception {
        String user = fresh("blocked");
        String gateway = stack().postgresGateway().baseUrl();
        AdminApi grace = new AdminApi(gateway, stack().token("grace"));
        String code = expect(201, grace.json("POST", "/api/tenants/globex/members",
                onboardBody(user, user + "@globex.example", "globex-etl"))).path("invitation").path("activationCode").asText();
        String password = "block-me-" + UUID.randomUUID();
        assertEquals(200, activate(gateway, "{\"code\":\"" + code + "\",\"password\":\"" + password + "\"}").statusCode());

        JsonNode tokens = stack().keycloak().tokenRequest(java.util.Map.of("grant_type", "password",
                "client_id", "taskgate-cli", "username", user, "password", password));
        String refresh = tokens.path("refresh_token").asText();
        assertEquals(200, refresh(refresh).statusCode(), "the refresh token works while the member is active");

        expect(200, grace.json("PATCH", "/api/tenants/globex/members/" + user,
                "{\"status\":\"BLOCKED\",\"reason\":\"left the project\"}"));
        HttpResponse<String> refused = refresh(refresh);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("invalid_grant"), refused.body());
        HttpResponse<String> call = RawHttp.post(gateway + "/v1/chat/completions",
                tokens.path("access_token").asText(), "globex-etl", CHAT);
        assertEquals(403, call.statusCode(), call.body());
        assertEquals("access_blocked", RawHttp.errorCode(call));
    }

    HttpResponse<String> refresh(String refreshToken) {
        String form = "grant_type=refresh_token&client_id=taskgate-cli&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        return RawHttp.send(HttpRequest.newBuilder(URI.create(stack().keycloak().tokenEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static HttpResponse<String> activate(String gateway, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + "/api/activation"))
                .header("Content-Type", "application/json");
        return RawHttp.send(request.POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static void assertActivationRefused(String gateway, String body, int status, String code) {
        HttpResponse<String> refused = activate(gateway, body);
        assertEquals(status, refused.statusCode(), refused.body());
        assertEquals(code, RawHttp.errorCode(refused), refused.body());
    }

    /** Follows the e-mail's link on Keycloak's own pages as a browser would: proceed, set the password, done. */
    static void followSetupLink(String link, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        boolean passwordSet = false;
        for (int step = 0; step < 6; step++) {
            assertEquals(200, page.statusCode(), page.body());
            Matcher form = PASSWORD_FORM.matcher(page.body());
            if (form.find()) {
                String fields = "password-new=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + "&password-confirm=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
                page = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
                passwordSet = true;
                continue;
            }
            if (passwordSet && page.body().contains("Your account has been updated")) {
                return;
            }
            Matcher profile = PROFILE_FORM.matcher(page.body());
            if (profile.find()) { // a realm whose user profile requires names asks for them once
                Matcher email = Pattern.compile("name=\"email\" value=\"([^\"]*)\"").matcher(page.body());
                String fields = "firstName=New&lastName=Contractor"
                        + (email.find() ? "&email=" + URLEncoder.encode(email.group(1), StandardCharsets.UTF_8) : "");
                page = browser.send(HttpRequest.newBuilder(URI.create(profile.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
                continue;
            }
            Matcher proceed = ACTION_LINK.matcher(page.body());
            if (!proceed.find()) {
                break;
            }
            page = browser.send(HttpRequest.newBuilder(URI.create(proceed.group(1).replace("&amp;", "&"))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        if (!passwordSet) {
            fail("Keycloak never showed its update-password form; last page: " + page.body());
        }
        assertTrue(page.body().contains("Your account has been updated"), "last page: " + page.body());
    }
}
