package io.taskgate.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.taskgate.e2e.support.Accessibility;
import io.taskgate.e2e.support.AdminApi;
import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.taskgate.e2e.support.AdminApi.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console for keyboard and screen-reader users and on a phone: the main pages operated with Tab, Shift+Tab and
 * Enter alone with a visible focus, every control named, no sideways scrolling at 390 px; and signing in from a
 * deep link returns to that page. Read-only for the demo users except one API key of bob's, revoked afterwards.
 * Screenshots at laptop and phone widths go to target/screenshots (a11y-*).
 */
@ExtendWith(StackExtension.class)
class ConsoleAccessibilityBrowserIT {

    /** Every page an owner has, in the navigation's order, with one member's page (acme's bob). */
    static final List<String> OWNER_PAGES = List.of("index.xhtml", "owner/dashboard.xhtml", "owner/members.xhtml",
            "owner/member.xhtml?t=acme&u=bob", "owner/tasks.xhtml", "owner/onboarding.xhtml", "owner/requests.xhtml",
            "owner/review.xhtml",
            "owner/audit.xhtml", "owner/plugins.xhtml");

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    static String web(String page) {
        return TestStack.current().web().baseUrl() + "/app/" + page;
    }

    static String id(WebElement element) {
        String id = element.getAttribute("id");
        return id == null ? "" : id;
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesFocusToTheContent() {
        try (Browser browser = Browser.open().signIn("bob", web("index.xhtml"))) {
            Accessibility page = new Accessibility(browser);
            browser.go(web("index.xhtml"));
            page.fromTheTop();
            page.tab();
            WebElement skip = page.focused();
            assertEquals("Skip to content", skip.getText(), page.describe(skip));
            page.assertFocusIsVisible(skip);
            assertTrue(page.withinViewportWidth(skip), "the focused skip link is on screen");
            browser.screenshot("a11y-skip-link-focused");
            page.press(Keys.ENTER);
            assertEquals("main", id(page.focused()), "Enter on the skip link moves focus to the content");
            page.tab();
            WebElement next = page.focused();
            assertTrue(Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                    .executeScript("return arguments[0].closest('main') !== null;", next)),
                    "the next Tab stays in the content, past the navigation: " + page.describe(next));
            page.assertFocusIsVisible(next);

            // The focus check itself: a button drawn without any focus ring is reported.
            browser.go(web("index.xhtml"));
            page.fromTheTop();
            page.withProbe("<button type='button' style='outline: none !important; box-shadow: none !important'>"
                    + "probe</button>", () -> {
                page.tab();
                page.press(Keys.ENTER);
                page.tab();
                assertEquals(page.probe(), page.focused(), "the probe is the first stop in the content");
                assertFalse(page.showsFocus(page.probe()), "a control without a focus ring is caught");
            });
        }
    }

