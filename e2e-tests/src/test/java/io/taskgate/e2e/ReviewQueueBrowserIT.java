package io.taskgate.e2e;

import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.Polling;
import io.taskgate.e2e.support.RawHttp;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.net.http.HttpResponse;
import java.time.Duration;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The owner's review queue in headless Chromium: a member blocked by misuse detection, its evidence, re-enabling. */
@ExtendWith(StackExtension.class)
class ReviewQueueBrowserIT {

    static String web(String page) {
        return TestStack.current().web().baseUrl() + "/app/" + page;
    }

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    @Test
    void ownerSeesTheEvidenceOfAFlaggedMemberAndReEnablesThemFromTheReviewQueue() {
        AdminApi grace = AdminApi.as("grace");
        try {
            expect(200, grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}"));
            expect(200, grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":1.0,\"action\":\"BLOCK\"}"));
            HttpResponse<String> offTopic = RawHttp.post(TestStack.current().h2Gateway().baseUrl() + "/v1/chat/completions",
                    TestStack.current().token("heidi"), "globex-etl",
                    "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"Plan my vacation in Rome\"}]}");
            assertEquals(200, offTopic.statusCode(), offTopic.body());
            // the request is scored after its answer (the block applies from the next request): wait for it
            assertEquals("BLOCKED", statusOnceScored(grace, "heidi"));
            try (Browser browser = Browser.open().signIn("grace", web("owner/dashboard.xhtml?t=globex"))) {
                browser.waitForText("Flagged members awaiting review");
                browser.go(web("owner/review.xhtml?t=globex"));
                browser.waitForText("heidi");
                String queue = browser.text();
                assertTrue(queue.contains("off_topic") && queue.contains("intent-marker"), queue);
                // the owner opens the signals and reads why each weighed what it did, not only the number
                ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                        "document.querySelectorAll('.review-case details').forEach(d => d.open = true)");
                browser.waitForText("Why this weight");
                String opened = browser.text();
                assertTrue(opened.contains("a major deviation"), opened);
                browser.screenshot("owner-review-queue");
                browser.driver().findElement(By.cssSelector(".review-case .reenable")).click();
                browser.waitForText("reenable done");
                browser.screenshot("owner-review-reenabled");
            }
            assertEquals("ACTIVE", expect(200, grace.get("/api/tenants/globex/members/heidi")).path("status").asText());
            assertEquals(0.0, expect(200, grace.get("/api/tenants/globex/review/heidi")).path("score").asDouble(), 1e-6);
        } finally {
            grace.json("POST", "/api/tenants/globex/review/heidi", "{\"decision\":\"REENABLE\"}");
            grace.json("PUT", "/api/tenants/globex/misuse-policy", "{\"threshold\":2.0}");
        }
    }

    /** The member's status once it is no longer ACTIVE; a timeout after 10 s names the last status read. */
    private static String statusOnceScored(AdminApi owner, String member) {
        return Polling.until(member + " scored (no longer ACTIVE)", Duration.ofSeconds(10),
                () -> expect(200, owner.get("/api/tenants/globex/members/" + member)).path("status").asText(),
                status -> !status.equals("ACTIVE"));
    }
}
