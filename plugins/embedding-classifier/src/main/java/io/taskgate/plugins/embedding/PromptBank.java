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

    private final byte[][] rows;
    private final float[] scales;
    private final boolean[] misuse;
    private final String[] tasks;

    private PromptBank(byte[][] rows, float[] scales, boolean[] misuse, String[] tasks) {
        this.rows = rows;
        this.scales = scales;
        this.misuse = misuse;
        this.tasks = tasks;
    }

    static PromptBank empty() {
        return new PromptBank(new byte[0][], new float[0], new boolean[0], new String[0]);
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
        return new PromptBank(rows, scales, m, tasks.toArray(String[]::new));
    }

    int size() {
        return rows.length;
    }

    /**
     * The bank features of a unit vector {@code v}, leaving out the prompts of {@code excludeTask} (null: none).
     * Cosine similarities; -1 where the bank has no such prompt. A vector of another size than the bank's (another
     * embedding model, as with a stand-in in tests) finds nothing in it.
     */
    double[] features(float[] v, String excludeTask) {
        double b1 = -1, b2 = -1, b3 = -1, onTask = -1;
        for (int i = 0; i < rows.length && rows[i].length == v.length; i++) {
            if (excludeTask != null && excludeTask.equals(tasks[i])) {
                continue;
            }
            double dot = dot(rows[i], v) * scales[i];
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

    /** Four running sums: about twice as fast as one on this machine's JIT. */
    private static double dot(byte[] r, float[] v) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int j = 0;
        for (; j + 3 < r.length; j += 4) {
            s0 += r[j] * v[j];
            s1 += r[j + 1] * v[j + 1];
            s2 += r[j + 2] * v[j + 2];
            s3 += r[j + 3] * v[j + 3];
        }
        for (; j < r.length; j++) {
            s0 += r[j] * v[j];
        }
        return (double) s0 + s1 + s2 + s3;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(rows.length);
        out.writeInt(rows.length == 0 ? 0 : rows[0].length);
        for (int i = 0; i < rows.length; i++) {
            out.writeFloat(scales[i]);
            out.writeBoolean(misuse[i]);
            out.write(rows[i]);
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
        return new PromptBank(rows, scales, misuse, new String[n]);
    }
}
