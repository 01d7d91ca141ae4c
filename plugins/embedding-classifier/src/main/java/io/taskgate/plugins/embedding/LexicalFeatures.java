package io.taskgate.plugins.embedding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
        return of(text, bits, token -> false);
    }

    /**
     * As {@link #of(String, int)}, without the word and the character n-grams of each token {@code skip} accepts
     * (pairs of neighbouring tokens are kept): the words of a prompt's own task carry no evidence about the prompt.
     */
    public static Vector of(String text, int bits, java.util.function.Predicate<String> skip) {
        int mask = (1 << bits) - 1;
        List<String> toks = tokens(text);
        int[] buckets = new int[64];
        int n = 0;
        int[][] cps = new int[toks.size()][];
        for (int i = 0; i < toks.size(); i++) {
            String w = toks.get(i);
            int[] c = new int[w.codePointCount(0, w.length()) + 2];
            c[0] = '<';
            int k = 1;
            for (int j = 0; j < w.length(); ) {
                int cp = w.codePointAt(j);
                c[k++] = cp;
                j += Character.charCount(cp);
            }
            c[k] = '>';
            cps[i] = c;
        }
        for (int i = 0; i < toks.size(); i++) {
            int[] c = cps[i];
            int needed = n + 2 + 3 * c.length;
            if (needed > buckets.length) {
                buckets = Arrays.copyOf(buckets, Math.max(needed, 2 * buckets.length));
            }
            boolean skipped = skip.test(toks.get(i));
            if (!skipped) {
                // "w:" + the word (the code points between '<' and '>')
                buckets[n++] = hash(hash(hash(OFFSET, 'w'), ':'), c, 1, c.length - 2) & mask;
            }
            if (i + 1 < toks.size()) {
                int[] d = cps[i + 1];
                int h = hash(hash(hash(OFFSET, 'b'), ':'), c, 1, c.length - 2);
                h = hash(h, ' ');
                buckets[n++] = hash(h, d, 1, d.length - 2) & mask;
            }
            for (int g = 3; g <= 5 && !skipped; g++) {
                for (int j = 0; j + g <= c.length; j++) {
                    buckets[n++] = hash(hash(hash(OFFSET, 'c'), ':'), c, j, g) & mask;
                }
            }
        }
        int[] sorted = Arrays.copyOf(buckets, n);
        Arrays.sort(sorted);
        int u = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (u == 0 || sorted[i] != sorted[u - 1]) {
                sorted[u++] = sorted[i];
            }
        }
        int[] idx = Arrays.copyOf(sorted, u);
        return new Vector(idx, idx.length == 0 ? 0f : (float) (1 / Math.sqrt(idx.length)));
    }

    private static final int OFFSET = 0x811c9dc5;
    private static final int PRIME = 0x01000193;

    /** FNV-1a over one byte. */
    private static int hash(int h, int b) {
        return (h ^ (b & 0xff)) * PRIME;
    }

    /**
     * FNV-1a over the UTF-8 bytes of {@code length} code points of {@code cps} from {@code from}: the same value as
     * hashing the string's {@code getBytes(UTF_8)} (an unpaired surrogate is encoded as '?' there, and here), without
     * building the string.
     */
    private static int hash(int h, int[] cps, int from, int length) {
        for (int i = from; i < from + length; i++) {
            int cp = cps[i];
            if (cp < 0x80) {
                h = hash(h, cp);
            } else if (cp < 0x800) {
                h = hash(hash(h, 0xc0 | (cp >> 6)), 0x80 | (cp & 0x3f));
            } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                h = hash(h, '?');
            } else if (cp < 0x10000) {
                h = hash(hash(hash(h, 0xe0 | (cp >> 12)), 0x80 | ((cp >> 6) & 0x3f)), 0x80 | (cp & 0x3f));
            } else {
                h = hash(hash(hash(hash(h, 0xf0 | (cp >> 18)), 0x80 | ((cp >> 12) & 0x3f)), 0x80 | ((cp >> 6) & 0x3f)),
                        0x80 | (cp & 0x3f));
            }
        }
        return h;
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
