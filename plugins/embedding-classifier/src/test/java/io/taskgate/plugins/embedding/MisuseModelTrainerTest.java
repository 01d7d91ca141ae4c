package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the fitting keeps from the words of the training tasks. */
class MisuseModelTrainerTest {

    static TaskClassifier.Features features(String text, int seed) {
        double[] sims = new double[MisuseModel.SIMILARITIES];
        for (int i = 0; i < sims.length; i++) {
            sims[i] = ((seed * 31 + i * 17) % 13) / 13.0; // uninformative
        }
        float[] v = PromptBankTest.unit(1, seed % 5, 1);
        return new TaskClassifier.Features(sims, sims, sims, sims, true, "code", Map.of(),
                LexicalFeatures.of(text, HeldOutEvaluation.BITS), v, v, new TaskClassifier.Centroids(v, v, v, v));
    }

    @Test
    void aWordThatOnlyOneTrainingTaskUsesCarriesNoWeightOnNewTasks() {
        List<MisuseModelTrainer.Sample> samples = new ArrayList<>();
        String[] tasks = {"shop", "payroll", "game", "robot"};
        int seed = 0;
        for (int t = 0; t < tasks.length; t++) {
            for (int i = 0; i < 12; i++) {
                samples.add(new MisuseModelTrainer.Sample(features("update the module number " + i, seed++), false, true, t, tasks[t]));
                samples.add(new MisuseModelTrainer.Sample(features("plan my holiday number " + i
                        + (t == 0 ? " zorblat" : ""), seed++), true, false, t, tasks[t]));
            }
        }
        MisuseModel m = new MisuseModelTrainer("-", HeldOutEvaluation.BITS, 0.01, 0.05).fit(samples);
        double bias = m.lexicalLogit(LexicalFeatures.of("", HeldOutEvaluation.BITS));
        double holiday = m.lexicalLogit(LexicalFeatures.of("holiday", HeldOutEvaluation.BITS));
        double zorblat = m.lexicalLogit(LexicalFeatures.of("zorblat", HeldOutEvaluation.BITS));
        assertTrue(holiday > bias + 1, "a word of misuse in every task counts: " + holiday + " vs " + bias);
        assertEquals(bias, zorblat, 1e-6, "a word of one task only (its vocabulary) counts for nothing");
    }
}
