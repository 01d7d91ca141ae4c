package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.internal.CacheRefresher;
import io.taskgate.core.domain.model.misuse.UsagePattern;
import io.taskgate.core.domain.model.usage.UsageHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePatternsTest {

    static final TaskInfo TASK = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of("code"));
    static final Duration MINUTE = Duration.ofMinutes(1);

    final Queue<Runnable> queued = new ArrayDeque<>();
    final AtomicInteger queries = new AtomicInteger();
    final AtomicInteger weekReads = new AtomicInteger();
    final UsagePatterns patterns = new UsagePatterns();
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    /** A row of the fake ledger: when its request arrived and when it was written. */
    record Row(Instant created, Instant written, long tokens, String intent) {
        UsageHistory.ActivityRow activity() {
            return new UsageHistory.ActivityRow(created, tokens, intent);
        }
    }

    /** The fake ledger: rows of bob, in the order they were written. */
    final List<Row> ledger = new ArrayList<>();
    /** The week before the last hour of a member, by name and the week's start: by default 20 requests an hour all week. */
    java.util.function.BiFunction<String, Instant, UsageHistory.ActivitySpan> week =
            (username, from) -> new UsageHistory.ActivitySpan(20 * 24 * 7, 0, from);
    final List<String> rowReads = new ArrayList<>();
    final AtomicInteger intentReads = new AtomicInteger();

    @BeforeEach
    void wire() {
        // 200 requests in the hour before the first look against 20 an hour over the week before: a major spike
        for (int i = 0; i < 200; i++) {
            Instant at = now.minus(UsagePatterns.SETTLE).minusSeconds(3000 - 15 * i);
            ledger.add(new Row(at, at, 10, null));
        }
        patterns.usage = new io.taskgate.core.UsageHistoryFake() {
            @Override
            public ActivitySpan activitySpan(String tenantId, String username, Instant from, Instant to) {
                queries.incrementAndGet();
                weekReads.incrementAndGet();
                return week.apply(username, from);
            }

            @Override
            public List<ActivityRow> activityRows(String tenantId, String username, Instant from, Instant writtenBefore) {
                queries.incrementAndGet();
                rowReads.add("hour from " + from + " written before " + writtenBefore);
                return ledgerOf(username).stream().filter(r -> !r.created().isBefore(from) && r.created().isBefore(writtenBefore)
                        && r.written().isBefore(writtenBefore)).map(Row::activity).toList();
            }

            @Override
            public long[] writtenActivity(String tenantId, String username, Instant from, Instant to) {
                queries.incrementAndGet();
                rowReads.add("written from " + from + " to " + to);
                List<Row> rows = written(username, from, to);
                return new long[]{rows.size(), rows.stream().mapToLong(Row::tokens).sum()};
            }

            @Override
            public List<String> writtenIntents(String tenantId, String username, Instant from, Instant to, int limit) {
                queries.incrementAndGet();
                List<String> newestFirst = new ArrayList<>(written(username, from, to).stream().map(Row::intent)
                        .filter(java.util.Objects::nonNull).toList());
                java.util.Collections.reverse(newestFirst);
                return newestFirst.stream().limit(limit).toList();
            }

            @Override
            public List<String> recentIntents(String tenantId, String username, Instant before, Instant writtenBefore,
                                              int limit) {
                queries.incrementAndGet();
                intentReads.incrementAndGet();
                return List.of();
            }
        };
        patterns.background = new CacheRefresher() {
            @Override
            public void execute(Runnable load) {
                queued.add(load);
            }
        };
        patterns.clock = new Clock() {
            @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
    }

    /** Bob's rows; other members have none in the last hour. */
    List<Row> ledgerOf(String username) {
        return username.equals("bob") ? ledger : List.of();
    }

    List<Row> written(String username, Instant from, Instant to) {
        return ledgerOf(username).stream().filter(r -> !r.written().isBefore(from) && r.written().isBefore(to)).toList();
    }

    List<Finding> look() {
        return patterns.look(TASK, "bob", MINUTE, UsagePattern.Limits.DEFAULTS);
    }

    @Test
    void aDueLookReadsTheLedgerInTheBackgroundNotOnTheRequestThread() {
        assertTrue(look().isEmpty());
        assertEquals(0, queries.get(), "the request thread ran no ledger query");
        assertEquals(1, queued.size(), "the look was handed to the background");
    }

    @Test
    void theFindingsOfAFinishedLookComeWithTheMembersNextRequestOnce() {
        look();
        queued.remove().run();
        List<Finding> next = look();
        assertEquals(1, next.size(), next.toString());
        assertEquals(Finding.Severity.MAJOR, next.get(0).severity());
        assertTrue(look().isEmpty(), "reported once, not on every later request");
    }

    @Test
    void aMemberIsLookedAtAtMostOncePerInterval() {
        look();
        now = now.plusSeconds(59);
        look();
        assertEquals(1, queued.size());
        now = now.plusSeconds(1);
        look();
        assertEquals(2, queued.size(), "due again after the interval");
    }

    @Test
    void aLookTheBackgroundRefusesIsTriedAgainOnTheNextRequest() {
        patterns.background = new CacheRefresher() {
            @Override
            public void execute(Runnable load) {
                if (queries.getAndIncrement() == 0) {
                    throw new java.util.concurrent.RejectedExecutionException("full");
                }
                queued.add(load);
            }
        };
        look();
        assertTrue(queued.isEmpty());
        look();
        assertEquals(1, queued.size(), "not left waiting a whole interval");
    }

    @Test
    void theWeekBaselineIsReadAtMostOnceAnHourWhileNewRowsAreReadOnEveryLook() {
        for (int minute = 0; minute < 61; minute++) {
            look();
            queued.forEach(Runnable::run);
            queued.clear();
            now = now.plus(MINUTE);
        }
        assertEquals(2, weekReads.get(), "read at minute 0 and again at minute 60");
        assertEquals(61 + 2 + 1, queries.get(),
                "each look reads what is new (no intents when nothing is); the week twice; the intents before the first hour once");
    }

    @Test
    void eachLookReadsOnlyTheRowsWrittenSinceTheLookBefore() {
        Instant first = now.minus(UsagePatterns.SETTLE);
        look();
        queued.remove().run();
        now = now.plus(MINUTE);
        look();
        queued.remove().run();

        assertEquals(List.of("hour from " + first.minus(Duration.ofHours(1)) + " written before " + first,
                "written from " + first + " to " + now.minus(UsagePatterns.SETTLE)), rowReads);
    }

    @Test
    void aStreamsRowWrittenWhenItEndedIsCountedByTheNextLook() {
        ledger.clear();
        look();
        queued.remove().run();
        Instant streamStart = now.minusSeconds(30);
        now = now.plus(MINUTE);
        for (int i = 0; i < 40; i++) {
            ledger.add(new Row(streamStart, now.minusSeconds(20), 1_000, "code"));
        }
        look();
        queued.remove().run();

        List<Finding> findings = look();
        assertEquals(1, findings.size(), "40 long streams started before the last look still count: " + findings);
    }

    @Test
    void theSpikeIsStillSeenOnLaterLooksFromWhatWasReadBefore() {
        look();
        queued.remove().run();
        assertEquals(1, look().size());
        now = now.plus(MINUTE);
        look();
        queued.remove().run();

        assertEquals(1, look().size(), "the 200 requests are remembered, not read again");
        assertEquals(1, intentReads.get());
    }

    @Test
    void aMemberBackAfterMoreThanAnHourIsReadAfresh() {
        look();
        queued.remove().run();
        now = now.plus(Duration.ofHours(2));
        look();
        queued.remove().run();

        Instant to = now.minus(UsagePatterns.SETTLE);
        assertEquals(2, intentReads.get(), "the newest intents are read again");
        assertEquals("hour from " + to.minus(Duration.ofHours(1)) + " written before " + to, rowReads.get(1),
                "only the last hour is read, not the two hours away");
    }

    /**
     * Bob sends {@code perHour} requests an hour at a steady pace for {@code minutes}, each written a second after it
     * arrived, while his gateway looks every minute; returns every finding reported with his requests.
     */
    List<Finding> steadyPace(double perHour, int minutes) {
        ledger.clear();
        List<Finding> reported = new ArrayList<>();
        long stepMillis = Math.round(3_600_000 / perHour);
        Instant next = now;
        for (int m = 0; m < minutes; m++) {
            Instant end = now.plus(MINUTE);
            for (; next.isBefore(end); next = next.plusMillis(stepMillis)) {
                ledger.add(new Row(next, next.plusSeconds(1), 10, "code"));
            }
            now = end;
            reported.addAll(look());
            runQueued();
        }
        reported.addAll(look());
        return reported;
    }

    void runQueued() {
        while (!queued.isEmpty()) {
            queued.remove().run();
        }
    }

    static boolean anyMajor(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.MAJOR);
    }

    @Test
    void aMemberWithNoHistorySendingAHundredRequestsInAnHourAtASteadyPaceIsNeverFlagged() {
        week = (username, from) -> new UsageHistory.ActivitySpan(0, 0, null);

        List<Finding> reported = steadyPace(100, 75);

        assertTrue(reported.isEmpty(), reported.toString());
    }

    @Test
    void aNewMemberSendingARequestEveryEightSecondsForAnHourIsNoMajorSpike() {
        week = (username, from) -> new UsageHistory.ActivitySpan(0, 0, null);

        List<Finding> reported = steadyPace(450, 65);

        assertFalse(anyMajor(reported), reported.toString());
    }

    @Test
    void aMemberWithAWeekOfFiveAnHourWhoSendsTwoHundredInAnHourIsStillAMajorSpike() {
        week = (username, from) -> new UsageHistory.ActivitySpan(5 * 24 * 7, 0, from);

        List<Finding> reported = steadyPace(200, 60);

        assertTrue(anyMajor(reported), reported.toString());
        Finding major = reported.stream().filter(f -> f.severity() == Finding.Severity.MAJOR).findFirst().orElseThrow();
        assertTrue(major.evidence().contains("the member's hourly average of the week before (5.0)"), major.evidence());
    }

    @Test
    void aNewMemberFarAboveTheNewMemberRateIsStillAMajorSpike() {
        week = (username, from) -> new UsageHistory.ActivitySpan(0, 0, null);

        List<Finding> reported = steadyPace(1_500, 60);

        assertTrue(anyMajor(reported), reported.toString());
        Finding major = reported.stream().filter(f -> f.severity() == Finding.Severity.MAJOR).findFirst().orElseThrow();
        assertTrue(major.evidence().contains("the expected hourly rate (120.0: 0 h of the member's own history, weighted 0%, "
                + "blended with the default rate of new members)"), major.evidence());
    }

    @Test
    void aNewMembersPriorIsTheTypicalRateOfTheTasksOtherMembersWhenHigherThanTheFloor() {
        week = (username, from) -> username.equals("bob") ? new UsageHistory.ActivitySpan(0, 0, null)
                : new UsageHistory.ActivitySpan(300 * 24 * 7, 0, from);
        for (String peer : List.of("p1", "p2", "p3")) {
            patterns.look(TASK, peer, MINUTE, UsagePattern.Limits.DEFAULTS);
        }
        runQueued();

        List<Finding> reported = steadyPace(1_300, 60);

        assertTrue(reported.isEmpty(), "1,300 an hour is 4.3 times the 300 an hour of the task's other members: " + reported);
    }

    @Test
    void aMemberWithHalfADayOfHistoryIsComparedWithTheirAverageBlendedHalfWithThePrior() {
        // 10 an hour over the 12 hours before the last hour: expected 0.5 * 10 + 0.5 * 120 = 65 an hour
        week = (username, from) -> new UsageHistory.ActivitySpan(120, 0, from.plus(Duration.ofDays(7)).minus(Duration.ofHours(12)));

        List<Finding> reported = steadyPace(700, 60);

        assertTrue(anyMajor(reported), "700 is 10.8 times 65: " + reported);
        assertTrue(reported.stream().anyMatch(f -> f.evidence().contains("the expected hourly rate (65.0: 12 h of the "
                + "member's own history, weighted 50%")), reported.toString());
    }
}
