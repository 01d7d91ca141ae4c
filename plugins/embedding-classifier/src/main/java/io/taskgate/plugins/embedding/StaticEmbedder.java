package io.taskgate.plugins.embedding;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The cheap first pass's embedding: a static vector per token of all-MiniLM-L6-v2's vocabulary, distilled from the
 * model itself (the model run once on each token alone, {@code [CLS] token [SEP]}, at build time; the vocabulary's
 * mean removed; stored as 8-bit integers with a scale per token, {@value #RESOURCE}). A text's vector is the
 * weighted sum of its tokens' vectors (model2vec style); a token's weight grows with the logarithm of its rank in the
 * vocabulary, which is ordered by frequency (rare words count more than "the"). Tokenizing (in Java,
 * {@link WordPieceTokenizer}: the native tokenizer's call cost more than the rest) and summing ({@link Kernels}) take
 * microseconds: no model runs. Thread-safe.
 */
final class StaticEmbedder implements Embedder {

    static final String RESOURCE = "static-embeddings.bin.gz";
    static final int MAGIC = 0x54475345; // TGSE
    /** The first whole-word token of the BERT vocabulary ("the"); the ones before are special tokens and characters. */
    static final int FIRST_WORD = 1996;

    private final WordPieceTokenizer tokenizer;
    private final byte[][] rows;
    /** Each token's {@link #weight} times its scale. */
    private final double[] weights;
    private final int dims;

    StaticEmbedder(InputStream table, InputStream tokenizerJson) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(table)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a static embedding table");
            }
            int n = in.readInt();
            dims = in.readInt();
            rows = new byte[n][dims];
            weights = new double[n];
            for (int i = 0; i < n; i++) {
                weights[i] = weight(i) * in.readFloat();
                in.readFully(rows[i]);
            }
        }
        // every token of the (capped) text: no model runs, so the model's window does not apply
        tokenizer = WordPieceTokenizer.read(tokenizerJson);
    }

    /** The table shipped with the plugin and the tokenizer of the quantized model. */
    static StaticEmbedder shipped() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(StaticEmbedder.class.getClassLoader());
        try (InputStream table = StaticEmbedder.class.getResourceAsStream(RESOURCE);
             InputStream tok = dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel.class
                     .getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            if (table == null || tok == null) {
                throw new IllegalStateException("The embedding classifier's " + RESOURCE + " or tokenizer is missing");
            }
            return new StaticEmbedder(table, tok);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedding classifier's " + RESOURCE + " could not be read", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static double weight(long id) {
        return Math.log(2 + Math.max(0, id - FIRST_WORD));
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    @Override
    public float[] embed(String text) {
        double[] sum = Kernels.active().weightedSum(rows, weights, tokenizer.ids(text), dims);
        float[] v = new float[dims];
        double norm = 0;
        for (int j = 0; j < dims; j++) {
            norm += sum[j] * sum[j];
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < dims; j++) {
            v[j] = norm == 0 ? 0 : (float) (sum[j] / norm);
        }
        return v;
    }
}
