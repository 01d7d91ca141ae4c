package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directions a prompt bank is kept along. */
class PrincipalDirectionsTest {

    @Test
    void theFirstDirectionsOfVectorsInASubspaceKeepTheirWholeLength() {
        Random random = new Random(29);
        List<float[]> vectors = PromptBankTest.inSpan(random, PromptBankTest.orthonormal(random, 20), 20, 300);
        PromptBank.Basis basis = PrincipalDirections.of(vectors, 20);
        assertEquals(20, basis.size());
        for (float[] v : vectors.subList(0, 30)) {
            assertEquals(1, PromptBankTest.norm(basis.project(v)), 1e-4, "a vector of the subspace lies along its directions");
        }
    }

    @Test
    void fewerDirectionsKeepTheLargestShare() {
        Random random = new Random(31);
        List<float[]> directions = PromptBankTest.orthonormal(random, 2);
        List<float[]> vectors = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            float a = (float) random.nextGaussian() * 3; // mostly along the first direction
            float b = (float) random.nextGaussian() * 0.3f;
            float[] v = new float[384];
            for (int j = 0; j < 384; j++) {
                v[j] = a * directions.get(0)[j] + b * directions.get(1)[j];
            }
            vectors.add(v);
        }
        float[] first = PrincipalDirections.of(vectors, 1).project(directions.get(0));
        assertTrue(Math.abs(first[0]) > 0.99, "the first direction is the one most of the vectors lie along");
    }

    @Test
    void noDirectionsOrAsManyAsTheValuesKeepTheVectorsAsTheyAre() {
        List<float[]> vectors = List.of(new float[]{1, 0, 0}, new float[]{0, 1, 0});
        assertTrue(PrincipalDirections.of(vectors, 0).isNone());
        assertTrue(PrincipalDirections.of(vectors, 3).isNone());
    }
}
