package io.taskgate.plugins.embedding;

import java.util.List;

/**
 * Fixed vectors (the anchors of an embedding space), normalized and kept by dimension, so that a prompt's cosines with
 * all of them are one pass that adds a column times one of the prompt's values: a loop without a running sum, which
 * the JIT compiles to vector instructions. {@link Embedder#cosine} per vector runs dependent sums instead, one
 * element at a time. Immutable.
 */
final class VectorSet {

    private final float[][] columns;
    private final int size;

    VectorSet(List<float[]> vectors) {
        this.size = vectors.size();
        int d = vectors.isEmpty() ? 0 : vectors.get(0).length;
        this.columns = new float[d][size];
        for (int i = 0; i < size; i++) {
            float[] v = vectors.get(i);
            if (v.length != d) {
                throw new IllegalArgumentException("vectors of " + v.length + " and " + d + " dimensions");
            }
            double norm = norm(v);
            for (int j = 0; j < d; j++) {
                columns[j][i] = norm == 0 ? 0 : (float) (v[j] / norm);
            }
        }
    }

    int size() {
        return size;
    }

    /** The cosine of {@code v} with each vector, in order; 0 with a zero vector, as {@link Embedder#cosine}. */
    double[] cosines(float[] v) {
        double[] cosines = new double[size];
        if (size == 0) {
            return cosines;
        }
        if (v.length != columns.length) {
            throw new IllegalArgumentException("a vector of " + v.length + " dimensions against " + columns.length);
        }
        float[] dots = dots(columns, size, v);
        double norm = norm(v);
        for (int i = 0; i < size; i++) {
            cosines[i] = norm == 0 ? 0 : dots[i] / norm;
        }
        return cosines;
    }

    /**
     * Each of {@code size} vectors' dot product with {@code v}, the vectors kept by dimension ({@code columns[j][i]}:
     * the j-th value of vector i): a column at a time, which C2 compiles to vector instructions.
     */
    static float[] dots(float[][] columns, int size, float[] v) {
        float[] dots = new float[size];
        for (int j = 0; j < columns.length; j++) {
            float[] column = columns[j];
            float x = v[j];
            for (int i = 0; i < size; i++) {
                dots[i] += column[i] * x;
            }
        }
        return dots;
    }

    private static double norm(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += (double) x * x;
        }
        return Math.sqrt(sum);
    }
}
