package io.taskgate.web;

import io.taskgate.api.admin.MyMembership;
import io.taskgate.api.admin.OwnerContact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessNoticeTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    /** A membership in Globex (Europe/Berlin) on task globex-etl, with grace as its owner; fields set per test. */
    static final class Fields {
        String status;
        String statusReason;
        String suspendedUntil;
        String accessExpiresAt;
        String warning;
        List<OwnerContact> contacts = List.of(new OwnerContact("grace", "grace@globex.example"));

        MyMembership record() {
            return new MyMembership("globex", "heidi", "s-heidi", "h@globex.example", "CONTRACTOR", status, statusReason,
                    suspendedUntil, List.of("globex-etl"), List.of(), List.of(), accessExpiresAt, null, null, null,
                    "Globex", "Europe/Berlin", null, warning, null, contacts);
        }
    }

    static Fields membership(String status) {
        Fields m = new Fields();
        m.status = status;
        return m;
    }

    @Test
    void aSuspendedMemberReadsUntilWhenInTheTenantsTimeZoneWhyAndThatAccessComesBackByItself() {
        Fields m = membership("SUSPENDED");
        m.statusReason = "too many off-topic prompts";
        m.suspendedUntil = "2026-12-05T12:30:00Z";
        AccessNotice notice = AccessNotice.of(m.record(), NOW).orElseThrow();
        assertEquals("Your access is suspended until 13:30 on Sat 5 Dec 2026, Europe/Berlin time.", notice.title());
        assertEquals("Reason given: too many off-topic prompts.", notice.why());
        assertTrue(notice.whatToDo().contains("comes back by itself"), notice.whatToDo());
        assertEquals("Contact the owner of Globex: grace (grace@globex.example).", notice.contact());
    }

    @Test
    void aSuspensionPastItsEndSaysNothing() {
        Fields m = membership("SUSPENDED");
        m.suspendedUntil = "2026-12-05T09:00:00Z";
        assertTrue(AccessNotice.of(m.record(), NOW).isEmpty());
    }

    @Test
    void aMemberBlockedByMisuseDetectionIsToldWhatThatMeansAndWhomToWrite() {
        Fields m = membership("BLOCKED");
        m.statusReason = "deviation score 2.10 reached the threshold 2.00";
        AccessNotice notice = AccessNotice.of(m.record(), NOW).orElseThrow();
        assertEquals("error", notice.severity());
        assertEquals("Your access is blocked.", notice.title());
        assertTrue(notice.why().contains("did not fit your assigned tasks"), notice.why());
        assertTrue(notice.whatToDo().contains("re-enables you"), notice.whatToDo());
        assertTrue(notice.contact().contains("grace@globex.example"));
    }

    @Test
    void aWarnedMemberIsToldToKeepToTheirTasks() {
        Fields m = membership("ACTIVE");
        m.warning = "Recent requests did not match your tasks (score 1.2 of 2.0).";
        AccessNotice notice = AccessNotice.of(m.record(), NOW).orElseThrow();
        assertEquals("warn", notice.severity());
        assertTrue(notice.whatToDo().contains("(globex-etl)"), notice.whatToDo());
    }

    @Test
    void expiredAccessAndAnActiveMemberWithoutOwners() {
        Fields m = membership("ACTIVE");
        m.accessExpiresAt = "2026-12-01T00:00:00Z";
        m.contacts = List.of();
        AccessNotice notice = AccessNotice.of(m.record(), NOW).orElseThrow();
        assertEquals("Your access ended at 01:00 on Tue 1 Dec 2026, Europe/Berlin time.", notice.title());
        assertEquals("Contact the owner of Globex.", notice.contact());
        assertTrue(AccessNotice.of(membership("ACTIVE").record(), NOW).isEmpty(), "nothing to say when all is well");
    }

    @Test
    void aBarSaysWhenItsPeriodResetsInTheTenantsTimeZone() {
        assertEquals("resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time",
                AccessNotice.resets("2026-12-05T23:00:00Z", "Europe/Berlin"));
        QuotaBar bar = QuotaBar.of(QuotaBarTest.limits(2000L, null, null, null), QuotaBarTest.usage(500, "0", 500)).get(0)
                .resetting(AccessNotice.resets("2026-12-05T23:00:00Z", "Europe/Berlin"));
        assertEquals("DAY", bar.period());
        assertEquals("500 of 2,000 used, 1,500 left; resets at 00:00 on Sun 6 Dec 2026, Europe/Berlin time", bar.getText());
    }
}
