package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import io.taskgate.core.domain.model.usage.UsageHistory.ActivityRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The ledger queries of the usage-pattern look, through EclipseLink on a database with the gateway's schema:
 * {@code UsageQueriesOnH2Test} runs them on H2, e2e-tests' {@code UsageQueriesOnPostgresIT} on PostgreSQL. Each test
 * writes its rows with the gateway's own writer under a tenant of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UsageQueriesContract {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private DataSource database;
    private EntityManagerFactory entityManagers;
    private EntityManager em;
    private final UsageQueries queries = new UsageQueries();
    private String tenant;

    /** An empty database that the gateway's migrations have run on. */
    protected abstract DataSource migratedDatabase();

    @BeforeAll
    void connect() {
        database = migratedDatabase();
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL"); // it warns that it ignores the JTA source
        settings.put("jakarta.persistence.nonJtaDataSource", database);
        settings.put("eclipselink.weaving", "false");
        entityManagers = Persistence.createEntityManagerFactory("taskgate", settings);
    }

    @AfterAll
    void disconnect() {
        entityManagers.close();
    }

    @BeforeEach
    void open() {
        tenant = "uq-" + UUID.randomUUID().toString().substring(0, 12);
        em = entityManagers.createEntityManager();
        queries.em = em;
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void activityRowsAreTheMembersRequestsOfTheSpanWrittenBeforeTheCutOffOldestFirst() throws SQLException {
        write(at(1), row("bob", at(1), 10, 5, "code"));
        write(at(2), row("bob", at(2), 7, 0, null), row("alice", at(2), 1, 1, "code"));
        write(at(10), row("bob", at(3), 50, 50, "chat")); // a stream that began at 3 and ended at 10
        write(at(4), row("bob", at(4), 3, 4, "docs"));
        forgetWhenWritten(at(4)); // rows from before the ledger kept when they were written count as written
        write(at(-120), row("bob", at(-120), 9, 9, "code"));
        writeInOtherTenant(at(2), "bob");

        List<ActivityRow> rows = queries.activityRows(tenant, "bob", at(0), at(5));

        assertEquals(List.of(new ActivityRow(at(1), 15, "code"), new ActivityRow(at(2), 7, null),
                new ActivityRow(at(4), 7, "docs")), rows);
    }

    @Test
    void writtenActivityCountsTheRowsThatReachedTheLedgerInTheSpanWhenTheirRequestsBegan() throws SQLException {
        write(at(1), row("bob", at(1), 10, 5, "code"));
        write(at(10), row("bob", at(3), 50, 50, "chat"));
        write(at(12), row("bob", at(12), 20, 2, null), row("alice", at(12), 1, 1, null));
        writeInOtherTenant(at(12), "bob");

        assertArrayEquals(new long[]{2, 122}, queries.writtenActivity(tenant, "bob", at(5), at(15)));
        assertArrayEquals(new long[]{0, 0}, queries.writtenActivity(tenant, "bob", at(15), at(20)), "no rows");
    }

    @Test
    void writtenIntentsAreTheNewestLabelsWrittenInTheSpanNewestFirst() throws SQLException {
        write(at(6), row("bob", at(6), 1, 1, "code"));
        write(at(7), row("bob", at(7), 1, 1, null));
        write(at(8), row("bob", at(2), 1, 1, "chat"));
        write(at(9), row("bob", at(9), 1, 1, "docs"));
        write(at(20), row("bob", at(20), 1, 1, "late"));
        writeInOtherTenant(at(9), "bob");

        assertEquals(List.of("docs", "chat", "code"), queries.writtenIntents(tenant, "bob", at(5), at(15), 10));
        assertEquals(List.of("docs", "chat"), queries.writtenIntents(tenant, "bob", at(5), at(15), 2));
    }

    @Test
    void recentIntentsAreTheLabelsOfEarlierRequestsAlreadyWrittenNewestFirst() throws SQLException {
        write(at(1), row("bob", at(1), 1, 1, "code"));
        write(at(2), row("bob", at(2), 1, 1, "docs"), row("bob", at(3), 1, 1, null));
        write(at(30), row("bob", at(4), 1, 1, "chat")); // written after the cut-off
        write(at(6), row("bob", at(6), 1, 1, "later")); // begun after it
        write(at(2), row("alice", at(2), 1, 1, "alice"));

        assertEquals(List.of("docs", "code"), queries.recentIntents(tenant, "bob", at(5), at(20), 10));
        assertEquals(List.of("docs"), queries.recentIntents(tenant, "bob", at(5), at(20), 1));
    }

    @Test
    void activityCountsTheRequestsBegunInTheSpan() throws SQLException {
        write(at(-60), row("bob", at(-61), 100, 0, null));
        write(at(1), row("bob", at(1), 10, 5, null), row("bob", at(2), 1, 1, "code"));
        write(at(90), row("bob", at(3), 40, 2, null));
        write(at(2), row("alice", at(2), 1, 1, null));

        assertArrayEquals(new long[]{3, 59}, queries.activity(tenant, "bob", at(0), at(60)));
        assertArrayEquals(new long[]{0, 0}, queries.activity(tenant, "carol", at(0), at(60)));
    }

    @Test
    void activitySpanCountsTheRequestsBegunInTheSpanAndWhenTheFirstOfThemArrived() throws SQLException {
        write(at(-60), row("bob", at(-61), 100, 0, null));
        write(at(2), row("bob", at(2), 1, 1, "code"), row("bob", at(1), 10, 5, null));
        write(at(90), row("bob", at(3), 40, 2, null));
        write(at(2), row("alice", at(0), 1, 1, null));

        assertEquals(new UsageQueries.ActivitySpan(3, 59, at(1)), queries.activitySpan(tenant, "bob", at(0), at(60)));
        assertEquals(new UsageQueries.ActivitySpan(0, 0, null), queries.activitySpan(tenant, "carol", at(0), at(60)));
    }

    @Test
    void intentCountsGroupTheMembersRequestsByTaskAndLabel() throws SQLException {
        UsageRecord refused = new UsageRecordBuilder(UUID.randomUUID().toString(), at(4), "chat.completions")
                .caller("sub-bob", "bob", "api_key", "k1").task(tenant, tenant + "-task").outcome(403, "access_blocked").build();
        write(at(1), row("bob", at(1), 1, 1, "code"), row("bob", at(2), 1, 1, "code"), row("bob", at(3), 1, 1, null),
                row("alice", at(2), 1, 1, "code"), refused);
        write(at(90), row("bob", at(90), 1, 1, "docs"));

        assertEquals(java.util.Set.of(new UsageQueries.IntentCount(tenant + "-task", "code", 2),
                        new UsageQueries.IntentCount(tenant + "-task", null, 1)),
                java.util.Set.copyOf(queries.intentCounts(tenant, "bob", at(0), at(60))));
        assertEquals(1, queries.intentCounts(tenant, null, at(0), at(60)).stream()
                .filter(c -> "code".equals(c.intent())).count(), "all members: one (task, label) pair");
        assertEquals(3, queries.intentCounts(tenant, null, at(0), at(60)).stream()
                .filter(c -> "code".equals(c.intent())).mapToLong(UsageQueries.IntentCount::requests).sum());
    }

    @Test
    void theRequestLogIsFilteredByWhatTheDetectorsSaidAndEachRequestsSignalsAreRead() throws SQLException {
        UsageRecord major = row("bob", at(1), 1, 1, "off_topic");
        UsageRecord slight = row("bob", at(2), 1, 1, "test");
        UsageRecord clean = row("bob", at(3), 1, 1, "code");
        write(at(4), major, slight, clean);
        em.getTransaction().begin();
        em.persist(new io.taskgate.core.domain.model.misuse.MisuseEvent(tenant, "bob", major.id(), major.taskId(), at(1),
                "intent-marker", "MAJOR", "off_topic", 1.0, 1.0, "e"));
        em.persist(new io.taskgate.core.domain.model.misuse.MisuseEvent(tenant, "bob", major.id(), major.taskId(), at(1),
                "embedding", "SLIGHT", "off_topic", 0.1, 1.0, "e"));
        em.persist(new io.taskgate.core.domain.model.misuse.MisuseEvent(tenant, "bob", slight.id(), slight.taskId(), at(2),
                "intent-marker", "SLIGHT", "test", 0.1, 1.1, "e"));
        em.getTransaction().commit();

        assertEquals(List.of(slight.id(), major.id()), ids(UsageQueries.Verdict.SIGNALLED, null));
        assertEquals(List.of(clean.id()), ids(UsageQueries.Verdict.CLEAN, null));
        assertEquals(List.of(major.id()), ids(UsageQueries.Verdict.MAJOR, null));
        assertEquals(List.of(slight.id()), ids(UsageQueries.Verdict.SLIGHT, null), "a request with a major signal is not slight");
        assertEquals(List.of(major.id()), ids(null, "embedding"));
        assertEquals(2, queries.countRequests(filter(UsageQueries.Verdict.SIGNALLED, null)));

        EvidenceQueries evidence = new EvidenceQueries();
        evidence.em = em;
        List<io.taskgate.core.domain.model.misuse.MisuseEvent> signals =
                evidence.ofRequests(tenant, java.util.Set.of(major.id(), slight.id(), clean.id()));
        assertEquals(List.of(major.id(), major.id(), slight.id()), signals.stream().map(e -> e.requestId()).toList(),
                "oldest first");
        assertEquals(List.of(), evidence.ofRequests(tenant + "-other", java.util.Set.of(major.id())), "another tenant's");
    }

    @Test
    void intentFactsAndRefusalsPerReasonAreTheTenantsInTheSpan() throws SQLException {
        UsageRecord refused = new UsageRecordBuilder(UUID.randomUUID().toString(), at(2), "chat.completions")
                .caller("sub-bob", "bob", "api_key", "k1").task(tenant, tenant + "-task").outcome(429, "quota_exceeded").build();
        UsageRecord refusedToo = new UsageRecordBuilder(UUID.randomUUID().toString(), at(3), "chat.completions")
                .caller("sub-bob", "bob", "api_key", "k1").task(tenant, tenant + "-task").outcome(429, "quota_exceeded").build();
        write(at(4), row("bob", at(1), 1, 1, "code"), refused, refusedToo, row("alice", at(90), 1, 1, "docs"));
        writeInOtherTenant(at(2), "bob");

        assertEquals(1, queries.intentFacts(tenant, at(0), at(60)).size(), "refused requests have no intent");
        assertEquals(1, queries.intentFacts(tenant, at(0), at(60)).stream().filter(f -> "code".equals(f.intent())).count());
        assertEquals(Map.of("quota_exceeded", 2L), queries.refusals(tenant, at(0), at(60)));
    }

    private UsageQueries.RequestFilter filter(UsageQueries.Verdict verdict, String source) {
        return new UsageQueries.RequestFilter(tenant, "bob", null, null, null, null, null, verdict, source);
    }

    private List<String> ids(UsageQueries.Verdict verdict, String source) {
        return queries.requests(filter(verdict, source), 0, 10).stream().map(UsageRecord::id).toList();
    }

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private UsageRecord row(String username, Instant at, long prompt,
                                                               long completion, String intent) {
        return recordOf(tenant, username, at, prompt, completion, intent);
    }

    private static UsageRecord recordOf(String tenant, String username, Instant at,
                                                                           long prompt, long completion, String intent) {
        return new UsageRecordBuilder(UUID.randomUUID().toString(), at, "chat.completions")
                .caller("sub-" + username, username, "api_key", "k1").task(tenant, tenant + "-task")
                .model("gpt-4o-mini").outcome(200, null).usage(prompt, completion, false).intent(intent).build();
    }

    /** Writes rows with the gateway's writer, as the ledger does at {@code writtenAt}. */
    private void write(Instant writtenAt, UsageRecord... rows) throws SQLException {
        try (JdbcUsageWriter writer = new JdbcUsageWriter(database, Clock.fixed(writtenAt, ZoneOffset.UTC))) {
            writer.write(List.of(rows));
        }
    }

    private void writeInOtherTenant(Instant at, String username) throws SQLException {
        write(at, recordOf(tenant + "-other", username, at, 1000, 1000, "other"));
    }

    private void forgetWhenWritten(Instant createdAt) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(
                "UPDATE usage_record SET written_at = NULL WHERE tenant_id = ? AND created_at = ?")) {
            s.setString(1, tenant);
            s.setTimestamp(2, java.sql.Timestamp.from(createdAt));
            s.executeUpdate();
        }
    }
}
