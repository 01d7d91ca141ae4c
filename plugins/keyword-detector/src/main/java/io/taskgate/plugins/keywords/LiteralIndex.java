package io.taskgate.plugins.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * All rules' {@link RequiredLiterals} in one table, so that a text is read once to learn which rules may match it,
 * instead of once per literal ({@code String.contains} of some 600 literals). The table is keyed by a literal's first
 * two characters; at each position of the folded text the literals that start with its two characters are compared
 * there. The answer is the same as asking each rule's {@link RequiredLiterals#mayMatch}: a rule is a candidate when
 * one of its literals occurs in the text, and a rule without literals ({@link RequiredLiterals#ANY}) or with a
 * one-character literal is always one.
 */
final class LiteralIndex {

    /** One literal and the rule it belongs to. */
    private record Entry(String literal, int rule) {
    }

    /**
     * Marks a free slot; a literal whose first two characters give this key (U+FFFF twice) keeps its rule always run.
     */
    private static final int FREE = -1;

    private final boolean[] alwaysRun;
    private final int[] keys;
    private final Entry[][] entries;
    private final int mask;

    LiteralIndex(List<RequiredLiterals> prefilters) {
        int rules = prefilters.size();
        this.alwaysRun = new boolean[rules];
        List<Entry> all = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            List<String> literals = prefilters.get(r).literals();
            if (literals.isEmpty()
                    || literals.stream().anyMatch(l -> l.length() < 2 || key(l.charAt(0), l.charAt(1)) == FREE)) {
                alwaysRun[r] = true;
                continue;
            }
            for (String literal : literals) {
                all.add(new Entry(literal, r));
            }
        }
        int size = Integer.highestOneBit(Math.max(16, all.size() * 4));
        this.mask = size - 1;
        this.keys = new int[size];
        Arrays.fill(keys, FREE);
        List<List<Entry>> slots = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            slots.add(null);
        }
        for (Entry e : all) {
            int key = key(e.literal().charAt(0), e.literal().charAt(1));
            int slot = slot(key);
            if (keys[slot] == FREE) {
                keys[slot] = key;
                slots.set(slot, new ArrayList<>());
            }
            slots.get(slot).add(e);
        }
        this.entries = new Entry[size][];
        for (int i = 0; i < size; i++) {
            entries[i] = slots.get(i) == null ? null : slots.get(i).toArray(Entry[]::new);
        }
    }

    /** Per rule, whether it may match {@code foldedText} (folded as its literals are, see {@link RequiredLiterals#fold}). */
    boolean[] candidates(String foldedText) {
        boolean[] may = alwaysRun.clone();
        int n = foldedText.length();
        for (int i = 0; i + 1 < n; i++) {
            int key = key(foldedText.charAt(i), foldedText.charAt(i + 1));
            int slot = find(key);
            if (slot < 0) {
                continue;
            }
            for (Entry e : entries[slot]) {
                if (!may[e.rule()] && foldedText.startsWith(e.literal(), i)) {
                    may[e.rule()] = true;
                }
            }
        }
        return may;
    }

    private static int key(char first, char second) {
        return (first << 16) | second;
    }

    /** The slot that holds {@code key} or the free slot where it goes (linear probing). */
    private int slot(int key) {
        int s = mix(key) & mask;
        while (keys[s] != FREE && keys[s] != key) {
            s = (s + 1) & mask;
        }
        return s;
    }

    private int find(int key) {
        int s = mix(key) & mask;
        while (keys[s] != FREE) {
            if (keys[s] == key) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
