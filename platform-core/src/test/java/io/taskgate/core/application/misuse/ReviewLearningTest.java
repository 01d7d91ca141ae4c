package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.core.application.admin.AuditTrail;
import io.taskgate.core.application.admin.Inputs;
import io.taskgate.core.application.access.TaskDirectory;
import io.taskgate.core.domain.model.audit.AuditEntry;
import io.taskgate.core.domain.model.misuse.DeviationScore;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import io.taskgate.core.domain.model.misuse.MisuseRepository;
import io.taskgate.core.domain.model.misuse.PromptKey;
import io.taskgate.core.domain.model.task.Task;
import io.taskgate.core.domain.model.task.TaskId;
import io.taskgate.core.domain.model.task.TaskRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewLearningTest {

    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    final List<MisuseEvent> events = new ArrayList<>();
    final Map<String, String> retained = new HashMap<>();
    final Map<String, Task> taskStore = new HashMap<>();
    final List<AuditEntry> audited = new ArrayList<>();
    final List<String> evicted = new ArrayList<>();

    ReviewLearningTest() {
        Task docs = new Task("acme-docs", "acme", "Docs portal", "The product's user manual", true, Set.of("doc"));
        docs.exemplify(List.of("explain the refund screen"));
        taskStore.put("acme-docs", docs);
        taskStore.put("globex-etl", new Task("globex-etl", "globex", "ETL", "", true, Set.of("data")));
    }

    ReviewLearning learning() {
        ReviewLearning learning = new ReviewLearning();
        learning.misuse = new MisuseRepository() {
            public MisusePolicy policy(String t) { return MisusePolicy.defaults(t); }
            public MisusePolicy savePolicy(MisusePolicy p) { return p; }
            public DeviationScore scoreForUpdate(String t, String u) { throw new UnsupportedOperationException(); }
            public Optional<DeviationScore> score(String t, String u) { return Optional.empty(); }
            public List<DeviationScore> flagged(String t) { return List.of(); }
            public void add(MisuseEvent e) { events.add(e); }
            public List<MisuseEvent> events(String t, String u, int limit) {
                return events.stream().filter(e -> e.tenantId().equals(t) && e.username().equals(u)).toList();
            }
            public boolean scoredBefore(String t, String u, PromptKey k, Instant since) { return false; }
        };
        learning.prompts = (tenantId, ids) -> {
            Map<String, String> found = new HashMap<>();
            ids.stream().filter(retained::containsKey).forEach(id -> found.put(id, retained.get(id)));
            return found;
        };
        learning.tasks = new TaskRepository() {
            public Optional<Task> find(TaskId id) { return Optional.ofNullable(taskStore.get(id.value())); }
            public List<Task> findByTenant(String tenantId) { return List.of(); }
            public void add(Task task) { taskStore.put(task.id(), task); }
            public Task update(Task task) { return task; }
        };
        learning.taskDirectory = new TaskDirectory() {
            @Override
            public void evict(String taskId) { evicted.add(taskId); }
        };
        learning.audit = new AuditTrail() {
            @Override
            public void record(String actor, String tenantId, String action, String targetType, String targetId,
                               Record before, Record after) {
                audited.add(new AuditEntry(NOW, tenantId, actor, action, targetType, targetId, String.valueOf(before),
                        String.valueOf(after)));
            }
        };
        return learning;
    }

    void flagged(String requestId, String taskId, Finding.Severity severity, Instant at, String prompt) {
        events.add(MisuseEvent.of("acme", "ivan", requestId, taskId, at,
                new Finding("embedding", severity, "off_topic", 0.9, "p 0.90"), 1.0, 1.0));
        if (prompt != null) {
            retained.put(requestId, prompt);
        }
    }

    @Test
    void aReEnabledMembersFlaggedPromptsBecomeExamplesOfTheirTaskAudited() {
        flagged("req_1", "acme-docs", Finding.Severity.MAJOR, NOW, "write the holiday calendar page of the HR handbook");
        flagged("req_2", "acme-docs", Finding.Severity.MAJOR, NOW, "Salary bands table for\u0000 the careers page");
        var learned = learning().reEnabled("alice", "acme", "ivan", Optional.empty());
        assertEquals(List.of("explain the refund screen", "write the holiday calendar page of the HR handbook",
                "Salary bands table for the careers page"), taskStore.get("acme-docs").examples());
        assertEquals(1, learned.size());
        assertEquals(2, learned.get(0).examples().size());
        assertEquals(1, audited.size());
        assertEquals(ReviewLearning.AUDIT_ACTION, audited.get(0).action());
        assertEquals("alice", audited.get(0).actor());
        assertEquals(List.of("acme-docs"), evicted, "the request path sees the new examples at once");
    }

    @Test
    void slightSignalsAndSignalsBeforeTheLastReviewTeachNothing() {
        flagged("req_old", "acme-docs", Finding.Severity.MAJOR, NOW.minusSeconds(7200), "plan my holiday");
        flagged("req_slight", "acme-docs", Finding.Severity.SLIGHT, NOW, "a slightly adjacent request");
        var learned = learning().reEnabled("alice", "acme", "ivan", Optional.of(NOW.minusSeconds(60)));
        assertTrue(learned.isEmpty());
        assertEquals(List.of("explain the refund screen"), taskStore.get("acme-docs").examples());
        assertTrue(audited.isEmpty());
    }

    @Test
    void aTenantThatRetainsNoPromptsLearnsNothing() {
        flagged("req_1", "acme-docs", Finding.Severity.MAJOR, NOW, null);
        assertTrue(learning().reEnabled("alice", "acme", "ivan", Optional.empty()).isEmpty());
        assertTrue(audited.isEmpty());
    }

    @Test
    void theOwnersExamplesStayAndLearntOnesOnlyFillTheRoomLeft() {
        Task docs = taskStore.get("acme-docs");
        docs.exemplify(IntStream.range(0, Inputs.MAX_EXAMPLES - 1).mapToObj(i -> "owner example " + i).toList());
        flagged("req_1", "acme-docs", Finding.Severity.MAJOR, NOW, "first learnt");
        flagged("req_2", "acme-docs", Finding.Severity.MAJOR, NOW, "second learnt");
        learning().reEnabled("alice", "acme", "ivan", Optional.empty());
        assertEquals(Inputs.MAX_EXAMPLES, docs.examples().size());
        assertEquals("owner example 0", docs.examples().get(0));
        assertEquals("first learnt", docs.examples().get(Inputs.MAX_EXAMPLES - 1));
    }

    @Test
    void aTaskOfAnotherTenantIsNeverChanged() {
        flagged("req_1", "globex-etl", Finding.Severity.MAJOR, NOW, "load the csv");
        assertTrue(learning().reEnabled("alice", "acme", "ivan", Optional.empty()).isEmpty());
        assertTrue(taskStore.get("globex-etl").examples().isEmpty());
    }

    @Test
    void aLongPromptKeepsItsEndWhereAChatsNewestTurnIs() {
        String example = ReviewLearning.asExample("x".repeat(3000) + " the newest turn");
        assertEquals(Inputs.MAX_EXAMPLE_CHARS, example.length());
        assertTrue(example.endsWith(" the newest turn"));
    }
}
