package io.taskgate.plugins.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear probe of where a prompt lies relative to its task: a logistic regression on the difference between the
 * prompt's embedding and its task's centroid (the task's name and description, with its example requests when it
 * has some), fitted on the training tasks' labelled prompts. Its logit is one of the semantic features of a
 * {@link MisuseModel}: the similarities read a prompt against a few fixed texts, the probe reads every dimension of
 * the embedding, so that "personal" or "another client" directions the anchors do not name still count. Immutable.
 */
final class TaskRelativeProbe {

    private final float[] weights;
    private final double bias;

    TaskRelativeProbe(float[] weights, double bias) {
        this.weights = weights.clone();
        this.bias = bias;
    }

    /** No probe: a constant, so that a model fitted without one reads 0 for the feature. */
    static TaskRelativeProbe none() {
        return new TaskRelativeProbe(new float[0], 0);
    }

    /**
     * The probe's logit for a prompt embedded as {@code vector} on a task whose centroid is {@code centroid}; its bias
     * alone for vectors of another size than its weights.
     */
    double logit(float[] vector, float[] centroid) {
        if (weights.length == 0 || vector == null || centroid == null || vector.length != weights.length
                || centroid.length != weights.length) {
            return bias; // another embedder's vectors (as a bank of another size reads as none, PromptBank)
        }
        double z = bias;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (vector[j] - centroid[j]);
        }
        return z;
    }

    /** The normalised mean of {@code vectors}: a task's centroid. */
    static float[] centroid(java.util.List<float[]> vectors) {
        float[] c = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int j = 0; j < c.length; j++) {
                c[j] += v[j];
            }
        }
        double norm = 0;
        for (float x : c) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int j = 0; j < c.length; j++) {
            c[j] = norm == 0 ? 0 : (float) (c[j] / norm);
        }
        return c;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(weights.length);
        for (float w : weights) {
            out.writeFloat(w);
        }
        out.writeDouble(bias);
    }

    static TaskRelativeProbe read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 4096) {
            throw new IOException("bad probe size " + n);
        }
        float[] w = new float[n];
        for (int j = 0; j < n; j++) {
            w[j] = in.readFloat();
        }
        return new TaskRelativeProbe(w, in.readDouble());
    }
}
