package io.taskgate.plugins.embedding;

import java.util.List;

/**
 * A {@link SentenceModel} running in-process on ONNX Runtime with one non-spinning thread per call
 * ({@link OnnxSentenceEncoder}). Loading takes a few seconds and unpacks native libraries (ONNX Runtime into
 * {@code java.io.tmpdir}, the DJL tokenizer into {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} is set). Texts are
 * embedded on the calling thread.
 */
public final class OnnxEmbedder implements Embedder {

    /**
     * The window of tokens one prompt is cut to, its first and last 64 (the length all-MiniLM-L6-v2 was trained
     * with); a capped prompt of 1,000 characters is about 250 tokens.
     */
    static final int MAX_TOKENS = 128;

    private final SentenceModel model;
    private final OnnxSentenceEncoder encoder;

    /** The model the shipped {@link MisuseModel} was fitted with. */
    public OnnxEmbedder() {
        this(SentenceModel.named(MisuseModel.shipped().embeddingModel()));
    }

    public OnnxEmbedder(SentenceModel model) {
        this.model = model;
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that look up resources through the context class loader must see this plugin's JARs.
        thread.setContextClassLoader(OnnxEmbedder.class.getClassLoader());
        try {
            encoder = OnnxSentenceEncoder.fromResources(OnnxEmbedder.class, model.onnx(), model.tokenizer(), MAX_TOKENS,
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
