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
    void theBankKeepsAtMostKPromptsOfEachClassPerTaskSpreadOverItsCategories() {
        List<MisuseModelTrainer.Sample> samples = new ArrayList<>();
        for (String task : List.of("a", "b")) {
            for (int i = 0; i < 10; i++) { // on-task prompts, then 10 misuse: 5 personal, then 5 injections
                samples.add(new MisuseModelTrainer.Sample(null, false, true, samples.size(), task)); // distinct records
            }
            for (int i = 0; i < 10; i++) {
                samples.add(new MisuseModelTrainer.Sample(null, true, false, samples.size(), task));
            }
        }
        List<MisuseModelTrainer.Sample> kept = MisuseModelTrainer.spread(samples, 4);
        assertEquals(16, kept.size());
        for (String task : List.of("a", "b")) {
            List<MisuseModelTrainer.Sample> misuse = kept.stream().filter(s -> s.task().equals(task) && s.misuse()).toList();
            assertEquals(4, misuse.size());
            List<Integer> at = misuse.stream().map(samples::indexOf).toList();
            int first = samples.indexOf(samples.stream().filter(s -> s.task().equals(task) && s.misuse()).findFirst().orElseThrow());
            assertTrue(at.get(0) - first < 5 && at.get(3) - first >= 5, "from both halves of the task's misuse: " + at);
        }
        assertEquals(samples, MisuseModelTrainer.spread(samples, 0), "0 keeps all");
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
