package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a prompt lies relative to its task's centroid, read by a linear probe fitted on other tasks. */
class TaskRelativeProbeTest {

    @Test
    void theLogitIsTheBiasPlusTheWeightsTimesThePromptsDifferenceFromTheCentroid() {
        TaskRelativeProbe probe = new TaskRelativeProbe(new float[]{2, -1, 0}, 0.5);
        assertEquals(0.5 + 2 * (0.6 - 0.1) - (0.8 - 0.9),
                probe.logit(new float[]{0.6f, 0.8f, 0}, new float[]{0.1f, 0.9f, 0}), 1e-6);
        assertEquals(0.5, probe.logit(new float[]{1, 1}, new float[]{0, 0}), "vectors of another embedder: the bias");
    }

    @Test
    void noProbeReadsTheSameForEveryPrompt() {
        assertEquals(0, TaskRelativeProbe.none().logit(new float[]{1, 0}, new float[]{0, 1}));
        assertEquals(0, TaskRelativeProbe.none().logit(null, null));
    }

    @Test
    void aCentroidIsTheNormalisedMeanOfTheTasksVectors() {
        float[] c = TaskRelativeProbe.centroid(List.of(new float[]{1, 0}, new float[]{0, 1}));
        assertArrayEquals(new float[]{(float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}, c, 1e-6f);
    }

    @Test
    void aProbeRoundTrips() throws Exception {
        TaskRelativeProbe probe = new TaskRelativeProbe(new float[]{0.25f, -3}, -1.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        probe.write(out);
        out.flush();
        TaskRelativeProbe back = TaskRelativeProbe.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        float[] v = {0.3f, 0.4f};
        float[] c = {0.5f, -0.1f};
        assertEquals(probe.logit(v, c), back.logit(v, c), 1e-12);
    }

    @Test
    void aDirectionThatMarksMisuseOnTheTrainingTasksMarksItOnANewTask() {
        Random random = new Random(7);
        int d = 16;
        List<MisuseModelTrainer.Sample> samples = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            float[] task = PromptBankTest.unit(random, d);
            for (int i = 0; i < 20; i++) {
                boolean misuse = i % 2 == 0;
                samples.add(sample(prompt(random, task, misuse), task, misuse, t));
            }
        }
        TaskRelativeProbe probe = MisuseModelTrainer.fitProbe(samples, false);
        float[] newTask = PromptBankTest.unit(random, d);
        int right = 0;
        for (int i = 0; i < 40; i++) {
            boolean misuse = i % 2 == 0;
            double logit = probe.logit(prompt(random, newTask, misuse), newTask);
            right += (logit > 0) == misuse ? 1 : 0;
        }
        assertTrue(right >= 36, right + " of 40 prompts of a new task on the right side");
    }

    /** Near its task, moved along dimension 0 when it is misuse. */
    static float[] prompt(Random random, float[] task, boolean misuse) {
        float[] v = task.clone();
        for (int j = 0; j < v.length; j++) {
            v[j] += (float) (0.05 * random.nextGaussian());
        }
        v[0] += misuse ? 0.3f : 0;
        return v;
    }

    static MisuseModelTrainer.Sample sample(float[] v, float[] task, boolean misuse, int group) {
        TaskClassifier.Features f = new TaskClassifier.Features(new double[MisuseModel.SIMILARITIES],
                new double[MisuseModel.SIMILARITIES], new double[MisuseModel.SIMILARITIES],
                new double[MisuseModel.SIMILARITIES], true, "code", java.util.Map.of(),
                LexicalFeatures.of("text", HeldOutEvaluation.BITS), v, v,
                new TaskClassifier.Centroids(task, task, task, task));
        return new MisuseModelTrainer.Sample(f, misuse, !misuse, group, "task-" + group);
    }
}
