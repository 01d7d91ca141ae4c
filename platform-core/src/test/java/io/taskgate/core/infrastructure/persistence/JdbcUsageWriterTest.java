package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcUsageWriterTest {

    private final DataSource db = QuotaDatabase.create();
    private final AtomicInteger connectionsTaken = new AtomicInteger();
    private static final Instant WRITTEN = Instant.parse("2026-11-23T10:16:00Z");
    private final JdbcUsageWriter writer = new JdbcUsageWriter(counting(db), Clock.fixed(WRITTEN, ZoneOffset.UTC));

    @Test
    void aNulCharacterInAPromptIsStoredAsItsJsonEscapeSoPostgresAcceptsTheRow() throws SQLException {
        UsageRecord row = new UsageRecordBuilder("nul-1", Instant.parse("2026-11-23T10:15:30Z"), "chat.completions")
                .task("acme", "acme-checkout").model("gpt\u0000-4o").outcome(200, null).prompt("Write Java \u0000 method")
                .build();

        writer.write(List.of(row));

        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT prompt_text, model FROM usage_record WHERE id = 'nul-1'"); ResultSet r = s.executeQuery()) {
            assertTrue(r.next());
            assertEquals("Write Java \\u0000 method", r.getString("prompt_text"));
            assertEquals("gpt\\u0000-4o", r.getString("model"));
        }
    }

    @Test
    void writesEveryColumnOfEveryRowInTheBatchAndWhenItWasWritten() throws SQLException {
        Instant at = Instant.parse("2026-11-23T10:15:30.123Z");
        UsageRecord full = new UsageRecordBuilder("row-1", at, "chat.completions")
                .caller("sub-1", "bob", "api_key", "k123").task("acme", "acme-checkout").model("gpt-4o-mini")
                .outcome(429, "quota_exceeded").prompt("hello").usage(12, 34, true).cost(new BigDecimal("0.00012345"))
                .latencyMs(17).intent("on_task").streamed(true).build();
        UsageRecord bare = new UsageRecordBuilder("row-2", at.plusSeconds(1), "models").outcome(200, null).build();

        writer.write(List.of(full, bare));

        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT * FROM usage_record WHERE id = ?")) {
            s.setString(1, "row-1");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertEquals(at.truncatedTo(ChronoUnit.MILLIS), r.getTimestamp("created_at").toInstant());
                assertEquals("acme", r.getString("tenant_id"));
                assertEquals("sub-1", r.getString("subject"));
                assertEquals("bob", r.getString("username"));
                assertEquals("acme-checkout", r.getString("task_id"));
                assertEquals("chat.completions", r.getString("endpoint"));
                assertEquals("gpt-4o-mini", r.getString("model"));
                assertEquals(429, r.getInt("status"));
                assertEquals("quota_exceeded", r.getString("refusal_code"));
                assertEquals("hello", r.getString("prompt_text"));
                assertEquals(12, r.getLong("prompt_tokens"));
                assertEquals(34, r.getLong("completion_tokens"));
                assertTrue(r.getBoolean("usage_estimated"));
                assertEquals(0, new BigDecimal("0.00012345").compareTo(r.getBigDecimal("cost_usd")));
                assertEquals(17, r.getLong("latency_ms"));
                assertEquals("on_task", r.getString("intent"));
                assertTrue(r.getBoolean("streamed"));
                assertEquals("api_key", r.getString("auth_kind"));
                assertEquals("k123", r.getString("key_id"));
                assertEquals(WRITTEN, r.getTimestamp("written_at").toInstant(), "when the row reached the ledger");
            }
            s.setString(1, "row-2");
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertNull(r.getString("tenant_id"));
                assertNull(r.getString("prompt_text"));
                assertEquals(200, r.getInt("status"));
            }
        }
    }

    @Test
    void keepsOneConnectionForBatchAfterBatch() throws SQLException {
        for (int i = 0; i < 5; i++) {
            writer.write(List.of(row("r" + i)));
        }

        assertEquals(5, count());
        assertEquals(1, connectionsTaken.get());
    }

    @Test
    void aRefusedBatchWritesNoneOfItsRowsAndTheNextBatchGoesThroughOnAFreshConnection() throws SQLException {
        writer.write(List.of(row("taken")));

        assertThrows(SQLException.class, () -> writer.write(List.of(row("new-1"), row("taken"))));
        assertEquals(1, count(), "the refused batch left nothing behind");

        writer.write(List.of(row("new-1"), row("new-2")));
        assertEquals(3, count());
        assertEquals(2, connectionsTaken.get());
    }

    @Test
    void closingGivesTheConnectionBackAndAWriteAfterwardsTakesANewOne() throws SQLException {
        writer.write(List.of(row("a")));
        writer.close();
        writer.write(List.of(row("b")));

        assertEquals(2, count());
        assertEquals(2, connectionsTaken.get());
    }

    private UsageRecord row(String id) {
        return new UsageRecordBuilder(id, Instant.now(), "chat.completions").task("acme", "acme-checkout")
                .outcome(200, null).build();
    }

    private long count() throws SQLException {
        try (Connection c = db.getConnection(); ResultSet r = c.createStatement().executeQuery(
                "SELECT COUNT(*) FROM usage_record")) {
            r.next();
            return r.getLong(1);
        }
    }

    private DataSource counting(DataSource real) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        connectionsTaken.incrementAndGet();
                    }
                    return method.invoke(real, args);
                });
    }
}
