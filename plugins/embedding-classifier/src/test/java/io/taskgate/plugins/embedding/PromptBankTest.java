package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The model's bank of labelled training prompts. */
class PromptBankTest {

    static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] u = v.clone();
        for (int i = 0; i < u.length; i++) {
            u[i] /= (float) Math.sqrt(n);
        }
        return u;
    }

    static final PromptBank BANK = PromptBank.of(
            List.of(unit(1, 0, 0), unit(1, 1, 0), unit(0, 1, 0), unit(0, 0, 1)),
            List.of(true, true, true, false),
            List.of("travel-app", "shop", "shop", "shop"));

    @Test
    void theFeaturesAreThoseOfEachPromptsOwnDotProduct() {
        java.util.Random random = new java.util.Random(3);
        List<float[]> vectors = new java.util.ArrayList<>();
        List<Boolean> misuse = new java.util.ArrayList<>();
        List<String> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            vectors.add(unit(random, 384));
            misuse.add(i % 3 != 0);
            tasks.add("t" + i % 7);
        }
        PromptBank bank = PromptBank.of(vectors, misuse, tasks);
        for (int k = 0; k < 10; k++) {
            float[] v = unit(random, 384);
            java.util.List<Double> misuseDots = new java.util.ArrayList<>();
            double onTask = -1;
            for (int i = 0; i < vectors.size(); i++) {
                if (tasks.get(i).equals("t3")) {
                    continue;
                }
                double dot = Embedder.cosine(v, vectors.get(i));
                if (misuse.get(i)) {
                    misuseDots.add(dot);
                } else {
                    onTask = Math.max(onTask, dot);
                }
            }
            misuseDots.sort(java.util.Comparator.reverseOrder());
            double[] f = bank.features(v, "t3");
            // the bank keeps 8-bit values: within a few thousandths of the exact cosines
            assertEquals(misuseDots.get(0), f[0], 0.01);
            assertEquals((misuseDots.get(0) + misuseDots.get(1) + misuseDots.get(2)) / 3, f[1], 0.01);
            assertEquals(onTask, f[2], 0.01);
        }
    }

    static float[] unit(java.util.Random random, int d) {
        float[] v = new float[d];
        double norm = 0;
        for (int j = 0; j < d; j++) {
            v[j] = (float) random.nextGaussian();
            norm += v[j] * v[j];
        }
        for (int j = 0; j < d; j++) {
            v[j] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Test
    void aPromptIsComparedWithTheClosestMisuseAndWorkOfTheBank() {
        double[] f = BANK.features(unit(1, 0, 0), null);
        assertEquals(1, f[0], 0.01); // best misuse
        assertEquals((1 + Math.sqrt(0.5) + 0) / 3, f[1], 0.01); // mean of the best three misuse
        assertEquals(0, f[2], 0.01); // best on-task
    }

    @Test
    void whenFittingAPromptsOwnTaskIsLeftOut() {
        double[] f = BANK.features(unit(1, 0, 0), "travel-app");
        assertEquals(Math.sqrt(0.5), f[0], 0.01, "its own task's identical prompt is not in its bank");
        assertEquals(-1, BANK.features(unit(0, 0, 1), "shop")[2], "no on-task prompt of another task");
    }

    @Test
    void theBankIsWrittenAndReadBackAndIgnoresVectorsOfAnotherSize() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BANK.write(out);
        }
        PromptBank read = PromptBank.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true);
        assertArrayEquals(BANK.features(unit(1, 1, 1), null), read.features(unit(1, 1, 1), null), 1e-9);
        assertArrayEquals(new double[]{-1, -1, -1}, BANK.features(unit(1, 0, 0, 0), null));
    }

    /** A bank of {@code groups} topics of {@code each} prompts: a topic's prompts lie close to its own direction. */
    static List<float[]> topics(java.util.Random random, int groups, int each) {
        List<float[]> vectors = new java.util.ArrayList<>();
        for (int g = 0; g < groups; g++) {
            float[] centre = unit(random, 384);
            for (int i = 0; i < each; i++) {
                float[] noise = unit(random, 384);
                float[] v = new float[384];
                for (int j = 0; j < 384; j++) {
                    v[j] = centre[j] + 0.6f * noise[j];
                }
                vectors.add(unit(v));
            }
        }
        return vectors;
    }

    @Test
    void aLargeBankIsReadFromTheClustersClosestToThePromptAndFindsItsClosestPrompts() {
        java.util.Random random = new java.util.Random(11);
        List<float[]> vectors = topics(random, 40, 60);
        List<Boolean> misuse = new java.util.ArrayList<>();
        List<String> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < vectors.size(); i++) {
            misuse.add(i % 2 == 0);
            tasks.add("t" + i % 13);
        }
        PromptBank bank = PromptBank.of(vectors, misuse, tasks);
        assertTrue(bank.clusters() > 1, "a bank of " + bank.size() + " prompts is kept in clusters");
        int same = 0;
        for (int i = 0; i < vectors.size(); i += 7) {
            double[] read = bank.features(vectors.get(i), tasks.get(i));
            double[] all = bank.allFeatures(vectors.get(i), tasks.get(i));
            for (int f = 0; f < PromptBank.FEATURES; f++) {
                assertTrue(read[f] <= all[f] + 1e-9, "a part of the bank never finds a closer prompt than all of it");
            }
            same += java.util.Arrays.equals(read, all) ? 1 : 0;
        }
        int queries = (vectors.size() + 6) / 7;
        assertTrue(same >= queries * 0.9, same + " of " + queries + " prompts found the features of the whole bank");
        double[] self = bank.features(vectors.get(0), null);
        assertEquals(1, self[0], 0.01, "a prompt of the bank finds itself");
    }

    @Test
    void aBankReadBackIsClusteredAsItWasAndGivesTheSameFeatures() throws Exception {
        java.util.Random random = new java.util.Random(5);
        List<float[]> vectors = topics(random, 30, 50);
        List<Boolean> misuse = vectors.stream().map(v -> v[0] > 0).toList();
        PromptBank bank = PromptBank.of(vectors, misuse, java.util.Collections.nCopies(vectors.size(), "t"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bank.write(out);
        }
        PromptBank read = PromptBank.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true);
        assertEquals(bank.clusters(), read.clusters());
        for (int k = 0; k < 50; k++) {
            float[] v = unit(random, 384);
            assertArrayEquals(bank.features(v, null), read.features(v, null), 0);
        }
    }

    /** {@code count} prompts of 384 values that lie in the span of the first {@code span} of {@code directions}. */
    static List<float[]> inSpan(java.util.Random random, List<float[]> directions, int span, int count) {
        List<float[]> vectors = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[384];
            for (int k = 0; k < span; k++) {
                float w = (float) random.nextGaussian();
                for (int j = 0; j < 384; j++) {
                    v[j] += w * directions.get(k)[j];
                }
            }
            vectors.add(unit(v));
        }
        return vectors;
    }

    /** {@code count} orthonormal directions of 384 values (Gram-Schmidt on random vectors). */
    static List<float[]> orthonormal(java.util.Random random, int count) {
        List<float[]> out = new java.util.ArrayList<>();
        while (out.size() < count) {
            float[] v = unit(random, 384);
            for (float[] u : out) {
                double dot = Embedder.cosine(u, v) * norm(v);
                for (int j = 0; j < 384; j++) {
                    v[j] -= (float) (dot * u[j]);
                }
            }
            out.add(unit(v));
        }
        return out;
    }

    static double norm(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        return Math.sqrt(n);
    }

    @Test
    void aBankKeptAlongTheDirectionsItsPromptsSpanGivesTheirFullSimilarities() {
        java.util.Random random = new java.util.Random(17);
        List<float[]> directions = orthonormal(random, 24);
        List<float[]> vectors = inSpan(random, directions, 24, 400);
        List<Boolean> misuse = vectors.stream().map(v -> v[1] > 0).toList();
        List<String> tasks = java.util.Collections.nCopies(vectors.size(), "t");
        PromptBank full = PromptBank.of(vectors, misuse, tasks);
        PromptBank projected = PromptBank.of(vectors, misuse, tasks, PromptBank.Basis.of(directions));
        for (int k = 0; k < 40; k++) {
            float[] v = unit(random, 384); // also outside the span: only its part along the directions meets the bank
            assertArrayEquals(full.allFeatures(v, null), projected.allFeatures(v, null), 0.01);
        }
    }

    @Test
    void aBankKeptAlongFewerDirectionsThanItsPromptsSpanReadsLessOfEachSimilarity() {
        java.util.Random random = new java.util.Random(19);
        List<float[]> directions = orthonormal(random, 24);
        List<float[]> vectors = inSpan(random, directions, 24, 400);
        List<Boolean> misuse = java.util.Collections.nCopies(vectors.size(), true);
        List<String> tasks = java.util.Collections.nCopies(vectors.size(), "t");
        PromptBank projected = PromptBank.of(vectors, misuse, tasks, PromptBank.Basis.of(directions.subList(0, 12)));
        float[] v = vectors.get(0);
        assertTrue(projected.allFeatures(v, null)[0] < 0.9,
                "a prompt meets itself only along the 12 directions kept: " + projected.allFeatures(v, null)[0]);
    }

    @Test
    void aBankKeptAlongABasisIsWrittenAndReadBackWithIt() throws Exception {
        java.util.Random random = new java.util.Random(23);
        List<float[]> directions = orthonormal(random, 16);
        List<float[]> vectors = inSpan(random, directions, 16, 200);
        List<Boolean> misuse = vectors.stream().map(v -> v[2] > 0).toList();
        PromptBank bank = PromptBank.of(vectors, misuse, java.util.Collections.nCopies(vectors.size(), "t"),
                PromptBank.Basis.of(directions));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bank.write(out);
        }
        PromptBank read = PromptBank.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), true);
        for (int k = 0; k < 20; k++) {
            float[] v = unit(random, 384);
            assertArrayEquals(bank.features(v, null), read.features(v, null), 0);
        }
        assertArrayEquals(new double[]{-1, -1, -1}, read.features(unit(random, 16), null),
                "a vector of the basis's own size is not one the bank can project");
        PromptBank empty = PromptBank.of(List.of(), List.of(), List.of(), PromptBank.Basis.of(directions));
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(none)) {
            empty.write(out);
        }
        assertArrayEquals(new double[]{-1, -1, -1}, PromptBank.read(new DataInputStream(
                new ByteArrayInputStream(none.toByteArray())), true).features(unit(random, 384), null),
                "a bank without prompts reads back as one, basis and all");
    }

    @Test
    void aBankOfTheFormatBeforeBasesIsReadInItsOwnValues() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            BANK.write(out);
        }
        byte[] written = bytes.toByteArray();
        // the former format ended with the clusters: no basis size and length after them
        byte[] former = java.util.Arrays.copyOf(written, written.length - 8);
        PromptBank read = PromptBank.read(new DataInputStream(new ByteArrayInputStream(former)), false);
        assertArrayEquals(BANK.features(unit(1, 1, 1), null), read.features(unit(1, 1, 1), null), 1e-9);
    }
}