    @Test
    void contractorCreatesAKeyUsingOnlyTheKeyboard() {
        String name = "keyboard-" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open().signIn("bob", web("index.xhtml"))) {
            Accessibility page = new Accessibility(browser);
            browser.go(web("index.xhtml"));
            page.fromTheTop();
            page.tabUntil(e -> id(e).equals("nav-me"), "the navigation", 5);
            page.tabUntil(e -> id(e).equals("keys:keyName"), "the key's name field", 60);
            page.type(name);
            WebElement create = page.tabUntil(e -> id(e).equals("keys:createKey"), "the Create key button", 6);
            page.shiftTab();
            assertEquals("keys:keyDays_input", id(page.focused()), "Shift+Tab goes back to the expiry field");
            page.type("7");
            page.tab();
            assertEquals(create, page.focused(), "Tab comes forward to the button again");
            page.press(Keys.ENTER);
            String secret = browser.wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("new-key"))).getText();
            assertTrue(secret.startsWith("tg_"), "the new key is shown: " + secret);
            browser.waitForText(name);
            browser.screenshot("a11y-key-created-by-keyboard");
            String keyTable = browser.find("[id$='keyTable']").getText();
            assertTrue(keyTable.contains("acme-checkout, acme-docs") && !keyTable.contains("["),
                    "the key's tasks read as words, not a Java list: " + keyTable);
            List<String> unnamed = page.unnamedControls();
            assertTrue(unnamed.isEmpty(), "with the notice and the new key shown, unnamed: " + unnamed);
            JsonNode created = keyNamed(AdminApi.as("bob"), name);
            assertTrue(created != null, "the core has bob's key " + name);
            Instant expires = OffsetDateTime.parse(created.path("expiresAt").asText()).toInstant();
            assertTrue(expires.isAfter(Instant.now().plus(Duration.ofDays(6)))
                    && expires.isBefore(Instant.now().plus(Duration.ofDays(8))), "7 days as typed, not 30: " + created);
        } finally {
            AdminApi bob = AdminApi.as("bob");
            JsonNode key = keyNamed(bob, name);
            if (key != null) {
                expect(200, bob.send("DELETE", "/api/keys/" + key.path("keyId").asText(), "application/json", null));
            }
        }
    }

    static JsonNode keyNamed(AdminApi user, String name) {
        for (JsonNode key : expect(200, user.get("/api/keys"))) {
            if (key.path("name").asText().equals(name) && key.path("revokedAt").isNull()) {
                return key;
            }
        }
        return null;
    }

    @Test
    void ownerOpensAMembersPageFromTheNavigationUsingOnlyTheKeyboard() {
        try (Browser browser = Browser.open().signIn("alice", web("index.xhtml"))) {
            Accessibility page = new Accessibility(browser);
            browser.go(web("index.xhtml"));
            page.fromTheTop();
            page.tabUntil(e -> id(e).equals("nav-members"), "the Members link", 10);
            page.press(Keys.ENTER);
            browser.wait(20).until(d -> d.getCurrentUrl().contains("/owner/members.xhtml"));
            browser.find("#members");
            page.fromTheTop();
            WebElement link = page.tabUntil(e -> id(e).endsWith(":member-link"), "a member's link", 40);
            String member = link.getText();
            page.press(Keys.ENTER);
            browser.wait(20).until(d -> d.getCurrentUrl().contains("/owner/member.xhtml"));
            assertTrue(browser.find("h1").getText().startsWith(member + " · "), browser.find("h1").getText());
            page.fromTheTop();
            page.tabUntil(e -> id(e).equals("member:saveTasks"), "the member's Save tasks button", 60);
            browser.screenshot("a11y-member-page-by-keyboard");
        }
    }

    @Test
    void everyControlOnTheOwnersPagesHasAnAccessibleName() {
        try (Browser browser = Browser.open().signIn("alice", web("index.xhtml"))) {
            assertEveryControlNamed(browser, OWNER_PAGES);
        }
    }

    @Test
    void everyControlOnTheContractorsAndThePlatformAdminsPagesHasAnAccessibleName() {
        try (Browser browser = Browser.open().signIn("bob", web("index.xhtml"))) {
            assertEveryControlNamed(browser, List.of("index.xhtml"));
        }
        try (Browser browser = Browser.open().signIn("operator", web("admin/tenants.xhtml"))) {
            browser.find("#tenantForm\\:tenant"); // the tenant selector in the header: the operator sees several
            assertEveryControlNamed(browser, List.of("admin/tenants.xhtml", "owner/dashboard.xhtml"));
        }
    }

    static void assertEveryControlNamed(Browser browser, List<String> pages) {
        Accessibility page = new Accessibility(browser);
        Map<String, List<String>> unnamed = new LinkedHashMap<>();
        for (String path : pages) {
            browser.go(web(path));
            browser.find("#main");
            long controls = page.renderedControls();
            assertTrue(controls > 3, "controls found on " + path);
            List<String> found = page.unnamedControls();
            System.out.printf("accessible names: %s, %d controls, %d unnamed%n", path, controls, found.size());
            if (!found.isEmpty()) {
                unnamed.put(path, found);
            }
        }
        assertTrue(unnamed.isEmpty(), "controls without an accessible name:\n" + format(unnamed));
        // The check itself: a field without a label and an icon-only button without a name are reported.
        page.withProbe("<div><input type='text'><button type='button'><span class='ui-button-icon-left pi pi-trash'>"
                + "</span><span class='ui-button-text'>ui-button</span></button></div>", () ->
                assertEquals(2, page.unnamedControls().size(), "both probes caught: " + page.unnamedControls()));
    }

    @Test
    void ownersPagesFitAPhoneWithoutSidewaysScrollingAndKeepTheNavigationReachable() {
        try (Browser browser = Browser.open().signIn("alice", web("index.xhtml"))) {
            assertPagesFit(browser, "owner", OWNER_PAGES);
            browser.go(web("index.xhtml"));
            WebElement members = browser.find("#nav-members");
            members.click();
            browser.wait(20).until(d -> d.getCurrentUrl().contains("/owner/members.xhtml"));
            assertTrue(browser.find("#members").getText().contains("carol"), "the members list opens on a phone");
        }
    }

    @Test
    void contractorsHomeFitsAPhoneWithoutSidewaysScrolling() {
        try (Browser browser = Browser.open().signIn("bob", web("index.xhtml"))) {
            assertPagesFit(browser, "contractor", List.of("index.xhtml"));
        }
    }

    /** Each page at laptop then at phone width: nothing scrolls sideways, every navigation link is on screen. */
    static void assertPagesFit(Browser browser, String who, List<String> pages) {
        Accessibility page = new Accessibility(browser);
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (boolean phone : new boolean[]{false, true}) {
            if (phone) {
                browser.phoneWidth();
            } else {
                browser.laptopWidth();
            }
            String width = phone ? "phone" : "laptop";
            for (String path : pages) {
                browser.go(web(path));
                browser.find("#main");
                List<String> found = new ArrayList<>();
                long viewport = page.viewportWidth();
                if (phone && viewport > 400) {
                    found.add("the viewport is " + viewport + " px wide, not a phone's");
                }
                long overflow = page.horizontalOverflow();
                if (overflow > 1) {
                    found.add("scrolls sideways by " + overflow + " px; too wide: " + page.elementsWiderThanTheViewport());
                }
                List<WebElement> links = browser.driver().findElements(By.cssSelector("nav[aria-label=Main] a"));
                if (links.isEmpty()) {
                    found.add("no navigation links");
                }
                for (WebElement link : links) {
                    if (!link.isDisplayed() || !page.withinViewportWidth(link)) {
                        found.add("navigation link off screen: " + page.describe(link));
                    }
                }
                browser.fullPageScreenshot("a11y-" + width + "-" + who + "-" + path.replaceAll("\\.xhtml", "")
                        .replaceAll("[^A-Za-z0-9]+", "-"), 5000);
                if (!found.isEmpty()) {
                    problems.put(width + " " + path, found);
                }
            }
        }
        // The check itself: an element wider than a phone is reported.
        page.withProbe("<div style='width: 600px; height: 1px'></div>", () ->
                assertTrue(page.horizontalOverflow() > 100, "a wide element is caught"));
        browser.laptopWidth();
        assertTrue(problems.isEmpty(), "pages that do not fit:\n" + format(problems));
    }

    @Test
    void signingInFromADeepLinkOpensThatPage() {
        String deepLink = web("owner/member.xhtml?t=acme&u=bob");
        try (Browser browser = Browser.open()) {
            browser.go(deepLink);
            browser.signInOnKeycloak("alice");
            assertEquals(deepLink, browser.driver().getCurrentUrl(), "back on the page asked for, with its query");
            assertEquals("bob · acme", browser.find("h1").getText());
            browser.find("#member-status");
        }
    }

    static String format(Map<String, List<String>> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach((page, list) -> {
            text.append(page).append(":\n");
            list.forEach(p -> text.append("  ").append(p).append('\n'));
        });
        return text.toString();
    }
}
