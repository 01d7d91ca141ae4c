package io.taskgate.plugins.embedding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link MisuseModel} on labelled prompts of some tasks (never on the tasks it will be scored on).
 *
 * <ol>
 *   <li>The training tasks come in groups (folds). For each group, a lexical and semantic logistic regressions
 *   (L2-regularised) are fitted on the other groups and score that group: out-of-group scores.</li>
 *   <li>The lexical regression only reads hashed features that occur in at least {@code lexMinTasks} training tasks:
 *   a word that only one task uses (its product's vocabulary) says nothing about a task never seen, and a model that
 *   leans on it calls every prompt without it (a short generic request) misuse. A prompt's lexical vector is scaled as
 *   if it had at least {@code lexFloor} features.</li>
 *   <li>The combination ({@code aLex, aSem, a0}) is a logistic regression on those out-of-group logits; the MAJOR
 *   threshold is the combined log-odds that flags at most {@code maxFalseAlarmRate} of the on-task prompts
 *   out-of-group, the SLIGHT threshold the one that flags at most {@code slightRate} of them. The same for the first
 *   pass (static embedding), whose {@code settle} threshold lets at most {@code settleLoss} of the prompts that the
 *   full model flags MAJOR out-of-group fall below it.</li>
 *   <li>The regressions are then fitted again on all the training tasks.</li>
 * </ol>
 * Slightly-off prompts are not trained on (they are neither misuse nor the task). Deterministic.
 */
final class MisuseModelTrainer {

    /**
     * One labelled training prompt: its features, whether it is misuse, whether it is on-task, its group, its task;
     * {@code synthetic}: fitted on, never counted for a threshold ({@link GenericRequests}).
     */
    record Sample(TaskClassifier.Features features, boolean misuse, boolean onTask, int group, String task,
                  boolean synthetic) {
        Sample(TaskClassifier.Features features, boolean misuse, boolean onTask, int group, String task) {
            this(features, misuse, onTask, group, task, false);
        }
    }

    static final double LEX_L2 = Double.parseDouble(System.getProperty("bench.lex-l2", "0.3"));
    static final double SEM_L2 = Double.parseDouble(System.getProperty("bench.sem-l2", "1.0"));
    static final int LEX_ITERATIONS = Integer.getInteger("bench.lex-iterations", 400);
    static final int LEX_MIN_TASKS = Integer.getInteger("bench.lex-min-tasks", 3);
    static final int LEX_FLOOR = Integer.getInteger("bench.lex-floor", 1);
    /** Whether the lexical half leaves out the prompt's words its task's text uses (-Dbench.skip-task-words). */
    static final boolean SKIP_TASK_WORDS = Boolean.parseBoolean(System.getProperty("bench.skip-task-words", "true"));
    /** Whether the model keeps a bank of its training prompts ({@link PromptBank}); -Dbench.bank=false: none. */
    static final boolean BANK = Boolean.parseBoolean(System.getProperty("bench.bank", "true"));
    /**
     * At most this many misuse and this many on-task prompts of each training task in the bank, evenly spread over the
     * task's prompts ({@code -Dbench.bank-per-task}; 0: all). Every prompt is compared with the whole bank.
     */
    static final int BANK_PER_TASK = Integer.getInteger("bench.bank-per-task", 0);
    /**
     * The first pass's prompt bank is kept along this many principal directions of its prompts' static embeddings
     * (0: all their values), so that a prompt reads a third of the values.
     */
    static final int CHEAP_BANK_DIRECTIONS = Integer.getInteger("bench.cheap-bank-directions", 128);
    /** Whether the model has {@link TaskRelativeProbe}s; -Dbench.probe=false: none (the feature is then constant). */
    static final boolean PROBE = Boolean.parseBoolean(System.getProperty("bench.probe", "true"));
    static final double PROBE_L2 = Double.parseDouble(System.getProperty("bench.probe-l2", "10"));
    /** Whether the probes are fitted on the synthetic generic requests too (-Dbench.probe-synthetic=false: not). */
    static final boolean PROBE_SYNTHETIC = Boolean.parseBoolean(System.getProperty("bench.probe-synthetic", "true"));
    /** The probe's inputs are scaled by this before fitting (an embedding's values are about 0.05). */
    static final double PROBE_SCALE = 10;
    static final double SETTLE_LOSS = Double.parseDouble(System.getProperty("bench.settle-loss", "0.01"));
    /** Which semantic features the regressions read (all unless -Dbench.features=0,1,2...). */
    static final boolean[] USED = used(System.getProperty("bench.features", ""));

    final int bits;
    /** After {@link #fit}: misuse recall and on-task false alarms of the combination (with examples) out-of-group
     * on the training tasks: a criterion for choosing among variants that never looks at the tasks scored later. */
    double innerRecall;
    double innerFalseAlarms;
    final double maxFalseAlarmRate;
    final double slightRate;
    final String embeddingModel;

    MisuseModelTrainer(String embeddingModel, int bits, double maxFalseAlarmRate, double slightRate) {
        this.embeddingModel = embeddingModel;
        this.bits = bits;
        this.maxFalseAlarmRate = maxFalseAlarmRate;
        this.slightRate = slightRate;
    }

    private static boolean[] used(String list) {
        boolean[] u = new boolean[MisuseModel.FEATURES.length];
        if (list.isBlank()) {
            java.util.Arrays.fill(u, true);
        } else {
            for (String s : list.split(",")) {
                u[Integer.parseInt(s.strip())] = true;
            }
        }
        return u;
    }

    /** The four semantic inputs of a sample: full with/without examples, first pass with/without. */
    static double[] input(TaskClassifier.Features f, int which) {
        return switch (which) {
            case 0 -> f.semantic();
            case 1 -> f.semanticWithoutExamples();
            case 2 -> f.cheap();
            default -> f.cheapWithoutExamples();
        };
    }

    /** The regressions fitted on some samples: lexical weights, and per semantic input its standardisation and weights. */
    private record Halves(float[] lex, double lexBias, double[][] mean, double[][] sd, double[][] sem) {
    }

    /**
     * At most {@code perTask} misuse and {@code perTask} on-task samples of each task, evenly spread over its samples
     * in their order (a task's prompts come category by category); all of them when {@code perTask} is 0.
     */
    static List<Sample> spread(List<Sample> samples, int perTask) {
        if (perTask <= 0) {
            return samples;
        }
        Map<String, List<Sample>> byTaskAndClass = new LinkedHashMap<>();
        for (Sample s : samples) {
            byTaskAndClass.computeIfAbsent(s.task() + (s.misuse() ? "\u0000misuse" : "\u0000work"), k -> new ArrayList<>()).add(s);
        }
        List<Sample> out = new ArrayList<>();
        for (List<Sample> group : byTaskAndClass.values()) {
            int n = group.size();
            int k = Math.min(perTask, n);
            for (int i = 0; i < k; i++) {
                out.add(group.get((int) ((long) i * n / k)));
            }
        }
        return out;
    }

    MisuseModel fit(List<Sample> samples) {
        List<Sample> training = samples.stream().filter(s -> s.misuse() || s.onTask()).toList();
        int[] groups = training.stream().mapToInt(Sample::group).distinct().sorted().toArray();
        // the prompt banks: the real training prompts, in both embeddings
        List<Sample> banked = BANK ? training.stream().filter(s -> !s.synthetic()).toList() : List.of();
        List<Sample> inBank = spread(banked, BANK_PER_TASK);
        PromptBank bank = PromptBank.of(inBank.stream().map(s -> s.features().vector()).toList(),
                inBank.stream().map(Sample::misuse).toList(), inBank.stream().map(Sample::task).toList());
        List<float[]> cheapVectors = inBank.stream().map(s -> s.features().cheapVector()).toList();
        PromptBank cheapBank = PromptBank.of(cheapVectors, inBank.stream().map(Sample::misuse).toList(),
                inBank.stream().map(Sample::task).toList(), PrincipalDirections.of(cheapVectors, CHEAP_BANK_DIRECTIONS));
        // the probes' logits out-of-group: for each group, probes fitted on the prompts of the other groups (the
        // generic requests among them: a probe that never saw a tool's system prompt reads it as role play)
        List<Sample> probed = PROBE_SYNTHETIC ? training : banked;
        double[][] probeLogits = new double[training.size()][4];
        if (PROBE) {
            for (int g : groups) {
                List<Sample> others = probed.stream().filter(s -> s.group() != g).toList();
                TaskRelativeProbe[] probes = {fitProbe(others, false), fitProbe(others, true)};
                for (int i = 0; i < training.size(); i++) {
                    if (training.get(i).group() == g) {
                        probeLogits[i] = probeLogits(probes[0], probes[1], training.get(i).features());
                    }
                }
            }
        }
        TaskRelativeProbe probe = PROBE ? fitProbe(probed, false) : TaskRelativeProbe.none();
        TaskRelativeProbe cheapProbe = PROBE ? fitProbe(probed, true) : TaskRelativeProbe.none();
        // each sample's four semantic inputs; bank features leave the sample's own task out
        double[][][] x = new double[training.size()][4][];
        for (int i = 0; i < training.size(); i++) {
            Sample s = training.get(i);
            for (int v = 0; v < 4; v++) {
                PromptBank b = v < 2 ? bank : cheapBank;
                float[] vec = v < 2 ? s.features().vector() : s.features().cheapVector();
                x[i][v] = MisuseModel.input(input(s.features(), v), b.features(vec, s.task()), probeLogits[i][v]);
            }
        }
        // out-of-group logits: lexical, then the four semantic inputs
        double[][] oof = new double[training.size()][];
        for (int g : groups) {
            List<Integer> in = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                if (training.get(i).group() != g) {
                    in.add(i);
                }
            }
            Halves h = halves(training, x, in);
            for (int i = 0; i < training.size(); i++) {
                if (training.get(i).group() == g) {
                    oof[i] = logits(h, training.get(i).features(), x[i]);
                }
            }
        }
        List<Integer> everything = new ArrayList<>();
        for (int i = 0; i < training.size(); i++) {
            everything.add(i);
        }
        Halves all = halves(training, x, everything);
        MisuseModel.Variant[] variants = new MisuseModel.Variant[4];
        double[][] combined = new double[4][training.size()];
        for (int v = 0; v < 4; v++) {
            double[][] xc = new double[training.size()][2];
            double[] y = new double[training.size()];
            for (int i = 0; i < training.size(); i++) {
                xc[i][0] = MisuseModel.clampLogit(oof[i][0]);
                xc[i][1] = MisuseModel.clampLogit(oof[i][1 + v]);
                y[i] = training.get(i).misuse() ? 1 : 0;
            }
            double[] ab = Logistic.newton(xc, y, 1e-3);
            List<Double> onTask = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                combined[v][i] = ab[0] * xc[i][0] + ab[1] * xc[i][1] + ab[2];
                if (training.get(i).onTask() && !training.get(i).synthetic()) {
                    onTask.add(combined[v][i]);
                }
            }
            double major = quantileThreshold(onTask, maxFalseAlarmRate);
            double slight = Math.min(major, quantileThreshold(onTask, slightRate));
            if (v == 0) {
                int hit = 0, mis = 0, fa = 0;
                for (int i = 0; i < training.size(); i++) {
                    if (training.get(i).synthetic()) {
                        continue;
                    }
                    boolean flagged = combined[v][i] > major;
                    if (training.get(i).misuse()) {
                        mis++;
                        hit += flagged ? 1 : 0;
                    } else if (flagged) {
                        fa++;
                    }
                }
                innerRecall = mis == 0 ? 0 : (double) hit / mis;
                innerFalseAlarms = (double) fa / onTask.size();
            }
            double settle = Double.NEGATIVE_INFINITY;
            if (v >= 2) {
                // the first pass settles below the value under which at most SETTLE_LOSS of the prompts the full model
                // (same examples or not) flags MAJOR fall
                int fullV = v - 2;
                List<Double> flagged = new ArrayList<>();
                for (int i = 0; i < training.size(); i++) {
                    if (combined[fullV][i] > variants[fullV].major()) {
                        flagged.add(-combined[v][i]);
                    }
                }
                settle = flagged.isEmpty() ? Double.NEGATIVE_INFINITY : -quantileThreshold(flagged, SETTLE_LOSS);
            }
            int n = MisuseModel.FEATURES.length;
            double[] sem = all.sem()[v];
            variants[v] = new MisuseModel.Variant(all.mean()[v], all.sd()[v], Arrays.copyOf(sem, n), sem[n],
                    ab[0], ab[1], ab[2], major, slight, settle);
        }
        return new MisuseModel(embeddingModel, bits, LEX_FLOOR, all.lex(), all.lexBias(), variants[0], variants[1],
                variants[2], variants[3], bank, cheapBank, probe, cheapProbe, SKIP_TASK_WORDS);
    }

    /** The four inputs' probe logits of a prompt: full with and without examples, static with and without. */
    private static double[] probeLogits(TaskRelativeProbe full, TaskRelativeProbe cheap, TaskClassifier.Features f) {
        TaskClassifier.Centroids c = f.centroids();
        return new double[]{full.logit(f.vector(), c.full()), full.logit(f.vector(), c.fullWithoutExamples()),
                cheap.logit(f.cheapVector(), c.cheap()), cheap.logit(f.cheapVector(), c.cheapWithoutExamples())};
    }

    /**
     * A {@link TaskRelativeProbe} fitted on {@code samples} (misuse against on-task) in the model's space or the
     * static one ({@code cheap}), on each prompt's difference from its task's centroid with examples.
     */
    static TaskRelativeProbe fitProbe(List<Sample> samples, boolean cheap) {
        double[][] x = new double[samples.size()][];
        double[] y = new double[samples.size()];
        for (int i = 0; i < samples.size(); i++) {
            TaskClassifier.Features f = samples.get(i).features();
            float[] v = cheap ? f.cheapVector() : f.vector();
            float[] c = cheap ? f.centroids().cheap() : f.centroids().full();
            x[i] = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                x[i][j] = PROBE_SCALE * (v[j] - c[j]);
            }
            y[i] = samples.get(i).misuse() ? 1 : 0;
        }
        double[] beta = Logistic.newton(x, y, PROBE_L2);
        float[] w = new float[beta.length - 1];
        for (int j = 0; j < w.length; j++) {
            w[j] = (float) (beta[j] * PROBE_SCALE);
        }
        return new TaskRelativeProbe(w, beta[w.length]);
    }

    /** The threshold t such that at most floor(rate * n) of the values are above t. */
    static double quantileThreshold(List<Double> values, double rate) {
        double[] s = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int k = (int) Math.floor(rate * s.length); // values allowed above
        int idx = s.length - 1 - k;
        return idx < 0 ? s[0] - 1e-9 : s[idx];
    }

    private double[] logits(Halves h, TaskClassifier.Features f, double[][] x) {
        double lex = f.lexical().dot(h.lex(), LEX_FLOOR) + h.lexBias();
        double[] out = new double[5];
        out[0] = lex;
        for (int v = 0; v < 4; v++) {
            out[1 + v] = sem(h, v, x[v]);
        }
        return out;
    }

    private static double sem(Halves h, int v, double[] x) {
        int n = MisuseModel.FEATURES.length;
        double[] w = h.sem()[v];
        double z = w[n];
        for (int i = 0; i < n; i++) {
            z += w[i] * (x[i] - h.mean()[v][i]) / h.sd()[v][i];
        }
        return z;
    }

    private Halves halves(List<Sample> samples, double[][][] x, List<Integer> idx) {
        int n = MisuseModel.FEATURES.length;
        List<Sample> in = idx.stream().map(samples::get).toList();
        double[] y = new double[in.size()];
        for (int i = 0; i < in.size(); i++) {
            y[i] = in.get(i).misuse() ? 1 : 0;
        }
        // lexical: only features that at least LEX_MIN_TASKS of these tasks use
        java.util.Map<Integer, java.util.Set<String>> tasksOf = new java.util.HashMap<>();
        for (Sample s : in) {
            for (int j : s.features().lexical().indexes()) {
                tasksOf.computeIfAbsent(j, k -> new java.util.HashSet<>()).add(s.task());
            }
        }
        boolean[] allowed = new boolean[1 << bits];
        tasksOf.forEach((j, t) -> allowed[j] = t.size() >= LEX_MIN_TASKS);
        List<LexicalFeatures.Vector> lx = in.stream().map(s -> s.features().lexical()).toList();
        float[] w = new float[1 << bits];
        double[] b = {0};
        Logistic.adamSparse(lx, y, w, b, LEX_L2, LEX_ITERATIONS, allowed, LEX_FLOOR);
        // semantic, each input standardised on the training prompts
        double[][] mean = new double[4][n];
        double[][] sd = new double[4][n];
        double[][] sem = new double[4][];
        for (int v = 0; v < 4; v++) {
            for (int i : idx) {
                for (int j = 0; j < n; j++) {
                    mean[v][j] += x[i][v][j] / idx.size();
                }
            }
            for (int i : idx) {
                for (int j = 0; j < n; j++) {
                    double d = x[i][v][j] - mean[v][j];
                    sd[v][j] += d * d / idx.size();
                }
            }
            for (int j = 0; j < n; j++) {
                sd[v][j] = Math.sqrt(sd[v][j]) + 1e-6;
            }
            double[][] xs = new double[idx.size()][n];
            for (int k = 0; k < idx.size(); k++) {
                double[] xi = x[idx.get(k)][v];
                for (int j = 0; j < n; j++) {
                    xs[k][j] = USED[j] ? (xi[j] - mean[v][j]) / sd[v][j] : 0;
                }
            }
            sem[v] = Logistic.newton(xs, y, SEM_L2);
        }
        return new Halves(w, b[0], mean, sd, sem);
    }

    /** Logistic regression: loss = sum of log-losses + l2/2 |w|^2 (the bias not penalised). */
    static final class Logistic {

        /** Newton's method on dense features; returns the weights followed by the bias. */
        static double[] newton(double[][] x, double[] y, double l2) {
            int d = x.length == 0 ? 0 : x[0].length;
            double[] beta = new double[d + 1];
            for (int it = 0; it < 100; it++) {
                double[] g = new double[d + 1];
                double[][] h = new double[d + 1][d + 1];
                for (int i = 0; i < x.length; i++) {
                    double z = beta[d];
                    for (int j = 0; j < d; j++) {
                        z += beta[j] * x[i][j];
                    }
                    double p = MisuseModel.sigmoid(z);
                    double r = p - y[i];
                    double wgt = p * (1 - p);
                    for (int j = 0; j <= d; j++) {
                        double xj = j == d ? 1 : x[i][j];
                        g[j] += r * xj;
                        for (int k = 0; k <= d; k++) {
                            double xk = k == d ? 1 : x[i][k];
                            h[j][k] += wgt * xj * xk;
                        }
                    }
                }
                for (int j = 0; j < d; j++) {
                    g[j] += l2 * beta[j];
                    h[j][j] += l2;
                }
                h[d][d] += 1e-9;
                double[] step = solve(h, g);
                double max = 0;
                for (int j = 0; j <= d; j++) {
                    beta[j] -= step[j];
                    max = Math.max(max, Math.abs(step[j]));
                }
                if (max < 1e-8) {
                    break;
                }
            }
            return beta;
        }

        private static double[] solve(double[][] a0, double[] b0) {
            int n = b0.length;
            double[][] a = new double[n][];
            for (int i = 0; i < n; i++) {
                a[i] = Arrays.copyOf(a0[i], n + 1);
                a[i][n] = b0[i];
            }
            for (int c = 0; c < n; c++) {
                int p = c;
                for (int r = c + 1; r < n; r++) {
                    if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                        p = r;
                    }
                }
                double[] t = a[c];
                a[c] = a[p];
                a[p] = t;
                for (int r = 0; r < n; r++) {
                    if (r != c && a[c][c] != 0) {
                        double f = a[r][c] / a[c][c];
                        for (int k = c; k <= n; k++) {
                            a[r][k] -= f * a[c][k];
                        }
                    }
                }
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = a[i][i] == 0 ? 0 : a[i][n] / a[i][i];
            }
            return x;
        }

        /** Full-batch Adam on sparse unit vectors, in place: w (float weights) and b[0] (bias). */
        static void adamSparse(List<LexicalFeatures.Vector> x, double[] y, float[] w, double[] b, double l2, int iterations,
                               boolean[] allowed, int floor) {
            int d = w.length;
            double[] m = new double[d + 1];
            double[] v = new double[d + 1];
            double[] g = new double[d + 1];
            double lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
            for (int t = 1; t <= iterations; t++) {
                Arrays.fill(g, 0);
                for (int i = 0; i < x.size(); i++) {
                    LexicalFeatures.Vector xi = x.get(i);
                    double value = xi.value() * xi.scale(floor);
                    double r = MisuseModel.sigmoid(xi.dot(w, floor) + b[0]) - y[i];
                    for (int j : xi.indexes()) {
                        if (allowed[j]) {
                            g[j] += r * value;
                        }
                    }
                    g[d] += r;
                }
                double c1 = 1 - Math.pow(b1, t);
                double c2 = 1 - Math.pow(b2, t);
                for (int j = 0; j <= d; j++) {
                    double wj = j == d ? b[0] : w[j];
                    double gj = g[j] + (j == d ? 0 : l2 * wj);
                    if (gj == 0 && m[j] == 0) {
                        continue;
                    }
                    m[j] = b1 * m[j] + (1 - b1) * gj;
                    v[j] = b2 * v[j] + (1 - b2) * gj * gj;
                    double step = lr * (m[j] / c1) / (Math.sqrt(v[j] / c2) + eps);
                    if (j == d) {
                        b[0] -= step;
                    } else {
                        w[j] -= (float) step;
                    }
                }
            }
        }
    }
}
