package io.taskgate.plugins.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Labelled prompts of the tasks a {@link MisuseModel} was fitted on, as embeddings (8-bit, a scale per prompt): misuse
 * (personal, another client's work, injections) and on-task work. A new prompt's similarity to the closest misuse
 * prompts and to the closest on-task prompts <b>of other tasks</b> is evidence that carries to tasks never seen:
 * "plan my trip to Lisbon" is close to "book me a hotel in Rome" whatever the task. When the model is fitted, a
 * prompt's own task is left out of its bank features ({@link #features(float[], String)}), as a new task is never
 * in the bank. A bank may keep its prompts along fewer directions than they have ({@link Basis}): the first pass's
 * bank keeps its static embeddings along their first 128 principal directions, so a prompt reads a third of the
 * values for the same similarities less what lies outside those directions. Immutable.
 */
final class PromptBank {

    /** The bank features: best and mean of the best three misuse prompts, best on-task prompt. */
    static final int FEATURES = 3;
    /** A bank smaller than this is read whole for every prompt. */
    static final int INDEXED_FROM = 1024;
    /** About how many prompts a cluster of a larger bank holds. */
    static final int CLUSTER_SIZE = 64;
    /** The share of a larger bank read for a prompt: its closest clusters, until they hold this share. */
    static final double READ_SHARE = 0.25;

    /**
     * The bank's prompts in clusters of similar prompts (one cluster when the bank is small). Each cluster keeps its
     * prompts' 8-bit values by dimension ({@link Columns}), so that a prompt's similarities with all of them are
     * one pass of SIMD instructions (about eight times faster here than a dot product per prompt, whose running sums
     * the JIT cannot vectorize).
     */
    private final Cluster[] clusters;
    private final VectorSet centroids;
    /**
     * The directions the prompts are kept along ({@link Basis#NONE}: their own values): a prompt's similarities are
     * read along them, its vector projected first.
     */
    private final Basis basis;
    private final int dimensions;
    private final int toRead;
    private final float[] scales;
    private final boolean[] misuse;
    private final String[] tasks;

    /** Some of the bank's prompts: their indexes in the bank and their values by dimension. */
    private record Cluster(int[] members, Columns columns) {
    }

    /**
     * Orthonormal directions of the vectors' space, kept by dimension ({@code columns[j][i]}: the j-th value of the
     * i-th direction), or none. A bank kept along the first 128 principal directions of its prompts reads a third of
     * the values per prompt, and a dot product along them is the full one less what lies outside them (on the first
     * pass's static embeddings, correlation 0.99 with the full similarities).
     */
    record Basis(float[][] columns, int size) {
        static final Basis NONE = new Basis(new float[0][], 0);

        /** {@code directions} (each of the vectors' length, orthonormal) as a basis; none when there are none. */
        static Basis of(List<float[]> directions) {
            return directions.isEmpty() ? NONE : new Basis(columns(directions), directions.size());
        }

        private static float[][] columns(List<float[]> directions) {
            int d = directions.get(0).length;
            float[][] columns = new float[d][directions.size()];
            for (int i = 0; i < directions.size(); i++) {
                if (directions.get(i).length != d) {
                    throw new IllegalArgumentException("directions of " + directions.get(i).length + " and " + d
                            + " values");
                }
                for (int j = 0; j < d; j++) {
                    columns[j][i] = directions.get(i)[j];
                }
            }
            return columns;
        }

        boolean isNone() {
            return size == 0;
        }

        /** The length of the vectors it projects. */
        int inputs() {
            return columns.length;
        }

        /** {@code v}'s coordinates along the directions; {@code v} itself when there are none. */
        float[] project(float[] v) {
            return isNone() ? v : VectorSet.dots(columns, size, v);
        }
    }

    /**
     * A bank of {@code rows} in the clusters {@code cluster} (each prompt's, numbered from 0): made by {@link #of}
     * (k-means) or read back as written ({@link #read}), so that a model loads without clustering its banks again.
     */
    private PromptBank(byte[][] rows, float[] scales, boolean[] misuse, String[] tasks, int[] cluster,
                       double readShare, Basis basis) {
        this.basis = basis;
        int n = rows.length;
        this.dimensions = n == 0 ? 0 : rows[0].length;
        for (byte[] row : rows) {
            if (row.length != dimensions) {
                throw new IllegalArgumentException("bank prompts of " + row.length + " and " + dimensions
                        + " dimensions");
            }
        }
        this.scales = scales;
        this.misuse = misuse;
        this.tasks = tasks;
        List<float[]> units = units(rows);
        int count = Arrays.stream(cluster).max().orElse(-1) + 1;
        this.clusters = new Cluster[count];
        List<float[]> sums = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            int id = c;
            int[] members = IntStream.range(0, n).filter(i -> cluster[i] == id).toArray();
            byte[][] columns = new byte[dimensions][members.length];
            float[] sum = new float[dimensions];
            for (int m = 0; m < members.length; m++) {
                float[] u = units.get(members[m]);
                for (int j = 0; j < dimensions; j++) {
                    columns[j][m] = rows[members[m]][j];
                    sum[j] += u[j];
                }
            }
            clusters[c] = new Cluster(members, Columns.ofBytes(columns));
            sums.add(sum);
        }
        this.centroids = new VectorSet(sums);
        this.toRead = count <= 1 ? n : (int) Math.ceil(n * readShare);
    }

    static PromptBank empty() {
        return new PromptBank(new byte[0][], new float[0], new boolean[0], new String[0], new int[0], READ_SHARE,
                Basis.NONE);
    }

    /** Each prompt's unit vector, from its 8-bit values as the bank keeps them. */
    private static List<float[]> units(byte[][] rows) {
        List<float[]> units = new ArrayList<>(rows.length);
        for (byte[] row : rows) {
            units.add(unit(row));
        }
        return units;
    }

    /** The clusters of about {@code clusterSize} prompts (one below {@link #INDEXED_FROM} prompts). */
    private static int[] clusters(byte[][] rows, int clusterSize) {
        int k = rows.length < INDEXED_FROM ? 1 : Math.max(1, rows.length / clusterSize);
        return Clusters.of(units(rows), k, 10);
    }

    static PromptBank of(List<float[]> vectors, List<Boolean> misuse, List<String> tasks) {
        return of(vectors, misuse, tasks, CLUSTER_SIZE, READ_SHARE, Basis.NONE);
    }

    /** A bank kept along {@code basis} ({@link Basis#NONE}: in the vectors' own values). */
    static PromptBank of(List<float[]> vectors, List<Boolean> misuse, List<String> tasks, Basis basis) {
        return of(vectors, misuse, tasks, CLUSTER_SIZE, READ_SHARE, basis);
    }

    /**
     * A bank whose clusters hold about {@code clusterSize} prompts, of which a prompt reads {@code readShare}, kept
     * along {@code basis}.
     */
    static PromptBank of(List<float[]> vectors, List<Boolean> misuse, List<String> tasks, int clusterSize,
                         double readShare, Basis basis) {
        int n = vectors.size();
        byte[][] rows = new byte[n][];
        float[] scales = new float[n];
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (!basis.isNone() && vectors.get(i).length != basis.inputs()) {
                throw new IllegalArgumentException("a vector of " + vectors.get(i).length + " values against a basis of "
                        + basis.inputs());
            }
            float[] v = basis.project(vectors.get(i));
            double max = 0;
            for (float x : v) {
                max = Math.max(max, Math.abs(x));
            }
            scales[i] = (float) (max / 127);
            rows[i] = new byte[v.length];
            for (int j = 0; j < v.length; j++) {
                rows[i][j] = scales[i] == 0 ? 0 : (byte) Math.round(v[j] / scales[i]);
            }
            m[i] = misuse.get(i);
        }
        return new PromptBank(rows, scales, m, tasks.toArray(String[]::new), clusters(rows, clusterSize), readShare,
                basis);
    }

    private static float[] unit(byte[] v) {
        double norm = 0;
        for (byte x : v) {
            norm += (double) x * x;
        }
        float[] u = new float[v.length];
        for (int j = 0; norm > 0 && j < v.length; j++) {
            u[j] = (float) (v[j] / Math.sqrt(norm));
        }
        return u;
    }

    int size() {
        return scales.length;
    }

    /** How many clusters the bank is kept in (1: it is read whole). */
    int clusters() {
        return clusters.length;
    }

    /**
     * The bank features of a unit vector {@code v}, leaving out the prompts of {@code excludeTask} (null: none), from
     * the bank's clusters closest to {@code v} (by their centroids), in order, until they held a quarter of the bank's
     * prompts not left out. A prompt's closest misuse and on-task prompts are nearly always among them: on the
     * held-out prompts the three features were those of the whole bank for 90% of the prompts of a bank of 6,707, and
     * fell short by 0.0004 on average, at a fifth of the whole bank's cost ({@link #allFeatures}). Cosine similarities; -1 where the prompts read held no such prompt. A vector of another size
     * than the bank's (another embedding model, as with a stand-in in tests) finds nothing in it.
     */
    double[] features(float[] v, String excludeTask) {
        return features(v, excludeTask, toRead);
    }

    /** The bank features from every prompt of the bank: what {@link #features} approximates. */
    double[] allFeatures(float[] v, String excludeTask) {
        return features(v, excludeTask, Integer.MAX_VALUE);
    }

    private double[] features(float[] vector, String excludeTask, int wanted) {
        Top top = new Top();
        if (vector.length != (basis.isNone() ? dimensions : basis.inputs()) || clusters.length == 0) {
            return top.features();
        }
        float[] v = basis.project(vector);
        double[] closeness = centroids.cosines(v);
        int read = 0;
        for (int c = 0; c < clusters.length && read < wanted; c++) {
            int best = 0;
            for (int i = 1; i < closeness.length; i++) {
                if (closeness[i] > closeness[best]) {
                    best = i;
                }
            }
            closeness[best] = Double.NEGATIVE_INFINITY;
            Cluster cluster = clusters[best];
            float[] dots = cluster.columns().dots(v);
            for (int m = 0; m < cluster.members().length; m++) {
                int i = cluster.members()[m];
                if (excludeTask != null && excludeTask.equals(tasks[i])) {
                    continue;
                }
                read++;
                top.add((double) dots[m] * scales[i], misuse[i]);
            }
        }
        return top.features();
    }

    /** The best three misuse similarities and the best on-task one seen so far. */
    private static final class Top {
        private double b1 = -1;
        private double b2 = -1;
        private double b3 = -1;
        private double onTask = -1;

        void add(double dot, boolean misuse) {
            if (!misuse) {
                onTask = Math.max(onTask, dot);
            } else if (dot > b1) {
                b3 = b2;
                b2 = b1;
                b1 = dot;
            } else if (dot > b2) {
                b3 = b2;
                b2 = dot;
            } else if (dot > b3) {
                b3 = dot;
            }
        }

        double[] features() {
            double top3 = b1 == -1 ? -1 : b2 == -1 ? b1 : b3 == -1 ? (b1 + b2) / 2 : (b1 + b2 + b3) / 3;
            return new double[]{b1, top3, onTask};
        }
    }

    void write(DataOutputStream out) throws IOException {
        byte[][] rows = new byte[scales.length][dimensions];
        int[] cluster = new int[scales.length];
        for (int c = 0; c < clusters.length; c++) {
            int[] members = clusters[c].members();
            for (int m = 0; m < members.length; m++) {
                cluster[members[m]] = c;
                for (int j = 0; j < dimensions; j++) {
                    rows[members[m]][j] = (byte) clusters[c].columns().value(j, m);
                }
            }
        }
        out.writeInt(scales.length);
        out.writeInt(scales.length == 0 ? 0 : dimensions);
        for (int i = 0; i < scales.length; i++) {
            out.writeFloat(scales[i]);
            out.writeBoolean(misuse[i]);
            out.write(rows[i]);
        }
        out.writeInt(clusters.length);
        for (int c : cluster) {
            out.writeInt(c);
        }
        out.writeInt(basis.size());
        out.writeInt(basis.inputs());
        for (float[] column : basis.columns()) {
            for (float x : column) {
                out.writeFloat(x);
            }
        }
    }

    /** A bank as {@link #write} wrote it; {@code withBasis}: the file keeps a {@link Basis} after the clusters. */
    static PromptBank read(DataInputStream in, boolean withBasis) throws IOException {
        int n = in.readInt();
        int d = in.readInt();
        if (n < 0 || d < 0 || (long) n * d > 100_000_000L) {
            throw new IOException("bad prompt bank " + n + " x " + d);
        }
        byte[][] rows = new byte[n][d];
        float[] scales = new float[n];
        boolean[] misuse = new boolean[n];
        for (int i = 0; i < n; i++) {
            scales[i] = in.readFloat();
            misuse[i] = in.readBoolean();
            in.readFully(rows[i]);
        }
        int count = in.readInt();
        int[] cluster = new int[n];
        for (int i = 0; i < n; i++) {
            cluster[i] = in.readInt();
            if (cluster[i] < 0 || cluster[i] >= count) {
                throw new IOException("bad prompt bank cluster " + cluster[i] + " of " + count);
            }
        }
        Basis basis = withBasis ? readBasis(in, d) : Basis.NONE;
        return new PromptBank(rows, scales, misuse, new String[n], cluster, READ_SHARE, basis);
    }

    /** The basis after a bank of prompts of {@code dimensions} values (0: a bank without prompts). */
    private static Basis readBasis(DataInputStream in, int dimensions) throws IOException {
        int size = in.readInt();
        int inputs = in.readInt();
        if (size == 0) {
            return Basis.NONE;
        }
        if ((dimensions != 0 && size != dimensions) || inputs < size || (long) size * inputs > 10_000_000L) {
            throw new IOException("bad prompt bank basis " + size + " x " + inputs + " for prompts of " + dimensions);
        }
        float[][] columns = new float[inputs][size];
        for (float[] column : columns) {
            for (int i = 0; i < size; i++) {
                column[i] = in.readFloat();
            }
        }
        return new Basis(columns, size);
    }
}
