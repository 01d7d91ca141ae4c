package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class VectorSetTest {

    static float[] random(Random random, int d) {
        float[] v = new float[d];
        for (int j = 0; j < d; j++) {
            v[j] = (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void cosinesInOnePassAreTheCosinesOfEachVector() {
        Random random = new Random(7);
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < 180; i++) {
            vectors.add(random(random, 384));
        }
        vectors.add(new float[384]); // a zero vector: cosine 0, as Embedder.cosine
        VectorSet set = new VectorSet(vectors);
        for (int k = 0; k < 20; k++) {
            float[] v = random(random, 384);
            double[] cosines = set.cosines(v);
            assertEquals(vectors.size(), cosines.length);
            for (int i = 0; i < vectors.size(); i++) {
                assertEquals(Embedder.cosine(v, vectors.get(i)), cosines[i], 1e-5, "vector " + i);
            }
        }
    }

    @Test
    void aZeroPromptVectorIsAtCosineZeroFromEverything() {
        VectorSet set = new VectorSet(List.of(new float[]{1, 0}, new float[]{0, 2}));
        assertArrayEquals(new double[]{0, 0}, set.cosines(new float[2]));
        assertArrayEquals(new double[]{0, 1}, set.cosines(new float[]{0, 5}), 1e-6);
    }

    @Test
    void anEmptySetHasNoCosinesAndVectorsOfAnotherSizeAreRefused() {
        assertEquals(0, new VectorSet(List.of()).cosines(new float[]{1, 2, 3}).length);
        VectorSet set = new VectorSet(List.of(new float[]{1, 0}));
        assertThrows(IllegalArgumentException.class, () -> set.cosines(new float[]{1, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new VectorSet(List.of(new float[]{1, 0}, new float[]{1})));
    }
}
