package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A contractor in headless Chromium: quota, status, keys, quick start, on laptop and phone widths; signing out. */
@ExtendWith(StackExtension.class)
class ContractorConsoleBrowserIT {

    static final String CAROL = "/api/tenants/acme/members/carol";

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    static String home() {
        return TestStack.current().web().baseUrl() + "/app/index.xhtml";
    }

    @Test
    void contractorSeesRemainingQuotaAndCreatesAKeyShownOnce() {
        AdminApi alice = AdminApi.as("alice");
        expect(200, alice.json("PUT", CAROL + "/limits", "{\"dailyTokens\":50000,\"monthlyTokens\":900000,\"budgetUsd\":5,\"budgetPeriod\":\"WEEK\"}"));
        try (Browser browser = Browser.open().signIn("carol", home())) {
            String quota = browser.find("#memberships").getText();
            assertTrue(quota.contains("Tokens today") && quota.contains("of 50,000"), quota);
            assertTrue(quota.contains("Budget per week"), quota);
            assertTrue(browser.find("#status-acme").getText().equals("ACTIVE"));
            assertTrue(browser.find("#quickstart").getText().contains("X-Task-Id: acme-docs"));
            browser.assertReadable("the contractor page");
            browser.screenshot("contractor-home");
            browser.find("#keys\\:keyName").sendKeys("browser-test");
            browser.find("#keys\\:createKey").click();
            String secret = browser.find("#new-key").getText();
            assertTrue(secret.startsWith("tg_"), "the secret is shown: " + secret);
            browser.waitForText("browser-test");
            String page = browser.text();
            assertEquals(page.indexOf("Key created"), page.lastIndexOf("Key created"), "the notice says it once: " + page);
            browser.screenshot("contractor-key-created");
            browser.phoneWidth();
            browser.go(home());
            browser.find("#memberships");
            assertTrue(!browser.text().contains(secret), "the secret is shown only once");
            browser.screenshot("contractor-home-phone");
        } finally {
            expect(200, alice.json("PUT", CAROL + "/limits", "{}"));
            AdminApi carol = AdminApi.as("carol");
            for (JsonNode key : expect(200, carol.get("/api/keys"))) {
                if (key.path("name").asText().equals("browser-test") && key.path("revokedAt").isNull()) {
                    expect(200, carol.send("DELETE", "/api/keys/" + key.path("keyId").asText(), "application/json", null));
                }
            }
        }
    }

    @Test
    void aBlockedContractorSeesTheStatusAndTheReason() {
        AdminApi grace = AdminApi.as("grace");
        String heidi = "/api/tenants/globex/members/heidi";
        expect(200, grace.json("PATCH", heidi, "{\"status\":\"BLOCKED\",\"reason\":\"prompts outside the task\"}"));
        try (Browser browser = Browser.open().signIn("heidi", home())) {
            assertTrue(browser.find("#status-globex").getText().equals("BLOCKED"));
            browser.waitForText("prompts outside the task");
            browser.screenshot("contractor-blocked");
        } finally {
            expect(200, grace.json("PATCH", heidi, "{\"status\":\"ACTIVE\"}"));
        }
    }

    @Test
    void signingOutEndsTheSessionAtKeycloak() {
        try (Browser browser = Browser.open().signIn("bob", home())) {
            browser.find("#logout").click();
            browser.go(home());
            browser.find("#kc-form-login");
            assertTrue(browser.driver().getCurrentUrl().startsWith(TestStack.current().keycloak().issuer()),
                    browser.driver().getCurrentUrl());
        }
    }
}
