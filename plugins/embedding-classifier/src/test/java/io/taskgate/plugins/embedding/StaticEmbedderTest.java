package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The first pass's static embedding, distilled from all-MiniLM-L6-v2 (the table the plugin ships). */
class StaticEmbedderTest {

    static final StaticEmbedder STATIC = StaticEmbedder.shipped();

    @Test
    void aTextIsAUnitVectorOfTheModelsSizeAndTheSameEachTime() {
        float[] v = STATIC.embed("write a unit test for the cart");
        assertEquals(384, v.length);
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        assertEquals(1, norm, 1e-4);
        assertArrayEquals(v, STATIC.embed("write a unit test for the cart"));
    }

    @Test
    void textsOfTheSameTopicAreCloserThanTextsOfAnother() {
        String holiday = "book a hotel in Rome for my summer holiday";
        double same = Embedder.cosine(STATIC.embed(holiday), STATIC.embed("plan my vacation trip and the flights"));
        double other = Embedder.cosine(STATIC.embed(holiday), STATIC.embed("fix the null pointer exception in the parser"));
        assertTrue(same > other + 0.1, same + " vs " + other);
    }

    @Test
    void rareWordsWeighMoreThanCommonOnes() {
        // "the" is the vocabulary's first word; a rare token ranks thousands later
        assertTrue(StaticEmbedder.weight(StaticEmbedder.FIRST_WORD + 20_000) > 3 * StaticEmbedder.weight(StaticEmbedder.FIRST_WORD));
    }
}
