package io.taskgate.e2e;

import io.taskgate.e2e.support.Browser;
import io.taskgate.e2e.support.StackExtension;
import io.taskgate.e2e.support.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A CSV onboarding of hundreds of rows reports progress and each row's result as it goes, in headless Chromium. */
@ExtendWith(StackExtension.class)
class OnboardingProgressBrowserIT {

    static final int ROWS = 240;

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Browser.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver (./taskgate test installs them)");
    }

    @Test
    void hundredsOfRowsShowProgressThenEveryRowsResultWithItsLineInTheFile() throws Exception {
        StringBuilder csv = new StringBuilder("username,email,tasks\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("nomail").append(i).append(",not-an-email,globex-etl\n"); // refused per row, quickly
        }
        Path file = Files.createTempFile("onboarding-many-", ".csv");
        Files.writeString(file, csv);
        try (Browser browser = Browser.open().signIn("grace",
                TestStack.current().web().baseUrl() + "/app/owner/onboarding.xhtml")) {
            browser.find("#csv\\:file").sendKeys(file.toString());
            browser.find("#csv\\:upload").click();
            browser.wait(20).until(d -> !d.findElements(By.id("progress-text")).isEmpty()
                    || !d.findElements(By.id("summary")).isEmpty());
            String firstSeen = browser.text();
            browser.screenshot("owner-onboarding-progress");
            browser.wait(120).until(d -> !d.findElements(By.id("summary")).isEmpty());
            assertTrue(firstSeen.contains("rows sent") || firstSeen.contains(ROWS + " failed"), firstSeen);
            assertEquals("0 onboarded, " + ROWS + " failed", browser.find("#summary").getText());
            String results = browser.find("#results").getText();
            assertTrue(results.contains("2 nomail1 failed invalid_request"), results.substring(0, 300));
            assertTrue(results.contains((ROWS + 1) + " nomail" + ROWS + " failed invalid_request"), "the last row's line");
            assertEquals(ROWS, browser.driver().findElements(By.cssSelector("#results tbody tr")).size());
            browser.assertReadable("the onboarding page");
            browser.screenshot("owner-onboarding-progress-done");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
