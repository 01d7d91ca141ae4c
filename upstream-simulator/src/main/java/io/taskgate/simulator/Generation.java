package io.taskgate.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The deterministic answer: {@code "Simulated answer: "} plus N vocabulary words, then an optional
 * intent marker, as a list of pieces. Each piece is one stream chunk and counts as one completion token.
 * In JSON mode the words are wrapped as {@code {"answer": "..."}} and no marker follows (a model under
 * constrained decoding cannot add one). A tool call has no pieces: it is the call ({@link #toolCall}).
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
    /** The tool the answer calls instead of text, or null. */
    final ToolChoice.Call toolCall;

    private Generation(List<String> pieces, String finishReason, ToolChoice.Call toolCall) {
        this.pieces = pieces;
        this.finishReason = finishReason;
        this.toolCall = toolCall;
    }

    /**
     * @param seedText     text the words are derived from (the last user message or prompt)
     * @param words        number of words after the prefix
     * @param maxTokens    cap on pieces, or a negative value for none
     * @param markerPieces intent-marker pieces appended after the answer (may be empty)
     */
    static Generation create(String seedText, int words, long maxTokens, List<String> markerPieces) {
        List<String> all = new ArrayList<>(words(seedText, words));
        all.addAll(markerPieces);
        return capped(all, maxTokens);
    }

    /** JSON mode: {@code {"answer": "Simulated answer: ..."}} in pieces, without a marker. */
    static Generation json(String seedText, int words, long maxTokens) {
        List<String> all = new ArrayList<>();
        all.add("{\"answer\": \"");
        all.addAll(words(seedText, words));
        all.add("\"}");
        return capped(all, maxTokens);
    }

    /** An answer that only calls a tool. */
    static Generation toolCall(ToolChoice.Call call) {
        return new Generation(List.of(), "tool_calls", call);
    }

    private static List<String> words(String seedText, int words) {
        int count = Math.max(0, Math.min(words, MAX_WORDS));
        List<String> all = new ArrayList<>(count + 2);
        all.add("Simulated ");
        all.add(count == 0 ? "answer:" : "answer: ");
        SplittableRandom random = new SplittableRandom(Hashing.fnv1a64(seedText));
        for (int i = 0; i < count; i++) {
            String word = VOCABULARY[random.nextInt(VOCABULARY.length)];
            all.add(i < count - 1 ? word + " " : word);
        }
        return all;
    }

    private static Generation capped(List<String> all, long maxTokens) {
        if (maxTokens >= 0 && all.size() > maxTokens) {
            return new Generation(List.copyOf(all.subList(0, (int) maxTokens)), "length", null);
        }
        return new Generation(List.copyOf(all), "stop", null);
    }

    String text() {
        return String.join("", pieces);
    }

    /** One token a piece; a tool call counts its name and arguments, four characters a token. */
    int completionTokens() {
        return toolCall == null ? pieces.size()
                : Math.max(1, Json.tokensForChars(toolCall.name().length() + toolCall.arguments().length()));
    }
}
