package io.taskgate.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The deterministic answer: {@code "Simulated answer: "} plus N vocabulary words, then an optional
 * intent marker, as a list of pieces. Each piece is one stream chunk and counts as one completion token.
 */
final class Generation {

    static final int DEFAULT_WORDS = 12;
    static final int MAX_WORDS = 100_000;

    private static final String[] VOCABULARY = {
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett",
        "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango",
        "uniform", "victor", "whiskey", "xray", "yankee", "zulu"
    };

    final List<String> pieces;
    final String finishReason;

    private Generation(List<String> pieces, String finishReason) {
        this.pieces = pieces;
        this.finishReason = finishReason;
    }

    /**
     * @param seedText     text the words are derived from (the last user message or prompt)
     * @param words        number of words after the prefix
     * @param maxTokens    cap on pieces, or a negative value for none
     * @param markerPieces intent-marker pieces appended after the answer (may be empty)
     */
    static Generation create(String seedText, int words, long maxTokens, List<String> markerPieces) {
        int count = Math.max(0, Math.min(words, MAX_WORDS));
        List<String> all = new ArrayList<>(count + 2 + markerPieces.size());
        all.add("Simulated ");
        all.add(count == 0 ? "answer:" : "answer: ");
        SplittableRandom random = new SplittableRandom(Hashing.fnv1a64(seedText));
        for (int i = 0; i < count; i++) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            all.add(i < count - 1 ? word + " " : word);
        }
        all.addAll(markerPieces);
        if (maxTokens >= 0 && all.size() > maxTokens) {
            return new Generation(List.copyOf(all.subList(0, (int) maxTokens)), "length");
        }
        return new Generation(List.copyOf(all), "stop");
    }

    String text() {
        return String.join("", pieces);
    }

    int completionTokens() {
        return pieces.size();
    }
}
