package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The held-out set's CSV reader, its loading, the folds and the scoring re-implementation; no model is loaded. */
class HeldOutSetTest {

    @Test
    void parsesRfc4180() {
        String csv = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\nsecond line\"\n,,\n\"\",\"\"\"\",last";
        List<List<String>> rows = HeldOutSet.parse(csv);
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "x, y", "say \"hi\"\nsecond line"),
                List.of("", "", ""), List.of("", "\"", "last")), rows);
        assertEquals(List.of(List.of("a"), List.of("b")), HeldOutSet.parse("\uFEFFa\nb\n"));
        assertEquals(List.of(List.of("q", "x\r\ny")), HeldOutSet.parse("q,\"x\r\ny\"\r\n"));
        assertThrows(IllegalStateException.class, () -> HeldOutSet.parse("a,\"open\n"));
        assertThrows(IllegalStateException.class, () -> HeldOutSet.parse("a,\"x\"y\n"));
    }

    @Test
    void loadsTheHeldOutSetAndSplitsItIntoFoldsThatKeepEachWritersTasksTogether() throws Exception {
        Path dir = HeldOutSet.locate("eval/heldout").orElse(null);
        Assumptions.assumeTrue(dir != null, "eval/heldout not found");
        HeldOutSet set = HeldOutSet.load(dir);
        assertEquals(312, set.tasks().size());
        assertEquals(20789, set.prompts().size());
        Map<String, Long> byCategory = set.prompts().stream()
                .collect(Collectors.groupingBy(HeldOutSet.Prompt::category, Collectors.counting()));
        assertEquals(Map.of("on_task", 11625L, "slightly_off", 1248L, "personal", 2930L, "other_client", 2467L,
                "injection", 2519L), byCategory);
        assertTrue(set.prompts().stream().anyMatch(p -> p.prompt().contains("\n")), "multi-line prompts are kept");
        assertTrue(set.tasks().values().stream().allMatch(t -> t.examples().size() == 8));
        List<HeldOutSet.Task> tasks = List.copyOf(set.tasks().values());
        assertEquals(76, tasks.stream().map(HeldOutSet.Task::writer).distinct().count(), "writers.csv names 76 writers");

        List<List<HeldOutSet.Task>> folds = HeldOutEvaluation.folds(tasks);
        assertTrue(HeldOutEvaluation.byWriter(tasks));
        assertEquals(4, folds.size());
        Set<String> seen = new HashSet<>();
        Map<String, Integer> foldOfWriter = new java.util.HashMap<>();
        for (int i = 0; i < folds.size(); i++) {
            assertEquals(78, folds.get(i).size());
            for (HeldOutSet.Task t : folds.get(i)) {
                assertTrue(seen.add(t.id()));
                assertEquals(i, foldOfWriter.computeIfAbsent(t.writer(), w -> folds.indexOf(folds.stream()
                        .filter(f -> f.contains(t)).findFirst().orElseThrow())), t.writer() + " spans two folds");
            }
        }
        assertEquals(folds, HeldOutEvaluation.folds(tasks), "fixed seed");

        List<List<HeldOutSet.Task>> byTask = HeldOutEvaluation.taskFolds(tasks);
        for (List<HeldOutSet.Task> fold : byTask) {
            assertEquals(78, fold.size());
            assertEquals(78, fold.stream().map(HeldOutSet.Task::kind).distinct().count(), "one task per kind and fold");
        }
    }

    @Test
    void aSetWithoutWritersIsSplitByTask() {
        List<HeldOutSet.Task> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(new HeldOutSet.Task("t" + i, "kind" + (i % 4), new TaskInfo("t" + i, "x", "T", "", true,
                    Set.of("code")), List.of()));
        }
        assertFalse(HeldOutEvaluation.byWriter(tasks), "every task its own writer");
        assertEquals(HeldOutEvaluation.taskFolds(tasks), HeldOutEvaluation.folds(tasks));
    }

    @Test
    void theWholeEvaluationRunsOnAStandInEmbedder(@org.junit.jupiter.api.io.TempDir Path out) throws Exception {
        Path dir = HeldOutSet.locate("eval/heldout").orElse(null);
        Assumptions.assumeTrue(dir != null, "eval/heldout not found");
        HeldOutEvaluation evaluation = new HeldOutEvaluation(false);
        String summary = evaluation.evaluate(dir, "hashing", new EmbeddingClassifierFactoryTest.HashingEmbedder(), out, true);
        String report = evaluation.report();
        assertTrue(summary.contains("recall"), summary);
        assertTrue(report.contains("agrees with the re-applied two-pass decision on 20789 of 20789 prompts"), report);
        assertTrue(report.contains("first pass (words + static embedding): settles "), report);
        assertTrue(report.contains(": 0 mismatches in "), report);
        assertTrue(report.contains("Member level, HELD-OUT tasks"), report);
        assertEquals(20790, java.nio.file.Files.readAllLines(out.resolve("heldout-results.csv")).size());
    }

    @Test
    void scoringMatchesPlatformCore() {
        TaskInfo task = new TaskInfo("t", "tenant", "T", "", true, Set.of("code"));
        GatewayScoring.Score score = new GatewayScoring.Score();
        GatewayScoring.Reference reference = GatewayScoring.reference(task);
        assertNotNull(reference, () -> "platform-core's scoring classes load: " + GatewayScoring.unavailable);
        Instant now = Instant.EPOCH;
        // 20 uncorroborated slights stop at the ceiling 0.8; then MAJOR (1.8) does not block; a second MAJOR does
        for (int i = 0; i < 20; i++) {
            now = now.plus(Duration.ofMinutes(1));
            assertFalse(score.record(List.of(slight("embedding")), now));
            assertFalse(reference.record(List.of(slight("embedding")), now));
        }
        assertEquals(0.8, score.valueAt(now), 0.01);
        assertEquals(reference.valueAt(now), score.valueAt(now), 1e-12);
        now = now.plus(Duration.ofMinutes(1));
        assertFalse(score.record(List.of(major("embedding")), now));
        assertFalse(reference.record(List.of(major("embedding")), now));
        now = now.plus(Duration.ofHours(30));
        List<Finding> both = List.of(major("embedding"), slight("keywords"));
        boolean crossed = score.record(both, now);
        assertEquals(reference.record(both, now), crossed);
        assertEquals(reference.valueAt(now), score.valueAt(now), 1e-12);
    }

    private static Finding slight(String detector) {
        return new Finding(detector, Severity.SLIGHT, "doc", 1, "");
    }

    private static Finding major(String detector) {
        return new Finding(detector, Severity.MAJOR, "off_topic", 1, "");
    }
}
