package io.taskgate.plugins.embedding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The prompt's words as hashed features for the lexical half of {@link MisuseModel}: the lower-cased text is cut
 * into tokens (runs of letters and digits, joined by one inner apostrophe); each token, each pair of neighbouring
 * tokens and each character 3-, 4- and 5-gram of a token (between {@code <} and {@code >}) is hashed (FNV-1a, 32 bit,
 * over its UTF-8 bytes with a prefix {@code w:}, {@code b:}, {@code c:}) into {@code 2^bits} buckets. A prompt is the
 * set of its buckets, each with the value {@code 1/sqrt(n)} (unit length). Character n-grams make typos, inflections
 * and several languages share features.
 */
public final class LexicalFeatures {

    /** A sparse unit vector: sorted bucket indexes, one value for all. */
    public record Vector(int[] indexes, float value) {
        public double dot(float[] weights) {
            double s = 0;
            for (int i : indexes) {
                s += weights[i];
            }
            return s * value;
        }

        /** As {@link #dot(float[])}, with the vector scaled as if it had at least {@code floor} buckets. */
        public double dot(float[] weights, int floor) {
            return dot(weights) * scale(floor);
        }

        /** The factor that scales this vector down to {@code 1/sqrt(floor)} per bucket when it has fewer buckets. */
        public double scale(int floor) {
            return indexes.length >= floor ? 1 : Math.sqrt((double) indexes.length / floor);
        }
    }

    private LexicalFeatures() {
    }

    static List<String> tokens(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int cp = t.codePointAt(i);
            int len = Character.charCount(cp);
            if (alnum(cp)) {
                cur.appendCodePoint(cp);
            } else if (cp == '\'' && cur.length() > 0 && cur.charAt(cur.length() - 1) != '\'' && i + len < n
                    && alnum(t.codePointAt(i + len)) && cur.indexOf("'") < 0) {
                cur.append('\'');
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            i += len;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean alnum(int cp) {
        return Character.isLetter(cp) || Character.isDigit(cp);
    }

    public static Vector of(String text, int bits) {
        int mask = (1 << bits) - 1;
        List<String> toks = tokens(text);
        TreeSet<Integer> buckets = new TreeSet<>();
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i);
            buckets.add(fnv("w:" + w) & mask);
            if (i + 1 < toks.size()) {
                buckets.add(fnv("b:" + w + " " + toks.get(i + 1)) & mask);
            }
            int[] cps = ("<" + w + ">").codePoints().toArray();
            for (int g = 3; g <= 5; g++) {
                for (int j = 0; j + g <= cps.length; j++) {
                    buckets.add(fnv("c:" + new String(cps, j, g)) & mask);
                }
            }
        }
        int[] idx = buckets.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(idx);
        return new Vector(idx, idx.length == 0 ? 0f : (float) (1 / Math.sqrt(idx.length)));
    }

    static int fnv(String s) {
        int h = 0x811c9dc5;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x01000193;
        }
        return h;
    }
}
