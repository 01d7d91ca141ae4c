package io.taskgate.core.application.internal;

import io.taskgate.core.infrastructure.persistence.JdbcCacheChanges;
import io.taskgate.core.infrastructure.persistence.QuotaDatabase;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two "instances" (two CacheCoherence beans) sharing one database with the real schema. */
public class CacheCoherenceTest {

    final DataSource db = QuotaDatabase.create();

    public static CacheCoherence coherenceOn(DataSource db) {
        CacheCoherence coherence = new CacheCoherence();
        coherence.use(new JdbcCacheChanges(db));
        return coherence;
    }

    @Test
    void aChangeAnnouncedOnOneInstanceClearsTheOtherInstancesCachesAtItsNextPoll() {
        CacheCoherence a = coherenceOn(db);
        CacheCoherence b = coherenceOn(db);
        TtlCache<String, String> cacheOnB = new TtlCache<>(60_000);
        b.register(cacheOnB::clear);
        cacheOnB.get("acme/bob", k -> "active");
        b.poll();

        a.changed("membership", "acme/bob");
        assertEquals("active", cacheOnB.get("acme/bob", k -> "blocked"), "not polled yet");
        b.poll();

        assertEquals("blocked", cacheOnB.get("acme/bob", k -> "blocked"), "cleared by the poll");
    }

    @Test
    void evictingFromOneInstancesCacheClearsTheSameKindOfCacheOnTheOtherAtItsNextPoll() {
        CacheCoherence a = coherenceOn(db);
        CacheCoherence b = coherenceOn(db);
        TtlCache<String, String> onA = a.newCache("membership", 60_000);
        TtlCache<String, String> onB = b.newCache("membership", 60_000);
        onA.get("acme/bob", k -> "active");
        onB.get("acme/bob", k -> "active");
        b.poll();

        onA.evict("acme/bob");
        assertEquals("blocked", onA.get("acme/bob", k -> "blocked"), "at once on the instance that evicted");
        b.poll();

        assertEquals("blocked", onB.get("acme/bob", k -> "blocked"), "within a poll on the other");
    }

    @Test
    void aPollWithoutNewChangesKeepsTheCaches() {
        CacheCoherence b = coherenceOn(db);
        AtomicInteger clears = new AtomicInteger();
        b.register(clears::incrementAndGet);
        b.poll();
        b.poll();
        b.poll();
        assertEquals(0, clears.get());
    }

    @Test
    void aChangeCommittedLateWithALowerNumberIsStillSeen() throws Exception {
        CacheCoherence b = coherenceOn(db);
        AtomicInteger clears = new AtomicInteger();
        b.register(clears::incrementAndGet);
        b.poll();
        try (Connection late = db.getConnection()) {
            late.setAutoCommit(false);
            insert(late, "task");                       // takes the lower sequence number, commits later
            coherenceOn(db).changed("membership", "acme/bob");
            b.poll();
            assertEquals(1, clears.get(), "the first committed change");
            late.commit();
        }
        b.poll();
        assertEquals(2, clears.get(), "the late one too");
    }

    @Test
    void announcementsOlderThanADayArePurgedAndThePurgeIsHarmless() throws Exception {
        CacheCoherence b = coherenceOn(db);
        b.clock = Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"), ZoneOffset.UTC);
        b.changed("task", "old");
        b.clock = Clock.offset(b.clock, Duration.ofDays(2));
        b.changed("task", "new");
        b.poll();
        assertEquals(1, rows(), "the two-day-old row is gone, the new one kept");
    }

    private static void insert(Connection c, String kind) throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO cache_change (kind, cache_key, changed_at) VALUES (?, 'x', ?)")) {
            s.setString(1, kind);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private long rows() throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM cache_change");
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
