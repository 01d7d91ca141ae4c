package io.taskgate.plugins.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A BERT sentence encoder (mean pooling over the tokens, unit length) on ONNX Runtime, with the session this plugin
 * needs: <b>one intra-op thread that does not spin</b>. ONNX Runtime's default uses a thread per core that
 * busy-waits between operators; on a small machine that burns about as much CPU as the inference itself, and it
 * competes with the gateway's request threads. Detectors run on their own threads already, so one thread per
 * embedding is the right grain.
 *
 * <p>A text longer than {@code maxTokens} tokens keeps its first and its last tokens, half each: a pasted log or
 * class followed by the actual question keeps the question. (langchain4j's encoder, with this model's tokenizer
 * configuration, kept only the first 128 tokens: the end of a long prompt was never seen.) Texts are embedded one
 * at a time: padding a batch changes the quantized model's numbers. Otherwise the same vectors as langchain4j's
 * {@code OnnxBertBiEncoder} with mean pooling (checked by a unit test).
 */
final class OnnxSentenceEncoder implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final int maxTokens;
    private final boolean clsPooling;

    /** {@code clsPooling}: the text's vector is its [CLS] token's (bge), not the mean of its tokens' (MiniLM, e5). */
    OnnxSentenceEncoder(byte[] model, InputStream tokenizerJson, int maxTokens, boolean clsPooling) {
        this.clsPooling = clsPooling;
        this.maxTokens = Math.max(8, Math.min(512, maxTokens));
        try {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model, options);
            typeIds = session.getInputNames().contains("token_type_ids");
            tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of("padding", "false", "truncation", "false"));
        } catch (OrtException | IOException e) {
            throw new IllegalStateException("The embedding model could not be loaded", e);
        }
    }

    /** The model and tokenizer of a resource pair on {@code owner}'s class path. */
    static OnnxSentenceEncoder fromResources(Class<?> owner, String model, String tokenizer, int maxTokens,
                                             boolean clsPooling) {
        try (InputStream m = owner.getResourceAsStream(model); InputStream t = owner.getResourceAsStream(tokenizer)) {
            if (m == null || t == null) {
                throw new IllegalStateException("The embedding model " + model + " is missing from the class path");
            }
            return new OnnxSentenceEncoder(m.readAllBytes(), t, maxTokens, clsPooling);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The token ids of {@code text} with [CLS] and [SEP], at most {@code maxTokens}: a longer text keeps its first
     * and last tokens.
     */
    long[] ids(String text) {
        Encoding e = tokenizer.encode(text, true, false);
        long[] ids = e.getIds();
        if (ids.length <= maxTokens) {
            return ids;
        }
        int head = maxTokens / 2;
        int tail = maxTokens - head;
        long[] cut = new long[maxTokens];
        System.arraycopy(ids, 0, cut, 0, head); // [CLS] and the beginning
        System.arraycopy(ids, ids.length - tail, cut, head, tail); // the end and [SEP]
        return cut;
    }

    /** Each text on its own (no padding). */
    List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embedIds(List.of(ids(t))).get(0));
        }
        return out;
    }

    /**
     * Embeds sequences of token ids (each with its special tokens) in one batch, padded to the longest: give it
     * sequences of one length where the numbers must not move (the static table's tokens are).
     */
    List<float[]> embedIds(List<long[]> sequences) {
        int n = sequences.size();
        if (n == 0) {
            return List.of();
        }
        int len = sequences.stream().mapToInt(s -> s.length).max().orElse(0);
        long[] ids = new long[n * len];
        long[] mask = new long[n * len];
        for (int i = 0; i < n; i++) {
            long[] s = sequences.get(i);
            System.arraycopy(s, 0, ids, i * len, s.length);
            java.util.Arrays.fill(mask, i * len, i * len + s.length, 1L);
        }
        long[] shape = {n, len};
        try (OnnxTensor tIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor tMask = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor tTypes = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n * len]), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", tIds, "attention_mask", tMask, "token_type_ids", tTypes)
                    : Map.of("input_ids", tIds, "attention_mask", tMask);
            try (OrtSession.Result r = session.run(inputs)) {
                float[][][] hidden = (float[][][]) r.get(0).getValue();
                List<float[]> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(clsPooling ? normalized(hidden[i][0].clone()) : meanPool(hidden[i], sequences.get(i).length));
                }
                return out;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The embedding model failed", e);
        }
    }

    private static float[] meanPool(float[][] tokens, int count) {
        int d = tokens[0].length;
        float[] v = new float[d];
        for (int t = 0; t < count; t++) {
            for (int j = 0; j < d; j++) {
                v[j] += tokens[t][j];
            }
        }
        for (int j = 0; j < d; j++) {
            v[j] /= count;
        }
        return normalized(v);
    }

    private static float[] normalized(float[] v) {
        int d = v.length;
        double norm = 0;
        for (int j = 0; j < d; j++) {
            norm += v[j] * v[j];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int j = 0; j < d; j++) {
                v[j] /= (float) norm;
            }
        }
        return v;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        } finally {
            tokenizer.close();
        }
    }
}
