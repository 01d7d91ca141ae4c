package io.taskgate.plugins.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Labelled prompts of the tasks a {@link MisuseModel} was fitted on, as embeddings (8-bit, a scale per prompt): misuse
 * (personal, another client's work, injections) and on-task work. A new prompt's similarity to the closest misuse
 * prompts and to the closest on-task prompts <b>of other tasks</b> is evidence that carries to tasks never seen:
 * "plan my trip to Lisbon" is close to "book me a hotel in Rome" whatever the task. When the model is fitted, a
 * prompt's own task is left out of its bank features ({@link #features(float[], String)}), as a new task is never
 * in the bank. Immutable.
 */
final class PromptBank {

    /** The bank features: best and mean of the best three misuse prompts, best on-task prompt. */
    static final int FEATURES = 3;

    /**
     * The prompts' 8-bit values by dimension: {@code columns[j][i]} is the j-th value of prompt i (a whole number from
     * -127 to 127, kept as a float), so that a prompt's similarities with all of them are one pass of
     * {@link VectorSet#dots} (about eight times faster here than a dot product per prompt, whose running sums the JIT
     * cannot vectorize).
     */
    private final float[][] columns;
    private final float[] scales;
    private final boolean[] misuse;
    private final String[] tasks;

    private PromptBank(float[][] columns, float[] scales, boolean[] misuse, String[] tasks) {
        this.columns = columns;
        this.scales = scales;
        this.misuse = misuse;
        this.tasks = tasks;
    }

    static PromptBank empty() {
        return new PromptBank(new float[0][], new float[0], new boolean[0], new String[0]);
    }

    static PromptBank of(List<float[]> vectors, List<Boolean> misuse, List<String> tasks) {
        int n = vectors.size();
        byte[][] rows = new byte[n][];
        float[] scales = new float[n];
        boolean[] m = new boolean[n];
        for (int i = 0; i < n; i++) {
            float[] v = vectors.get(i);
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
        return new PromptBank(columns(rows), scales, m, tasks.toArray(String[]::new));
    }

    /** The rows (one per prompt, all of one length) by dimension. */
    private static float[][] columns(byte[][] rows) {
        int d = rows.length == 0 ? 0 : rows[0].length;
        float[][] columns = new float[d][rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != d) {
                throw new IllegalArgumentException("bank prompts of " + rows[i].length + " and " + d + " dimensions");
            }
            for (int j = 0; j < d; j++) {
                columns[j][i] = rows[i][j];
            }
        }
        return columns;
    }

    int size() {
        return scales.length;
    }

    /**
     * The bank features of a unit vector {@code v}, leaving out the prompts of {@code excludeTask} (null: none).
     * Cosine similarities; -1 where the bank has no such prompt. A vector of another size than the bank's (another
     * embedding model, as with a stand-in in tests) finds nothing in it.
     */
    double[] features(float[] v, String excludeTask) {
        double b1 = -1, b2 = -1, b3 = -1, onTask = -1;
        float[] dots = v.length == columns.length ? VectorSet.dots(columns, scales.length, v) : new float[0];
        for (int i = 0; i < dots.length; i++) {
            if (excludeTask != null && excludeTask.equals(tasks[i])) {
                continue;
            }
            double dot = (double) dots[i] * scales[i];
            if (!misuse[i]) {
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
        double top3 = b1 == -1 ? -1 : b2 == -1 ? b1 : b3 == -1 ? (b1 + b2) / 2 : (b1 + b2 + b3) / 3;
        return new double[]{b1, top3, onTask};
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(scales.length);
        out.writeInt(scales.length == 0 ? 0 : columns.length);
        byte[] row = new byte[columns.length];
        for (int i = 0; i < scales.length; i++) {
            out.writeFloat(scales[i]);
            out.writeBoolean(misuse[i]);
            for (int j = 0; j < row.length; j++) {
                row[j] = (byte) columns[j][i];
            }
            out.write(row);
        }
    }

    static PromptBank read(DataInputStream in) throws IOException {
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
        return new PromptBank(n == 0 ? new float[0][] : columns(rows), scales, misuse, new String[n]);
    }
}
