package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An owner decides about a member the detectors flagged, in headless Chromium: the member page's score chart with the
 * threshold, each signal's evidence (opened from its point in the chart) with the retained prompt, the intent mix, the
 * activity against the member's baseline, re-enabling beside that evidence, the member's next call, the audit log.
 */
@ExtendWith(StackExtension.class)
class MemberEvidenceBrowserIT {

    static final String OFF_TOPIC = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":"
            + "\"Plan my vacation in Rome with my family\"}]}";
    static final String ON_TOPIC = "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":"
            + "\"Draft the operator guide section on refunds\"}]}";

    static String web(String page) {
        return TestStack.current().web().baseUrl() + "/app/" + page;
    }

    static HttpResponse<String> carolCalls(String body) {
        TestStack stack = TestStack.current();
        return RawHttp.post(stack.h2Gateway().baseUrl() + "/v1/chat/completions", stack.token("carol"), "acme-docs", body);
    }

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    @Test
    void ownerOpensAFlaggedMemberSeesTheScoreChartAndEachSignalsEvidenceAndReEnablesThem() throws InterruptedException {
        AdminApi alice = AdminApi.as("alice");
        String carol = "/api/tenants/acme/members/carol";
        try {
            expect(200, alice.json("POST", "/api/tenants/acme/review/carol", "{\"decision\":\"REENABLE\"}"));
            expect(200, alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"threshold\":1.0,\"action\":\"BLOCK\"}"));
            assertEquals(200, carolCalls(OFF_TOPIC).statusCode());
            waitForStatus(alice, carol, "BLOCKED");
            assertEquals("access_blocked", RawHttp.errorCode(carolCalls(ON_TOPIC)), "blocked from the next call on");

            try (Browser browser = Browser.open().signIn("alice", web("owner/member.xhtml?t=acme&u=carol"))) {
                assertEquals("BLOCKED", browser.find("#member-status").getText());
                WebElement chart = browser.find("#member\\:scoreChart canvas");
                assertTrue(chart.isDisplayed(), "the score chart is drawn");
                String page = browser.text();
                assertTrue(page.contains("Flagged (blocked until an owner re-enables them) and waiting for your decision"), page);
                assertTrue(page.contains("intent-marker: MAJOR off_topic (confidence 1.00) on acme-docs"), page);
                // carol's other requests of the run share the week's mix: her line for acme-docs names off_topic
                assertTrue(java.util.regex.Pattern.compile("acme-docs: [^\n]*off_topic").matcher(page).find(),
                        "the intent mix in words: " + page);
                assertTrue(page.contains("Requests this hour:") && page.contains("own baseline"), page);
                assertTrue(page.contains("Misuse detection set the status to blocked"), "the decision so far: " + page);
                browser.assertReadable("the flagged member's page");

                openTheFirstSignalsPoint(browser, chart);
                String opened = browser.wait(20).ignoring(StaleElementReferenceException.class).until(d -> {
                    String text = d.findElement(By.id("member:selectedSignal")).getText();
                    return text.contains("Confidence") ? text : null;
                });
                assertTrue(opened.contains("Plan my vacation in Rome with my family"), "acme retains prompts: " + opened);
                assertTrue(opened.contains("Detector") && opened.contains("Evidence") && opened.contains("Label"), opened);
                wholePage(browser, "owner-member-evidence", 1366);
                browser.phoneWidth();
                browser.go(web("owner/member.xhtml?t=acme&u=carol"));
                assertTrue(browser.find("#member\\:scoreChart canvas").isDisplayed(), "the chart fits a phone");
                browser.assertReadable("the member page on a phone");
                wholePage(browser, "owner-member-evidence-phone", 390);

                browser.go(web("owner/review.xhtml?t=acme"));
                browser.waitForText("carol");
                assertTrue(browser.text().contains("Why, one line per signal"), browser.text());
                browser.assertReadable("the review queue");
                wholePage(browser, "owner-review-queue-evidence", 1366);
                browser.go(web("owner/dashboard.xhtml?t=acme"));
                assertTrue(browser.find("#attention").getText().contains("carol"), "carol needs the owner");
                assertTrue(browser.text().contains("access_blocked"), "refusals by reason: " + browser.text());
                browser.find("#intentChart0 canvas");
                browser.assertReadable("the dashboard");
                wholePage(browser, "owner-dashboard-oversight", 1366);
                browser.go(web("owner/requests.xhtml?t=acme"));
                browser.find("#log\\:requests");
                assertTrue(browser.find("#log\\:requests").getText().contains("intent-marker: major off_topic"),
                        browser.find("#log\\:requests").getText());
                browser.assertReadable("the request log");
                wholePage(browser, "owner-request-log", 1366);

                browser.go(web("owner/member.xhtml?t=acme&u=carol"));
                browser.find("#member\\:reenable").click();
                browser.waitForText("carol re-enabled; score reset");
                browser.wait(20).until(d -> "ACTIVE".equals(browser.find("#member-status").getText()));
                browser.waitForText("alice re-enabled the member (score reset)");
                assertTrue(browser.text().contains("Score 0.0 of 1.0."), browser.text());
                assertEquals(1, occurrences(browser.text(), "carol re-enabled; score reset"), "the notice says it once");
                wholePage(browser, "owner-member-reenabled-evidence", 1366);
            }
            assertEquals(200, carolCalls(ON_TOPIC).statusCode(), "carol's next call works");
            JsonNode audit = expect(200, alice.get("/api/tenants/acme/audit"));
            assertTrue(hasEntry(audit, "alice", "review.reenable", "carol"), audit.toString());
            String csv = expect200Text(alice.get("/api/tenants/acme/requests?member=carol&verdict=major&format=csv"));
            assertTrue(csv.startsWith("time,member,task,"), csv);
            assertTrue(csv.contains("intent-marker MAJOR off_topic") && csv.contains("Plan my vacation in Rome"), csv);
        } finally {
            alice.json("PUT", "/api/tenants/acme/misuse-policy", "{\"threshold\":1000}"); // the suite's default
            alice.json("POST", "/api/tenants/acme/review/carol", "{\"decision\":\"REENABLE\"}");
        }
    }

    /**
     * A screenshot of the whole page at this width: the window is made as tall as the page (so nothing resizes while
     * the shot is taken) and every chart is redrawn at its size first; then the laptop window again.
     */
    private static void wholePage(Browser browser, String name, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.driver().manage().window().setSize(new Dimension(width, (int) Math.min(height + 200, 5000)));
        js.executeScript("document.querySelectorAll('canvas').forEach(function (c) {"
                + " var chart = Chart.getChart(c); if (chart) { chart.resize(); chart.update('none'); } });");
        browser.screenshot(name);
        browser.laptopWidth();
    }

    /** Clicks the first signal's point in the chart where Chart.js drew it. */
    private static void openTheFirstSignalsPoint(Browser browser, WebElement canvas) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = Chart.getChart(arguments[0]); var p = c.getDatasetMeta(2).data[0];"
                        + " var r = arguments[0].getBoundingClientRect(); return [p.x - r.width / 2, p.y - r.height / 2];",
                canvas);
        new Actions(browser.driver()).moveToElement(canvas, at.get(0).intValue(), at.get(1).intValue()).click().perform();
    }

    private static void waitForStatus(AdminApi owner, String member, String status) {
        Polling.until(member + "'s status " + status, Duration.ofSeconds(20),
                () -> expect(200, owner.get(member)).path("status").asText(), status::equals);
    }

    private static boolean hasEntry(JsonNode audit, String actor, String action, String target) {
        for (JsonNode entry : audit) {
            if (actor.equals(entry.path("actor").asText()) && action.equals(entry.path("action").asText())
                    && target.equals(entry.path("targetId").asText())) {
                return true;
            }
        }
        return false;
    }

    private static String expect200Text(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response.body();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
