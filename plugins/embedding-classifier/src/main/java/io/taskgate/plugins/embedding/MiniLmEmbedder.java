package io.taskgate.plugins.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.util.List;
import java.util.function.Supplier;

/**
 * all-MiniLM-L6-v2, quantized to 8 bits (384 dimensions), running in-process on ONNX Runtime through langchain4j. Loading takes a few
 * seconds and unpacks native libraries (ONNX Runtime into {@code java.io.tmpdir}, the DJL tokenizer into
 * {@code ~/.djl.ai} unless {@code DJL_CACHE_DIR} is set). Texts are embedded on the calling thread (no pool).
 */
public final class MiniLmEmbedder implements Embedder {

    private final EmbeddingModel model;

    public MiniLmEmbedder() {
        this(() -> new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run));
    }

    /** Another in-process model of the same family (the benchmark compares the full-precision one). */
    MiniLmEmbedder(Supplier<? extends EmbeddingModel> load) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that look up resources through the context class loader must see this plugin's JARs.
        thread.setContextClassLoader(MiniLmEmbedder.class.getClassLoader());
        try {
            model = load.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
        return model.embedAll(segments).content().stream().map(Embedding::vector).toList();
    }
}
