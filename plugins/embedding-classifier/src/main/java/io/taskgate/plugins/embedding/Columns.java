package io.taskgate.plugins.embedding;

/**
 * Vectors of whole numbers from -127 to 127 (a {@link PromptBank} cluster's 8-bit prompts), kept by dimension, and
 * their dot products with a vector: each vector's sum runs over the dimensions in order, a product then a sum per
 * step, whichever {@link Kernels} computes it, so every kernel gives the same floats bit for bit.
 */
interface Columns {

    /** How many vectors. */
    int size();

    /** The j-th value of the i-th vector. */
    float value(int j, int i);

    /**
     * Each vector's dot product with {@code v} (as many values as the vectors have dimensions); the array may be longer
     * than {@link #size()}, and only its first {@code size()} values are the vectors'.
     */
    float[] dots(float[] v);

    /** Whole numbers from -127 to 127, {@code columns[j][i]}: the j-th value of the i-th vector; every column as long. */
    static Columns ofBytes(byte[][] columns) {
        return Kernels.active().bytes(columns);
    }

    /**
     * The scalar kernels' columns: the values as floats (the loop's conversion from bytes is not vectorized), summed a
     * column at a time by a loop C2 vectorizes ({@link VectorSet#dots}).
     */
    final class Scalar implements Columns {
        private final float[][] columns;
        private final int size;

        Scalar(byte[][] columns) {
            this.size = columns.length == 0 ? 0 : columns[0].length;
            this.columns = new float[columns.length][size];
            for (int j = 0; j < columns.length; j++) {
                for (int i = 0; i < size; i++) {
                    this.columns[j][i] = columns[j][i];
                }
            }
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public float value(int j, int i) {
            return columns[j][i];
        }

        @Override
        public float[] dots(float[] v) {
            return VectorSet.dots(columns, size, v);
        }
    }
}
