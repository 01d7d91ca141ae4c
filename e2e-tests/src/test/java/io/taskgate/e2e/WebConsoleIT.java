package io.taskgate.e2e;

import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.taskgate.e2e.support.CookieJar;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web console signs users in through Keycloak's real login page and shows what the core's API serves them. */
@ExtendWith(StackExtension.class)
class WebConsoleIT {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    TestStack stack() {
        return TestStack.current();
    }

    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Opens the console, fills Keycloak's login form, and returns the page the console then shows. */
    HttpResponse<String> signIn(HttpClient browser, String user) throws Exception {
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                URI.create(stack().web().baseUrl() + "/app/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.uri().toString().startsWith(stack().keycloak().issuer() + "/protocol/openid-connect/auth"),
                "sent to Keycloak's login page, got " + login.uri());
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertTrue(form.find(), "Keycloak login form");
        String action = form.group(1).replace("&amp;", "&");
        String fields = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(user + "-pass", StandardCharsets.UTF_8) + "&credentialId=";
        return browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void contractorSignsInThroughKeycloakAndSeesTasksRequestsAndQuickStart() throws Exception {
        String bob = stack().token("bob");
        RawHttp.post(stack().h2Gateway().baseUrl() + "/v1/chat/completions", bob, "acme-docs",
                "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"for the console\"}]}");

        HttpResponse<String> page = signIn(browser(), "bob");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.uri().getPath().endsWith("/app/index.xhtml"), page.uri().toString());
        String html = page.body();
        assertTrue(html.contains("id=\"username\">bob<"), "signed in as bob");
        assertTrue(html.contains("acme-checkout") && html.contains("acme-docs"), "his tasks");
        assertTrue(html.contains("X-Task-Id: acme-checkout"), "quick start names a task of his");
        assertTrue(html.contains(stack().h2Gateway().baseUrl() + "/v1"), "quick start names the gateway");
        assertTrue(html.contains("acme-docs</td>") || html.matches("(?s).*<td[^>]*>\\s*acme-docs\\s*</td>.*"),
                "his request to acme-docs is listed");
    }

    @Test
    void eachUserSeesOnlyTheirOwnGrants() throws Exception {
        String html = signIn(browser(), "carol").body();
        assertTrue(html.contains("id=\"username\">carol<"));
        assertTrue(html.indexOf("Assigned tasks") == html.lastIndexOf("Assigned tasks") && !html.contains("Your tasks"),
                "her tasks are listed once, in her membership");
        String tasksPanel = html.substring(html.indexOf("Assigned tasks"), html.indexOf("Your models"));
        assertTrue(tasksPanel.contains("acme-docs"), tasksPanel);
        assertTrue(!tasksPanel.contains("acme-checkout"), "carol is not on the checkout task: " + tasksPanel);
        assertTrue(html.contains("X-Task-Id: acme-docs"), "her quick start names her task");
    }

    @Test
    void consoleWithoutSignInSendsTheBrowserToKeycloak() throws Exception {
        HttpClient noRedirects = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = noRedirects.send(HttpRequest.newBuilder(
                URI.create(stack().web().baseUrl() + "/app/index.xhtml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() == 302 || response.statusCode() == 303, "redirect, got " + response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .startsWith(stack().keycloak().issuer() + "/protocol/openid-connect/auth"));
        assertTrue(!response.body().contains("Recent requests"), "no page content before sign-in");
    }
}
