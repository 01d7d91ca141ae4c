package io.taskgate.plugins.embedding;

import java.util.List;

/**
 * A {@link SentenceModel} running in-process on ONNX Runtime with one non-spinning thread per call
 * ({@link OnnxSentenceEncoder}). Loading takes a few seconds and unpacks native libraries (ONNX Runtime into
 * {@code java.io.tmpdir}, the DJL tokenizer into {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} is set). Texts are
 * embedded on the calling thread.
 */
public final class OnnxEmbedder implements Embedder {

    private final SentenceModel model;
    private final OnnxSentenceEncoder encoder;

    /** The model the shipped {@link MisuseModel} was fitted with. */
    public OnnxEmbedder() {
        this(SentenceModel.named(MisuseModel.shipped().embeddingModel()));
    }

    /**
     * Texts cut to the model's {@link SentenceModel#window()} of tokens, their first and last halves (128 for
     * all-MiniLM-L6-v2, the length it was trained with; 96 for e5-small-v2); a capped prompt of 1,000 characters is
     * about 250 tokens.
     */
    public OnnxEmbedder(SentenceModel model) {
        this(model, model.window());
    }

    /** With another window of tokens (the benchmark compares windows). */
    OnnxEmbedder(SentenceModel model, int maxTokens) {
        this.model = model;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that look up resources through the context class loader must see this plugin's JARs.
        thread.setContextClassLoader(OnnxEmbedder.class.getClassLoader());
        try {
            encoder = OnnxSentenceEncoder.fromResources(OnnxEmbedder.class, model.onnx(), model.tokenizer(), maxTokens,
                    model.clsPooling());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    SentenceModel model() {
        return model;
    }

    OnnxSentenceEncoder encoder() {
        return encoder;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return encoder.embedAll(texts.stream().map(t -> model.prefix() + (t.isBlank() ? "-" : t)).toList());
    }
}
