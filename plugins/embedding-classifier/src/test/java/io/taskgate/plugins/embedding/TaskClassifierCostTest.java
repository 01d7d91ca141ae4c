package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the classifier embeds per prompt, and its caches (a stand-in embedder, no model, no timing). */
class TaskClassifierCostTest {

    static final TaskInfo TASK = new TaskInfo("checkout", "acme", "Checkout REST API",
            "Cart, payment integration and confirmation e-mails of the web shop.", true, Set.of("code", "test"));

    /** Records every text it is asked to embed. */
    static final class RecordingEmbedder implements Embedder {
        final List<String> texts = Collections.synchronizedList(new ArrayList<>());
        final EmbeddingClassifierFactoryTest.HashingEmbedder delegate = new EmbeddingClassifierFactoryTest.HashingEmbedder();

        @Override
        public List<float[]> embedAll(List<String> batch) {
            texts.addAll(batch);
            return delegate.embedAll(batch);
        }

        long count(String text) {
            return texts.stream().filter(text::equals).count();
        }
    }

    static TaskClassifier classifier(RecordingEmbedder embedder, int maxCachedVerdicts) {
        TaskClassifier.Settings d = TaskClassifier.Settings.defaults();
        return new TaskClassifier(embedder, Anchors.DEFAULTS, Anchors.META, MisuseModel.shipped(),
                new TaskClassifier.Settings(d.maxChars(), d.maxTasks(), maxCachedVerdicts, false, 0, false, true),
                t -> List.of("add a coupon field to the cart endpoint", "unit tests for the payment webhook"));
    }

    @Test
    void identicalPromptIsEmbeddedOnce() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        String prompt = "Write a unit test for the coupon calculation in the cart.";
        TaskClassifier.Verdict first = c.classify(prompt, TASK);
        TaskClassifier.Verdict second = c.classify(prompt, TASK);
        assertEquals(1, embedder.count(prompt));
        assertEquals(first, second);
    }

    @Test
    void theSamePromptOnAnotherTaskIsClassifiedAgain() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        String prompt = "Write a unit test for the coupon calculation in the cart.";
        c.classify(prompt, TASK);
        c.classify(prompt, new TaskInfo("docs", "acme", "Docs", "The shop's user documentation.", true, Set.of("doc")));
        assertEquals(2, embedder.count(prompt));
    }

    @Test
    void aPromptOfManySentencesIsEmbeddedOnce() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        c.classify("warm up", TASK); // the task's own texts
        int before = embedder.texts.size();
        String prompt = "First sentence here. Second one! Third? Fourth line\nfifth line\n// a comment\n-- sql comment. "
                + "Sixth. Seventh. Eighth. Ninth. Tenth.";
        c.classify(prompt, TASK);
        assertEquals(1, embedder.texts.size() - before, embedder.texts.subList(before, embedder.texts.size()).toString());
    }

    @Test
    void longPromptsAreCappedBeforeEmbedding() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        c.classify("warm up", TASK);
        int before = embedder.texts.size();
        String prompt = "please review this log\n" + "2026-12-01 INFO request handled in 12 ms\n".repeat(5000)
                + "why is the cart endpoint slow?";
        c.classify(prompt, TASK);
        assertEquals(1, embedder.texts.size() - before);
        String embedded = embedder.texts.get(before);
        assertTrue(embedded.length() <= TaskClassifier.Settings.defaults().maxChars() + 10, "embedded " + embedded.length());
        assertTrue(embedded.startsWith("please review this log") && embedded.endsWith("why is the cart endpoint slow?"));
    }

    @Test
    void theVerdictCacheIsBounded() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 3);
        for (int i = 0; i < 10; i++) {
            c.classify("prompt number " + i, TASK);
        }
        assertEquals(3, c.cachedVerdicts());
        c.classify("prompt number 0", TASK); // evicted: embedded again
        assertEquals(2, embedder.count("prompt number 0"));
        c.classify("prompt number 9", TASK); // still cached
        assertEquals(1, embedder.count("prompt number 9"));
    }

    @Test
    void theCacheCanBeTurnedOff() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 0);
        c.classify("same prompt", TASK);
        c.classify("same prompt", TASK);
        assertEquals(2, embedder.count("same prompt"));
        assertEquals(0, c.cachedVerdicts());
    }

    @Test
    void theTasksOwnTextsAreEmbeddedOncePerTask() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        for (int i = 0; i < 5; i++) {
            c.classify("prompt " + i, TASK);
        }
        assertEquals(1, embedder.count(TaskClassifier.taskText(TASK)));
        assertEquals(1, embedder.count("add a coupon field to the cart endpoint"));
    }

    @Test
    void theShippedModelRoundTrips() throws Exception {
        MisuseModel m = MisuseModel.shipped();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        MisuseModel back = MisuseModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(m.embeddingModel(), back.embeddingModel());
        for (boolean ex : new boolean[]{true, false}) {
            assertArrayEquals(m.variant(ex).weights(), back.variant(ex).weights());
            assertEquals(m.variant(ex).major(), back.variant(ex).major());
        }
        LexicalFeatures.Vector v = LexicalFeatures.of("plan my holiday trip to Lisbon", m.bits());
        assertEquals(m.lexicalLogit(v), back.lexicalLogit(v), 1e-9);
    }

    @Test
    void wordsAreTokenisedAcrossLanguagesAndHashedStably() {
        assertEquals(List.of("don't", "über", "café", "2x", "naïve"), LexicalFeatures.tokens("Don't ÜBER-café, 2x naïve!"));
        // FNV-1a 32-bit of "a" is 0xe40c292c
        assertEquals(0xe40c292c, LexicalFeatures.fnv("a"));
        LexicalFeatures.Vector v = LexicalFeatures.of("hello hello world", 16);
        assertEquals(1.0, v.value() * v.value() * v.indexes().length, 1e-6, "unit length");
        assertEquals(v.indexes().length, LexicalFeatures.of("Hello, world! hello", 16).indexes().length);
    }

    @Test
    void aMajorFindingNamesItsEvidenceAndConfidence() {
        RecordingEmbedder embedder = new RecordingEmbedder();
        TaskClassifier c = classifier(embedder, 100);
        TaskClassifier.Verdict v = c.classify("ok", TASK);
        assertTrue(v.evidence().contains("p(misuse)"), v.evidence());
        assertTrue(v.confidence() >= 0 && v.confidence() <= 1);
        assertTrue(v.severity() != Severity.MAJOR || v.label().equals(Anchors.OFF_TOPIC));
    }
}
