package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.internal.CacheRefresher;
import io.taskgate.core.domain.model.misuse.UsagePattern;
import io.taskgate.core.infrastructure.persistence.UsageQueries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePatternsTest {

    static final TaskInfo TASK = new TaskInfo("acme-checkout", "acme", "Checkout", "", true, Set.of("code"));
    static final Duration MINUTE = Duration.ofMinutes(1);

    final Queue<Runnable> queued = new ArrayDeque<>();
    final AtomicInteger queries = new AtomicInteger();
    final AtomicInteger weekReads = new AtomicInteger();
    final UsagePatterns patterns = new UsagePatterns();
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @BeforeEach
    void wire() {
        patterns.usage = new UsageQueries() {
            @Override
            public long[] activity(String tenantId, String username, Instant from, Instant to) {
                queries.incrementAndGet();
                if (!to.equals(now)) {
                    weekReads.incrementAndGet();
                }
                // 200 requests in the last hour against 20 an hour over the week before: a major spike
                return to.equals(now) ? new long[]{200, 0} : new long[]{20 * 24 * 7, 0};
            }

            @Override
            public List<String> recentIntents(String tenantId, String username, int offset, int limit) {
                queries.incrementAndGet();
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
    void theWeekBaselineIsReadAtMostOnceAnHourWhileTheLastHourIsReadOnEveryLook() {
        for (int minute = 0; minute < 61; minute++) {
            look();
            queued.forEach(Runnable::run);
            queued.clear();
            now = now.plus(MINUTE);
        }
        assertEquals(2, weekReads.get(), "read at minute 0 and again at minute 60");
        assertEquals(61 * 4 - 59, queries.get(), "each look reads the last hour and two intent pages; the week twice");
    }
}
