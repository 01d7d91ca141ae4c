package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A model fitted without its prompts' task words reads a word of the task's own text as no evidence. */
class TaskWordsInTheLexicalHalfTest {

    static final int BITS = 16;
    static final TaskInfo TRAVEL_BLOG = new TaskInfo("blog", "acme", "Travel agency blog",
            "WordPress theme of a travel agency; contractors also write destination articles for its blog.", true,
            Set.of("code", "doc"));
    static final TaskInfo PAYROLL = new TaskInfo("payroll", "acme", "Payroll API",
            "REST API that computes monthly payslips and tax withholding.", true, Set.of("code"));

    /** Every bucket of the word {@code travel} (its word and character n-grams) weighs +2 towards misuse. */
    static MisuseModel model(boolean skipsTaskWords) {
        float[] weights = new float[1 << BITS];
        for (int i : LexicalFeatures.of("travel", BITS).indexes()) {
            weights[i] = 2;
        }
        int n = MisuseModel.FEATURES.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1);
        MisuseModel.Variant v = new MisuseModel.Variant(new double[n], ones, new double[n], 0, 1, 0, 0, 1, 0, 0);
        return new MisuseModel("-", BITS, 1, weights, -1, v, v, v, v, PromptBank.empty(), PromptBank.empty(),
                TaskRelativeProbe.none(), TaskRelativeProbe.none(), skipsTaskWords);
    }

    static double lexicalLogit(MisuseModel model, String prompt, TaskInfo task) {
        TaskClassifier c = new TaskClassifier(new EmbeddingClassifierFactoryTest.HashingEmbedder(), Anchors.DEFAULTS,
                Anchors.META, model, TaskClassifier.Settings.defaults(), t -> List.of());
        return model.lexicalLogit(c.features(prompt, task).lexical());
    }

    @Test
    void aWordOfTheTasksOwnDescriptionIsNoEvidenceAgainstAPromptOfThatTask() {
        MisuseModel model = model(true);
        String prompt = "tips for travelling to Lisbon";
        assertEquals(-1, lexicalLogit(model, prompt, TRAVEL_BLOG), 1e-9, "'travel' is the travel blog's own word");
        assertTrue(lexicalLogit(model, prompt, PAYROLL) > -1, "on the payroll task 'travelling' is evidence");
    }

    @Test
    void aModelFittedWithTheTaskWordsReadsThemOnEveryTask() {
        MisuseModel model = model(false);
        String prompt = "tips for travelling to Lisbon";
        assertEquals(lexicalLogit(model, prompt, PAYROLL), lexicalLogit(model, prompt, TRAVEL_BLOG), 1e-9);
        assertTrue(lexicalLogit(model, prompt, TRAVEL_BLOG) > -1);
    }

    @Test
    void theModelFileKeepsWhetherItSkipsTaskWords() throws Exception {
        for (boolean skips : new boolean[]{true, false}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            model(skips).write(out);
            MisuseModel read = MisuseModel.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(skips, read.skipsTaskWords());
        }
        assertTrue(MisuseModel.shipped().skipsTaskWords(), "the shipped model is fitted without its prompts' task words");
        assertFalse(model(false).skipsTaskWords());
    }
}
