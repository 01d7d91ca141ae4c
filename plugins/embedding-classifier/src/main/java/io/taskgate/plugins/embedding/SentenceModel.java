package io.taskgate.plugins.embedding;

import java.util.Arrays;

/**
 * The in-process sentence models the classifier can run (384 dimensions each), as langchain4j packages them on Maven
 * Central: an ONNX file and a tokenizer, read by {@link OnnxSentenceEncoder}. A {@link MisuseModel} names the one it
 * was fitted with ({@link MisuseModel#embeddingModel()}); the plugin runs that one, since a prompt bank and weights
 * fitted on one model's embeddings mean nothing on another's.
 */
public enum SentenceModel {

    /**
     * e5-small-v2, 8-bit (12 layers), the shipped one: on the held-out tasks its misuse recall at the same false-alarm
     * rate is about ten points above all-MiniLM-L6-v2's (docs/misuse-detection.md), for about twice the CPU per
     * embedded prompt. It reads texts as {@code "query: ..."}, the form its model card gives for similarity, cut to
     * a window of 96 tokens (the training-only criterion: 0.776 at 96, 0.755 at 128, 0.746 at 64).
     */
    E5_SMALL_V2_Q("e5-small-v2-q", "/e5-small-v2-q.onnx", "/e5-small-v2-q-tokenizer.json", "query: ", false, 96),
    /** all-MiniLM-L6-v2, 8-bit (6 layers): the model shipped before; its tokenizer also serves the first pass. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", "", false, 128),
    /** all-MiniLM-L6-v2 at full precision (the benchmark's comparison only; its JAR is a test dependency). */
    ALL_MINILM_L6_V2("all-minilm-l6-v2", "/all-minilm-l6-v2.onnx", "/all-minilm-l6-v2-tokenizer.json", "", false, 128),
    /**
     * bge-small-en-v1.5, 8-bit (12 layers; its [CLS] token's vector), compared in the benchmark only (its JAR is a
     * test dependency).
     */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "/bge-small-en-v1.5-q.onnx", "/bge-small-en-v1.5-q-tokenizer.json", "",
            true, 128);

    private final String id;
    private final String onnx;
    private final String tokenizer;
    private final String prefix;
    private final boolean clsPooling;
    private final int window;

    SentenceModel(String id, String onnx, String tokenizer, String prefix, boolean clsPooling, int window) {
        this.window = window;
        this.id = id;
        this.onnx = onnx;
        this.tokenizer = tokenizer;
        this.prefix = prefix;
        this.clsPooling = clsPooling;
    }

    /**
     * The window of tokens a text is cut to (its first and last halves, [CLS] and [SEP] included): the one its
     * {@link MisuseModel} was fitted with.
     */
    int window() {
        return window;
    }

    /** Whether a text's vector is its [CLS] token's rather than the mean of its tokens'. */
    boolean clsPooling() {
        return clsPooling;
    }

    /** The name a {@link MisuseModel} records. */
    public String id() {
        return id;
    }

    String onnx() {
        return onnx;
    }

    String tokenizer() {
        return tokenizer;
    }

    /** What each text is prefixed with before it is embedded. */
    String prefix() {
        return prefix;
    }

    /** The model a {@link MisuseModel} names; an unknown name is an error, never another model. */
    public static SentenceModel named(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown sentence model '" + id + "' (known: "
                        + String.join(", ", Arrays.stream(values()).map(SentenceModel::id).toList()) + ")"));
    }
}
