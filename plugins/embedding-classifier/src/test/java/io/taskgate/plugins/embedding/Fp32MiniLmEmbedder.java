package io.taskgate.plugins.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.util.List;

/** The full-precision all-MiniLM-L6-v2 (384 dimensions), the model shipped before; for the benchmark's comparison. */
final class Fp32MiniLmEmbedder implements Embedder {

    private final AllMiniLmL6V2EmbeddingModel model;

    Fp32MiniLmEmbedder() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Libraries that look up resources through the context class loader must see this plugin's JARs.
        thread.setContextClassLoader(Fp32MiniLmEmbedder.class.getClassLoader());
        try {
            model = new AllMiniLmL6V2EmbeddingModel(Runnable::run);
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
