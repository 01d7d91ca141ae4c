package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lexical features the fitted model's word weights are keyed by. */
class LexicalFeaturesTest {

    /** The buckets as first defined: each feature's string hashed over its UTF-8 bytes. */
    static int[] reference(String text, int bits) {
        int mask = (1 << bits) - 1;
        List<String> toks = LexicalFeatures.tokens(text);
        TreeSet<Integer> buckets = new TreeSet<>();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i);
            buckets.add(LexicalFeatures.fnv("w:" + w) & mask);
            if (i + 1 < toks.size()) {
                buckets.add(LexicalFeatures.fnv("b:" + w + " " + toks.get(i + 1)) & mask);
            }
            int[] cps = ("<" + w + ">").codePoints().toArray();
            for (int g = 3; g <= 5; g++) {
                for (int j = 0; j + g <= cps.length; j++) {
                    buckets.add(LexicalFeatures.fnv("c:" + new String(cps, j, g)) & mask);
                }
            }
        }
        return buckets.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void theBucketsAreThoseOfHashingEachFeaturesUtf8Bytes() throws Exception {
        List<String> texts = new ArrayList<>(List.of("Write a unit test", "Wie plane ich meinen Urlaub in Köln?",
                "l'été à São Paulo: ça coûte 3€", "日本語のテキスト 🚀 emoji", "a\\uD800b unpaired", "", "x"));
        HeldOutSet.locate("eval/heldout").ifPresent(dir -> {
            try {
                HeldOutSet.load(dir).prompts().forEach(p -> texts.add(p.prompt()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        texts.add("a" + '\uD800' + "b c" + '\uDC00');
        for (String t : texts) {
            LexicalFeatures.Vector v = LexicalFeatures.of(t, 16);
            assertArrayEquals(reference(t, 16), v.indexes(), t);
            assertEquals(v.indexes().length == 0 ? 0f : (float) (1 / Math.sqrt(v.indexes().length)), v.value());
        }
        assertEquals(LexicalFeatures.fnv("w:é"), fnvBytes("w:é".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSkippedTokenLosesItsWordAndCharacterGramsButKeepsItsPairsWithItsNeighbours() {
        int bits = 16;
        int mask = (1 << bits) - 1;
        LexicalFeatures.Vector v = LexicalFeatures.of("Blog article about Lisbon", bits, w -> w.equals("blog"));
        TreeSet<Integer> expected = new TreeSet<>();
        for (int b : reference("article about Lisbon", bits)) {
            expected.add(b);
        }
        expected.add(LexicalFeatures.fnv("b:blog article") & mask);
        assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), v.indexes());
        assertEquals((float) (1 / Math.sqrt(v.indexes().length)), v.value(), "unit length over what is left");
        assertArrayEquals(LexicalFeatures.of("Blog article", bits).indexes(),
                LexicalFeatures.of("Blog article", bits, w -> false).indexes(), "nothing skipped: the plain vector");
    }

    private static int fnvBytes(byte[] bytes) {
        int h = 0x811c9dc5;
        for (byte b : bytes) {
            h ^= (b & 0xff);
            h *= 0x01000193;
        }
        return h;
    }
}
