package io.taskgate.e2e;

import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.CookieJar;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contractor's own page says in plain words why access is held back, what to do and whom to ask, and shows the
 * remaining allowance with its reset time in the tenant's time zone (globex: America/New_York). Read over HTTP after
 * signing in on Keycloak's real login form; in Chromium too where it is installed.
 */
@ExtendWith(StackExtension.class)
class ContractorStandingIT {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    static final String IVAN = "/api/tenants/globex/members/ivan";

    static String home() {
        return TestStack.current().web().baseUrl() + "/app/index.xhtml";
    }

    @Test
    void aSuspendedContractorReadsWhyWhatToDoWhomToAskAndWhenTheAllowanceResets() throws Exception {
        AdminApi grace = AdminApi.as("grace");
        String until = Instant.now().plus(Duration.ofHours(2)).toString();
        expect(200, grace.json("PATCH", IVAN, "{\"status\":\"SUSPENDED\",\"suspendedUntil\":\"" + until
                + "\",\"reason\":\"too many off-topic prompts\"}"));
        expect(200, grace.json("PUT", IVAN + "/limits", "{\"dailyTokens\":1000,\"budgetUsd\":2,\"budgetPeriod\":\"WEEK\"}"));
        try {
            String page = text(signedInPage("ivan"));
            assertTrue(page.contains("Your access is suspended until"), page);
            assertTrue(page.contains("Reason given: too many off-topic prompts."), page);
            assertTrue(page.contains("access comes back by itself"), page);
            assertTrue(page.contains("Whom to ask:") && page.contains("grace (grace@globex.example)"), page);
            assertTrue(page.contains("of 1,000 used") && page.contains("America/New_York time"), page);
            assertTrue(page.contains("resets at 00:00 on"), page);
            assertTrue(page.contains("Budget per week") && page.contains("of $2.00 used"), page);
            if (Browser.available()) {
                try (Browser browser = Browser.open().signIn("ivan", home())) {
                    assertTrue(browser.find("#memberships").getText().contains("Your access is suspended until"));
                    browser.assertReadable("the suspended contractor's page");
                    browser.screenshot("contractor-suspended");
                }
            }
        } finally {
            expect(200, grace.json("PATCH", IVAN, "{\"status\":\"ACTIVE\"}"));
            expect(200, grace.json("PUT", IVAN + "/limits", "{}"));
        }
    }

    static String signedInPage(String user) throws Exception {
        return signedInPage(user, home());
    }

    /** Opens {@code url} of the console, signs in on Keycloak's form with the demo password, returns the page's HTML. */
    static String signedInPage(String user, String url) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertTrue(form.find(), "Keycloak login form: " + login.body());
        String fields = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user + "-pass", StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** The page's text roughly as a person reads it: tags dropped, entities of the messages decoded. */
    static String text(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"").replaceAll("\\s+", " ");
    }
}
