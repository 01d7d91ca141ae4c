package io.taskgate.e2e;

import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Owners in headless Chromium, signed in through Keycloak's real login page. Screenshots go to target/screenshots. */
@ExtendWith(StackExtension.class)
class OwnerConsoleBrowserIT {

    static final String CHAT = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Draft the cart API docs\"}]}";

    static String web(String page) {
        return TestStack.current().web().baseUrl() + "/app/" + page;
    }

    @BeforeAll
    static void someUsage() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
        TestStack stack = TestStack.current();
        for (String user : new String[]{"bob", "carol"}) {
            assertEquals(200, RawHttp.post(stack.h2Gateway().baseUrl() + "/v1/chat/completions", stack.token(user),
                    "acme-docs", CHAT).statusCode());
        }
    }

    @Test
    void ownerSeesTokensCostAndChartsOnTheDashboard() {
        try (Browser browser = Browser.open().signIn("alice", web("owner/dashboard.xhtml"))) {
            browser.find("#tokens-today");
            String today = browser.find("#tokens-today").getText();
            assertTrue(today.matches("[1-9][0-9,]* tokens"), "tokens used today: " + today);
            assertTrue(browser.find("#dailyChart canvas").isDisplayed(), "daily usage chart drawn");
            browser.find("#costChart canvas");
            browser.find("#taskChart canvas");
            String top = browser.find("#topMembers").getText();
            assertTrue(top.contains("bob") && top.contains("carol"), top);
            browser.assertReadable("the owner dashboard");
            browser.screenshot("owner-dashboard");
            browser.phoneWidth();
            browser.go(web("owner/dashboard.xhtml"));
            assertTrue(browser.find("#dailyChart canvas").isDisplayed(), "charts fit a phone");
            browser.screenshot("owner-dashboard-phone");
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1400));
            browser.go(web("owner/members.xhtml"));
            assertTrue(browser.find("#members").getText().contains("carol"));
            browser.screenshot("owner-members");
            browser.go(web("owner/tasks.xhtml"));
            assertTrue(browser.find("#tasks\\:taskTable").getText().contains("acme-legacy"));
            browser.screenshot("owner-tasks");
            browser.go(web("owner/onboarding.xhtml"));
            browser.find("#one\\:username");
            browser.screenshot("owner-onboarding");
            browser.go(web("owner/audit.xhtml"));
            browser.find("#audit");
            browser.screenshot("owner-audit");
            browser.go(web("owner/plugins.xhtml"));
            assertTrue(browser.find("#plugins").getText().contains("prompt-size"), "the example plugin is listed");
            browser.screenshot("owner-detectors");
        }
    }

    @Test
    void ownerReEnablesABlockedMemberFromTheMemberPage() {
        AdminApi grace = AdminApi.as("grace");
        String ivan = "/api/tenants/globex/members/ivan";
        expect(200, grace.json("PATCH", ivan, "{\"status\":\"BLOCKED\",\"reason\":\"shared his key\"}"));
        try (Browser browser = Browser.open().signIn("grace", web("owner/member.xhtml?t=globex&u=ivan"))) {
            assertEquals("BLOCKED", browser.find("#member-status").getText());
            assertTrue(browser.find("#member-reason").getText().contains("shared his key"));
            browser.find("#log\\:requests");
            browser.assertReadable("the member page");
            assertTrue(browser.text().contains("Tokens per day"), "limits in words");
            browser.screenshot("owner-member-blocked");
            browser.find("#member\\:reenable").click();
            browser.wait(20).until(d -> "ACTIVE".equals(d.findElement(By.id("member-status")).getText()));
            assertEquals("ACTIVE", expect(200, grace.get(ivan)).path("status").asText(), "the core has ivan active again");
            browser.screenshot("owner-member-reenabled");
        } finally {
            expect(200, grace.json("PATCH", ivan, "{\"status\":\"ACTIVE\"}"));
        }
    }

    @Test
    void ownerFiltersAMembersRequestLogByStatusAndOpensThePrompt() {
        try (Browser browser = Browser.open().signIn("alice", web("owner/member.xhtml?t=acme&u=bob"))) {
            String log = browser.find("#log\\:requests").getText();
            assertTrue(log.contains("acme-docs"), log);
            browser.find("#log\\:status_input").sendKeys("200");
            var before = browser.find("#log\\:requests");
            browser.find("#log\\:filter").click();
            browser.wait(20).until(ExpectedConditions.stalenessOf(before));
            String filtered = browser.find("#log\\:requests").getText();
            assertTrue(filtered.contains("200") && !filtered.contains("403"), filtered);
            browser.driver().findElement(By.cssSelector("#log\\:requests details summary")).click();
            browser.waitForText("Draft the cart API docs");
            browser.screenshot("owner-member-request-log");
        }
    }

    @Test
    void ownerOfOneTenantCannotOpenTheOtherTenantsPages() {
        try (Browser browser = Browser.open().signIn("grace", web("owner/dashboard.xhtml?t=acme"))) {
            browser.waitForText("not found");
            assertFalse(browser.text().contains("tokens"), "no acme figures");
            browser.screenshot("isolation-dashboard-refused");
            browser.go(web("owner/members.xhtml?t=acme"));
            browser.waitForText("not found");
            assertFalse(browser.text().contains("carol"), "no acme members");
            browser.go(web("owner/member.xhtml?t=acme&u=bob"));
            browser.waitForText("not found");
            assertTrue(browser.driver().findElements(By.id("member:reenable")).isEmpty());
            assertFalse(browser.text().contains("bob@acme.example"));
            browser.go(web("owner/dashboard.xhtml"));
            assertTrue(browser.find("#tenant-id").getText().equals("globex"), "her own tenant still works");
        }
    }

    @Test
    void platformAdminListsTenantsWithOwnersAndSwitchesTenant() {
        try (Browser browser = Browser.open().signIn("operator", web("admin/tenants.xhtml"))) {
            String tenants = browser.find("#tenants").getText();
            assertTrue(tenants.contains("acme") && tenants.contains("alice") && tenants.contains("grace"), tenants);
            browser.screenshot("admin-tenants");
            browser.find("#nav-platform-audit").click();
            browser.waitForText("Audit log · all tenants");
            browser.find("#audit");
            browser.screenshot("admin-platform-audit");
            browser.go(web("owner/dashboard.xhtml"));
            String first = browser.find("#tenant-id").getText();
            String other = first.equals("acme") ? "globex" : "acme";
            new Select(browser.find("#tenantForm\\:tenant")).selectByValue(other);
            browser.screenshot("admin-tenant-selector");
            browser.find("#tenantForm\\:go").click();
            browser.wait(20).until(d -> d.getCurrentUrl().contains("t="));
            assertEquals(other, browser.find("#tenant-id").getText(), browser.driver().getCurrentUrl());
        }
    }
}
