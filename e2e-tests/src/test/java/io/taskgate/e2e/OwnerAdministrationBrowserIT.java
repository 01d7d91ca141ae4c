package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** An owner (grace, globex) administers through the browser: onboarding, tasks, limits; the core confirms each change. */
@ExtendWith(StackExtension.class)
class OwnerAdministrationBrowserIT {

    final AdminApi grace = AdminApi.as("grace");

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    static String web(String page) {
        return TestStack.current().web().baseUrl() + "/app/" + page;
    }

    static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void ownerOnboardsContractorsFromACsvFileAndSeesTheResultOfEveryRow() throws Exception {
        String good = fresh("web-csv");
        Path csv = Files.createTempFile("onboarding-", ".csv");
        Files.writeString(csv, "username,email,tasks\n" + good + "," + good + "@globex.example,globex-etl\n"
                + "broken,not-an-email,globex-etl\n");
        try (Browser browser = Browser.open().signIn("grace", web("owner/onboarding.xhtml"))) {
            browser.find("#csv\\:file").sendKeys(csv.toString());
            browser.find("#csv\\:upload").click();
            browser.find("#results");
            browser.screenshot("owner-onboarding-csv-result");
            String results = browser.find("#results").getText();
            assertTrue(results.contains("3 broken failed invalid_request"), "the bad row's own result: " + results);
            boolean created = results.contains("2 " + good + " created");
            // Without an identity provider (the Keycloak directory is another branch's work) the core refuses the
            // good row too, and the page must show exactly that.
            assertTrue(created || results.contains("2 " + good + " failed identity_unavailable"), results);
            assertEquals(created ? "1 onboarded, 1 failed" : "0 onboarded, 2 failed", browser.find("#summary").getText());
            if (created) {
                assertEquals("[\"globex-etl\"]", expect(200, grace.get("/api/tenants/globex/members/" + good))
                        .path("tasks").toString());
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void ownerOnboardsOneContractorWithTheForm() {
        String user = fresh("web-one");
        try (Browser browser = Browser.open().signIn("grace", web("owner/onboarding.xhtml"))) {
            browser.find("#one\\:username").sendKeys(user);
            browser.find("#one\\:email").sendKeys(user + "@globex.example");
            browser.find("#one\\:onboard").click();
            browser.wait(20).until(d -> d.findElements(By.cssSelector("#messages .ui-messages-info, #messages .ui-messages-error")).size() > 0);
            if (browser.text().contains("No identity provider is configured")) {
                return; // the core's refusal is shown as it is (no identity directory on this branch)
            }
            browser.waitForText(user + " onboarded");
        }
        assertEquals("CONTRACTOR", expect(200, grace.get("/api/tenants/globex/members/" + user)).path("role").asText());
    }

    @Test
    void ownerCreatesATaskWithExpectedIntentsAndASharedQuotaAndClosesIt() {
        String task = fresh("globex-web");
        try (Browser browser = Browser.open().signIn("grace", web("owner/tasks.xhtml"))) {
            browser.find("#tasks\\:id").sendKeys(task);
            browser.find("#tasks\\:name").sendKeys("Dashboard rewrite");
            browser.find("#tasks\\:intents").sendKeys("coding, review");
            browser.find("#tasks\\:dailyTokens_input").sendKeys("50000");
            browser.find("#tasks\\:save").click();
            browser.waitForText("Task " + task + " saved");
            browser.waitForText("50000 tokens/day");
            JsonNode created = expect(200, grace.get("/api/tenants/globex/tasks/" + task));
            assertEquals("[\"coding\",\"review\"]", created.path("expectedIntents").toString());
            assertEquals(50000, created.path("quota").path("dailyTokens").asLong(), created.toString());
            assertTrue(created.path("open").asBoolean());
            browser.driver().findElement(By.cssSelector("button[aria-label='Close " + task + "']")).click();
            browser.waitForText("Task " + task + " closed");
            browser.screenshot("owner-tasks-closed");
        }
        assertFalse(expect(200, grace.get("/api/tenants/globex/tasks/" + task)).path("open").asBoolean());
    }

    @Test
    void ownerAdjustsAMembersLimitsFromTheMemberPage() {
        String ivan = "/api/tenants/globex/members/ivan";
        try (Browser browser = Browser.open().signIn("grace", web("owner/member.xhtml?t=globex&u=ivan"))) {
            var daily = browser.find("#member\\:limits input[id$='limit_input']");
            daily.clear();
            daily.sendKeys("12345");
            browser.find("#member\\:saveLimits").click();
            browser.waitForText("Limits of ivan saved");
            assertEquals(12345, expect(200, grace.get(ivan)).path("limits").path("dailyTokens").asLong());
            browser.waitForText("Tokens today");
            browser.screenshot("owner-member-limits");
        } finally {
            expect(200, grace.json("PUT", ivan + "/limits", "{}"));
        }
    }
}
