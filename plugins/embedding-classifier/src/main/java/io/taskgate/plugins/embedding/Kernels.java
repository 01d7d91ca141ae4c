package io.taskgate.plugins.embedding;

import java.util.logging.Logger;

/**
 * The first pass's two inner loops: a prompt bank's dot products ({@link Columns}) and the static embedding's
 * weighted sum of 8-bit token rows ({@link StaticEmbedder}). Two implementations, the same numbers bit for bit (the
 * same operations in the same order for each value):
 * <ul>
 *   <li>{@code VectorKernels}, when the JVM has the JDK's Vector API ({@code --add-modules jdk.incubator.vector}, as the
 *       gateway's launchers start it): the bank as bytes (a quarter of the memory), running sums kept in SIMD
 *       registers, four blocks at a time. On this project's machine (AVX-512) the bank read is about three times, the
 *       weighted sum about four times as fast;</li>
 *   <li>{@link Scalar} otherwise: plain loops, which C2 vectorizes where it can (not the conversions from bytes).</li>
 * </ul>
 */
interface Kernels {

    /** Whole numbers from -127 to 127, {@code columns[j][i]}: the j-th value of the i-th vector; every column as long. */
    Columns bytes(byte[][] columns);

    /**
     * The sum over {@code ids} (in order) of {@code weights[id] * rows[id][j]}, for each of {@code dims} dimensions;
     * ids outside {@code rows} are skipped.
     */
    double[] weightedSum(byte[][] rows, double[] weights, int[] ids, int dims);

    /** For the start-up log. */
    String name();

    /** The kernels this JVM runs, chosen once. */
    static Kernels active() {
        return Holder.ACTIVE;
    }

    /** Plain loops. */
    final class Scalar implements Kernels {
        static final Scalar INSTANCE = new Scalar();

        @Override
        public Columns bytes(byte[][] columns) {
            return new Columns.Scalar(columns);
        }

        @Override
        public double[] weightedSum(byte[][] rows, double[] weights, int[] ids, int dims) {
            double[] sum = new double[dims];
            addRows(rows, weights, ids, 0, sum);
            return sum;
        }

        /** Adds {@code weights[id] * rows[id][j]} to {@code sum[j]} for every id in order, from dimension {@code from}. */
        static void addRows(byte[][] rows, double[] weights, int[] ids, int from, double[] sum) {
            for (int id : ids) {
                if (id < 0 || id >= rows.length) {
                    continue;
                }
                byte[] row = rows[id];
                double w = weights[id];
                for (int j = from; j < sum.length; j++) {
                    sum[j] += w * row[j];
                }
            }
        }

        @Override
        public String name() {
            return "scalar (start the JVM with --add-modules=jdk.incubator.vector for SIMD)";
        }
    }

    /** Loads {@code VectorKernels} only where the JVM has the incubator module. */
    final class Holder {
        private static final Logger LOG = Logger.getLogger(Kernels.class.getName());
        static final Kernels ACTIVE = load();

        private Holder() {
        }

        private static Kernels load() {
            try {
                Class<?> vector = Class.forName(Kernels.class.getPackageName() + ".VectorKernels", true,
                        Kernels.class.getClassLoader());
                Object kernels = vector.getMethod("usable").invoke(null);
                if (kernels != null) {
                    return (Kernels) kernels;
                }
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.fine(() -> "no jdk.incubator.vector: " + e);
            }
            return Scalar.INSTANCE;
        }
    }
}
