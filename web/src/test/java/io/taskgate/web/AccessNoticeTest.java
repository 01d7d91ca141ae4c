package io.taskgate.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessNoticeTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    static Map<String, Object> membership(String status) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", status);
        m.put("tenantName", "Globex");
        m.put("timeZone", "Europe/Berlin");
        m.put("tasks", List.of("globex-etl"));
        m.put("contacts", List.of(Map.of("username", "grace", "email", "grace@globex.example")));
        return m;
    }

    @Test
    void aSuspendedMemberReadsUntilWhenInTheTenantsTimeZoneWhyAndThatAccessComesBackByItself() {
        Map<String, Object> m = membership("SUSPENDED");
        m.put("statusReason", "too many off-topic prompts");
        m.put("suspendedUntil", "2026-12-05T12:30:00Z");
        AccessNotice notice = AccessNotice.of(m, NOW).orElseThrow();
        assertEquals("Your access is suspended until 13:30 on Sat 5 Dec 2026, Europe/Berlin time.", notice.title());
        assertEquals("Reason given: too many off-topic prompts.", notice.why());
        assertTrue(notice.whatToDo().contains("comes back by itself"), notice.whatToDo());
        assertEquals("Contact the owner of Globex: grace (grace@globex.example).", notice.contact());
    }

    @Test
    void aSuspensionPastItsEndSaysNothing() {
        Map<String, Object> m = membership("SUSPENDED");
        m.put("suspendedUntil", "2026-12-05T09:00:00Z");
        assertTrue(AccessNotice.of(m, NOW).isEmpty());
    }

    @Test
    void aMemberBlockedByMisuseDetectionIsToldWhatThatMeansAndWhomToWrite() {
        Map<String, Object> m = membership("BLOCKED");
        m.put("statusReason", "deviation score 2.10 reached the threshold 2.00");
        AccessNotice notice = AccessNotice.of(m, NOW).orElseThrow();
        assertEquals("error", notice.severity());
        assertEquals("Your access is blocked.", notice.title());
        assertTrue(notice.why().contains("did not fit your assigned tasks"), notice.why());
        assertTrue(notice.whatToDo().contains("re-enables you"), notice.whatToDo());
        assertTrue(notice.contact().contains("grace@globex.example"));
    }

    @Test
    void aWarnedMemberIsToldToKeepToTheirTasks() {
        Map<String, Object> m = membership("ACTIVE");
        m.put("warning", "Recent requests did not match your tasks (score 1.2 of 2.0).");
        AccessNotice notice = AccessNotice.of(m, NOW).orElseThrow();
        assertEquals("warn", notice.severity());
        assertTrue(notice.whatToDo().contains("(globex-etl)"), notice.whatToDo());
    }

    @Test
    void expiredAccessAndAnActiveMemberWithoutOwners() {
        Map<String, Object> m = membership("ACTIVE");
        m.put("accessExpiresAt", "2026-12-01T00:00:00Z");
        m.put("contacts", List.of());
        AccessNotice notice = AccessNotice.of(m, NOW).orElseThrow();
        assertEquals("Your access ended at 01:00 on Tue 1 Dec 2026, Europe/Berlin time.", notice.title());
        assertEquals("Contact the owner of Globex.", notice.contact());
        assertTrue(AccessNotice.of(membership("ACTIVE"), NOW).isEmpty(), "nothing to say when all is well");
    }

    @Test
    void aBarSaysWhenItsPeriodResetsInTheTenantsTimeZone() {
        assertEquals("resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time",
                AccessNotice.resets("2026-12-05T23:00:00Z", "Europe/Berlin"));
        QuotaBar bar = QuotaBar.of(Map.of("dailyTokens", 2000L), Map.of("today", Map.of("tokens", 500L))).get(0)
                .resetting(AccessNotice.resets("2026-12-05T23:00:00Z", "Europe/Berlin"));
        assertEquals("DAY", bar.period());
        assertEquals("500 of 2,000 used, 1,500 left; resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time", bar.getText());
    }
}
