package io.taskgate.e2e;

import io.taskgate.devstack.DemoMail;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A contractor's first hour in a real browser: the invitation e-mail (received by the suite's SMTP server), its link
 * followed in Chromium, the password chosen on Keycloak's own page, the sign-in to the console, a personal key created
 * there, and a first call with it.
 */
@ExtendWith(StackExtension.class)
class InvitationBrowserIT {

    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":"
            + "\"Write the install section of the admin manual\"}]}";

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    @Test
    void anInvitedPersonFollowsTheMailedLinkChoosesAPasswordSignsInCreatesAKeyAndMakesAFirstCall() {
        TestStack stack = TestStack.current();
        String user = InvitationIT.fresh("browser");
        String email = user + "@acme.example";
        DemoMail mail = stack.mail();
        int before = mail.countTo(email);
        expect(201, AdminApi.as("alice").json("POST", "/api/tenants/acme/members",
                InvitationIT.onboardBody(user, email, "acme-docs")));
        String link = mail.awaitMessageTo(email, before, Duration.ofSeconds(30)).link("login-actions/action-token")
                .orElseThrow(() -> new AssertionError("the invitation has no action link"));
        String password = "first-" + UUID.randomUUID();

        String secret;
        try (Browser browser = Browser.open()) {
            WebDriver page = browser.driver();
            browser.go(link);
            browser.wait(30).until(d -> !d.findElements(By.id("password-new")).isEmpty()
                    || !d.findElements(By.partialLinkText("Click here to proceed")).isEmpty());
            if (page.findElements(By.id("password-new")).isEmpty()) {
                browser.screenshot("invitation-keycloak-actions");
                page.findElement(By.partialLinkText("Click here to proceed")).click();
            }
            browser.find("#password-new").sendKeys(password);
            browser.find("#password-confirm").sendKeys(password);
            browser.screenshot("invitation-keycloak-password");
            page.findElement(By.cssSelector("#kc-passwd-update-form [type=submit]")).click();
            browser.waitForText("Your account has been updated");
            browser.screenshot("invitation-password-set");

            browser.go(stack.web().baseUrl() + "/app/index.xhtml");
            browser.find("#kc-form-login");
            page.findElement(By.id("username")).sendKeys(user);
            page.findElement(By.id("password")).sendKeys(password);
            page.findElement(By.id("kc-login")).click();
            browser.wait(30).until(d -> d.getCurrentUrl().startsWith(stack.web().baseUrl()));
            String memberships = browser.find("#memberships").getText();
            assertTrue(memberships.contains("acme-docs") || browser.text().contains("acme-docs"), browser.text());
            assertEquals("ACTIVE", browser.find("#status-acme").getText());
            browser.assertReadable("the new contractor's page");
            browser.screenshot("invitation-first-sign-in");

            browser.find("#keys\\:keyName").sendKeys("first key");
            browser.find("#keys\\:createKey").click();
            secret = browser.find("#new-key").getText();
            assertTrue(secret.startsWith("tg_"), "the new key is shown once: " + secret);
            browser.screenshot("invitation-first-key");
        }

        HttpResponse<String> answer = RawHttp.post(stack.h2Gateway().baseUrl() + "/v1/chat/completions", secret,
                "acme-docs", CHAT);
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("active", expect(200, AdminApi.as("alice").get("/api/tenants/acme/members/" + user))
                .path("account").asText());
    }
}
