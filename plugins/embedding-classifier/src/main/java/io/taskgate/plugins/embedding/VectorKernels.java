package io.taskgate.plugins.embedding;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels} on the JDK's Vector API, loaded only where {@code jdk.incubator.vector} is in the JVM
 * ({@link Kernels.Holder}). A block of lanes keeps its running sums in registers across the whole loop, four blocks
 * at a time so that the additions' latency overlaps; each lane still adds its products one after another in the
 * scalar loop's order, so the results are the same.
 */
final class VectorKernels implements Kernels {

    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Double> DOUBLES = DoubleVector.SPECIES_PREFERRED;
    /** Byte vectors with as many lanes as {@link #FLOATS}, or {@link #DOUBLES} (null below 8: no byte vector is shorter). */
    private static final VectorSpecies<Byte> FLOAT_BYTES = bytes(FLOATS.length());
    private static final VectorSpecies<Byte> DOUBLE_BYTES = bytes(DOUBLES.length());
    private static final int BLOCKS = 4;

    private VectorKernels() {
    }

    private static VectorSpecies<Byte> bytes(int lanes) {
        return lanes >= 8 ? VectorSpecies.of(byte.class, VectorShape.forBitSize(lanes * 8)) : null;
    }

    /** These kernels, or null where the machine's vectors are too short for them (fewer than 8 float lanes). */
    public static Kernels usable() {
        return FLOAT_BYTES == null ? null : new VectorKernels();
    }

    @Override
    public String name() {
        return "SIMD (jdk.incubator.vector, " + FLOATS.length() + " float lanes" + (DOUBLE_BYTES == null
                ? "; the static embedding's sum scalar)" : ")");
    }

    @Override
    public Columns bytes(byte[][] columns) {
        return new Bytes(columns);
    }

    private static FloatVector floats(byte[] values, int at) {
        return (FloatVector) ByteVector.fromArray(FLOAT_BYTES, values, at).convertShape(VectorOperators.B2F, FLOATS, 0);
    }

    private static DoubleVector doubles(byte[] values, int at) {
        return (DoubleVector) ByteVector.fromArray(DOUBLE_BYTES, values, at)
                .convertShape(VectorOperators.B2D, DOUBLES, 0);
    }

    @Override
    public double[] weightedSum(byte[][] rows, double[] weights, int[] ids, int dims) {
        if (DOUBLE_BYTES == null) { // fewer than 8 double lanes
            return Kernels.Scalar.INSTANCE.weightedSum(rows, weights, ids, dims);
        }
        double[] sum = new double[dims];
        int lanes = DOUBLES.length();
        int j = 0;
        for (; j + BLOCKS * lanes <= dims; j += BLOCKS * lanes) {
            DoubleVector s0 = DoubleVector.zero(DOUBLES);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            for (int id : ids) {
                if (id < 0 || id >= rows.length) {
                    continue;
                }
                byte[] row = rows[id];
                double w = weights[id];
                s0 = s0.add(doubles(row, j).mul(w));
                s1 = s1.add(doubles(row, j + lanes).mul(w));
                s2 = s2.add(doubles(row, j + 2 * lanes).mul(w));
                s3 = s3.add(doubles(row, j + 3 * lanes).mul(w));
            }
            s0.intoArray(sum, j);
            s1.intoArray(sum, j + lanes);
            s2.intoArray(sum, j + 2 * lanes);
            s3.intoArray(sum, j + 3 * lanes);
        }
        Kernels.Scalar.addRows(rows, weights, ids, j, sum); // the dimensions left, one at a time
        return sum;
    }

    /**
     * The values as bytes (a quarter of the memory of floats), by dimension in one array, each column padded with
     * zeros to a whole number of float lanes; their dot products with {@code v}, four blocks of lanes at a time, then
     * one.
     */
    private static final class Bytes implements Columns {
        private final byte[] values;
        private final int size;
        private final int stride;
        private final int dimensions;

        Bytes(byte[][] columns) {
            this.dimensions = columns.length;
            this.size = columns.length == 0 ? 0 : columns[0].length;
            int lanes = FLOATS.length();
            this.stride = (size + lanes - 1) / lanes * lanes;
            this.values = new byte[dimensions * stride];
            for (int j = 0; j < dimensions; j++) {
                System.arraycopy(columns[j], 0, values, j * stride, size);
            }
        }

        @Override
        public float value(int j, int i) {
            return values[j * stride + i];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public float[] dots(float[] v) {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("a vector of " + v.length + " dimensions against " + dimensions);
            }
            float[] dots = new float[stride];
            int lanes = FLOATS.length();
            int i = 0;
            for (; i + BLOCKS * lanes <= stride; i += BLOCKS * lanes) {
                FloatVector s0 = FloatVector.zero(FLOATS);
                FloatVector s1 = s0;
                FloatVector s2 = s0;
                FloatVector s3 = s0;
                for (int j = 0, at = i; j < dimensions; j++, at += stride) {
                    float x = v[j];
                    s0 = s0.add(floats(values, at).mul(x));
                    s1 = s1.add(floats(values, at + lanes).mul(x));
                    s2 = s2.add(floats(values, at + 2 * lanes).mul(x));
                    s3 = s3.add(floats(values, at + 3 * lanes).mul(x));
                }
                s0.intoArray(dots, i);
                s1.intoArray(dots, i + lanes);
                s2.intoArray(dots, i + 2 * lanes);
                s3.intoArray(dots, i + 3 * lanes);
            }
            for (; i < stride; i += lanes) {
                FloatVector s = FloatVector.zero(FLOATS);
                for (int j = 0, at = i; j < dimensions; j++, at += stride) {
                    s = s.add(floats(values, at).mul(v[j]));
                }
                s.intoArray(dots, i);
            }
            return dots;
        }
    }
}
