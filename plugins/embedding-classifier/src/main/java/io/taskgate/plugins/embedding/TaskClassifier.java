package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores a prompt against its task with one sentence embedding and its words ({@link MisuseModel}).
 *
 * <p>Cost: a prompt is embedded <b>once</b>, and only its first and last {@code maxChars / 2} characters (a prompt
 * longer than {@code maxChars} is cut to those, so the model sees at most one window of tokens). The verdict is
 * kept in a bounded LRU cache keyed by the tenant, the task, the task's text and examples and a SHA-256 hash of the
 * embedded text: an identical prompt on the same task is not embedded again. The task's own texts (name and
 * description, name, example requests) are embedded once per task and kept in another bounded cache.
 *
 * <p>Decision: the combined misuse log-odds {@code z} of the lexical and the semantic model ({@link MisuseModel});
 * MAJOR above the model's {@code major} threshold (label {@code off_topic}), SLIGHT above its {@code slight}
 * threshold, and, when {@code slightOutsideIntents} is set, SLIGHT also when the closest anchor label is a work label
 * outside the task's expected intents; NONE otherwise. Thread-safe.
 */
public final class TaskClassifier {

    /** Settings that are not fitted. */
    public record Settings(int maxChars, int maxTasks, int maxCachedVerdicts, boolean slightOutsideIntents,
                           double majorOffset) {
        public static Settings defaults() {
            return new Settings(1000, 1000, 10_000, false, 0);
        }
    }

    /** The classifier's conclusion about one prompt. */
    public record Verdict(Severity severity, String label, double confidence, double misuseProbability,
                          double taskSimilarity, Map<String, Double> labelScores, String evidence) {
    }

    /** What the decision reads of one prompt (computed with one embedding). */
    public record Features(double[] semantic, double[] semanticWithoutExamples, boolean examples, String label,
                           Map<String, Double> labelScores, LexicalFeatures.Vector lexical) {
    }

    private record TaskVectors(float[] task, float[] name, List<float[]> examples) {
    }

    private final Embedder embedder;
    private final MisuseModel model;
    private final Settings settings;
    private final Function<TaskInfo, List<String>> examples;
    private final Map<String, List<float[]>> anchors;
    private final List<float[]> meta;
    private final Map<String, TaskVectors> taskVectors;
    private final Map<String, Verdict> verdicts;

    public TaskClassifier(Embedder embedder, Map<String, List<String>> anchorTexts, List<String> metaTexts,
                          MisuseModel model, Settings settings, Function<TaskInfo, List<String>> examples) {
        this.embedder = Objects.requireNonNull(embedder);
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        this.examples = Objects.requireNonNull(examples);
        if (!anchorTexts.containsKey(Anchors.OFF_TOPIC)) {
            throw new IllegalArgumentException("the anchors need an off_topic label");
        }
        Map<String, List<float[]>> vectors = new LinkedHashMap<>();
        anchorTexts.forEach((label, texts) -> {
            if (!texts.isEmpty()) {
                vectors.put(label, List.copyOf(embedder.embedAll(texts)));
            }
        });
        this.anchors = java.util.Collections.unmodifiableMap(vectors);
        this.meta = metaTexts.isEmpty() ? List.of() : List.copyOf(embedder.embedAll(metaTexts));
        this.taskVectors = lru(Math.max(1, settings.maxTasks()));
        this.verdicts = lru(Math.max(0, settings.maxCachedVerdicts()));
    }

    public TaskClassifier(Embedder embedder, MisuseModel model) {
        this(embedder, Anchors.DEFAULTS, Anchors.META, model, Settings.defaults(), t -> List.of());
    }

    private static <V> Map<String, V> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > max;
            }
        };
    }

    public java.util.Set<String> labels() {
        return anchors.keySet();
    }

    /** The text a task is compared with: its name and description. */
    static String taskText(TaskInfo task) {
        return task.name() + ". " + task.description();
    }

    /** At most {@code maxChars} characters: the prompt, or its beginning and its end. */
    static String capped(String prompt, int maxChars) {
        if (prompt.length() <= maxChars) {
            return prompt;
        }
        int half = maxChars / 2;
        int head = half;
        int tail = prompt.length() - half;
        if (Character.isHighSurrogate(prompt.charAt(head - 1))) {
            head--;
        }
        if (Character.isLowSurrogate(prompt.charAt(tail))) {
            tail++;
        }
        return prompt.substring(0, head) + "\n...\n" + prompt.substring(tail);
    }

    private String taskKey(TaskInfo task, List<String> examples) {
        return task.tenantId() + "\u0000" + task.id() + "\u0000" + taskText(task) + "\u0000" + String.join("\u0001", examples);
    }

    private TaskVectors taskVectors(TaskInfo task, List<String> examples) {
        String key = taskKey(task, examples);
        synchronized (taskVectors) {
            TaskVectors v = taskVectors.get(key);
            if (v != null) {
                return v;
            }
        }
        List<String> texts = new ArrayList<>();
        texts.add(taskText(task));
        texts.add(task.name());
        texts.addAll(examples);
        List<float[]> vectors = embedder.embedAll(texts);
        TaskVectors v = new TaskVectors(vectors.get(0), vectors.get(1), List.copyOf(vectors.subList(2, vectors.size())));
        synchronized (taskVectors) {
            taskVectors.put(key, v);
        }
        return v;
    }

    int cachedTasks() {
        synchronized (taskVectors) {
            return taskVectors.size();
        }
    }

    int cachedVerdicts() {
        synchronized (verdicts) {
            return verdicts.size();
        }
    }

    private Map<String, Double> scores(float[] v) {
        Map<String, Double> scores = new LinkedHashMap<>();
        anchors.forEach((label, list) -> {
            double best = -1;
            for (float[] a : list) {
                best = Math.max(best, Embedder.cosine(v, a));
            }
            scores.put(label, best);
        });
        return scores;
    }

    private static double[] sortedDesc(float[] v, List<float[]> others) {
        double[] s = new double[others.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Embedder.cosine(v, others.get(i));
        }
        Arrays.sort(s);
        for (int i = 0, j = s.length - 1; i < j; i++, j--) {
            double x = s[i];
            s[i] = s[j];
            s[j] = x;
        }
        return s;
    }

    private static double meanOfTop(double[] desc, int k) {
        int n = Math.min(k, desc.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += desc[i];
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Embeds the (capped) prompt once and computes what the decision reads. */
    public Features features(String prompt, TaskInfo task) {
        String text = capped(prompt, settings.maxChars());
        return features(text, embedder.embed(text), task);
    }

    private Features features(String text, float[] v, TaskInfo task) {
        List<String> ex = examples.apply(task);
        ex = ex == null ? List.of() : ex;
        TaskVectors tv = taskVectors(task, ex);
        Map<String, Double> scores = scores(v);
        double[] off = sortedDesc(v, anchors.get(Anchors.OFF_TOPIC));
        double work = scores.entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .mapToDouble(Map.Entry::getValue).max().orElse(-1);
        double metaScore = meta.isEmpty() ? -1 : sortedDesc(v, meta)[0];
        double st = Embedder.cosine(v, tv.task());
        double sn = Embedder.cosine(v, tv.name());
        LexicalFeatures.Vector lexical = LexicalFeatures.of(text, model.bits());
        double[] without = {st, sn, st, st, st, off[0], meanOfTop(off, 3), work, metaScore};
        double[] with = without.clone();
        if (!tv.examples().isEmpty()) {
            double[] se = sortedDesc(v, tv.examples());
            with[2] = se[0];
            with[3] = meanOfTop(se, 3);
            with[4] = meanOfTop(se, se.length);
        }
        String label = scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return new Features(with, without, !tv.examples().isEmpty(), label, scores, lexical);
    }

    /** The combined misuse log-odds of {@code f} under {@code m}. */
    public static double misuseLogit(Features f, MisuseModel m) {
        MisuseModel.Variant v = m.variant(f.examples());
        double sem = v.semanticLogit(f.examples() ? f.semantic() : f.semanticWithoutExamples());
        return v.combine(m.lexicalLogit(f.lexical()), sem);
    }

    /** The decision on precomputed features. */
    public static Verdict decide(Features f, MisuseModel m, Settings s, Set<String> expectedIntents) {
        MisuseModel.Variant v = m.variant(f.examples());
        double lex = m.lexicalLogit(f.lexical());
        double sem = v.semanticLogit(f.examples() ? f.semantic() : f.semanticWithoutExamples());
        double z = v.combine(lex, sem);
        double p = MisuseModel.sigmoid(z);
        double major = v.major() + s.majorOffset();
        double taskSim = f.semantic()[0];
        String label = f.label();
        Severity severity;
        String why;
        if (z > major) {
            severity = Severity.MAJOR;
            label = Anchors.OFF_TOPIC;
            why = "misuse log-odds " + fmt(z) + " > " + fmt(major);
        } else if (z > v.slight()) {
            severity = Severity.SLIGHT;
            why = "misuse log-odds " + fmt(z) + " > " + fmt(v.slight()) + " (major at " + fmt(major) + ")";
        } else if (s.slightOutsideIntents() && !label.equals(Anchors.OFF_TOPIC) && !expectedIntents.isEmpty()
                && !expectedIntents.contains(label)) {
            severity = Severity.SLIGHT;
            why = "closest label " + label + " is not among the task's "
                    + String.join(",", expectedIntents.stream().sorted().toList());
        } else {
            severity = Severity.NONE;
            why = "misuse log-odds " + fmt(z) + " <= " + fmt(v.slight());
        }
        String evidence = why + "; p(misuse) " + fmt(p) + " (words " + fmt(MisuseModel.sigmoid(lex)) + ", meaning "
                + fmt(MisuseModel.sigmoid(sem)) + "); similarity to task " + fmt(taskSim)
                + (f.examples() ? ", best example " + fmt(f.semantic()[2]) : ", no example requests")
                + ", off_topic " + fmt(f.semantic()[5]) + ", instruction-like " + fmt(f.semantic()[8])
                + "; closest label " + f.label();
        double confidence = severity == Severity.NONE ? 1 - p : p;
        return new Verdict(severity, label, clamp01(confidence), p, taskSim, f.labelScores(), evidence);
    }

    public Verdict classify(String prompt, TaskInfo task) {
        String text = capped(prompt, settings.maxChars());
        List<String> ex = examples.apply(task);
        String key = sha256(taskKey(task, ex == null ? List.of() : ex) + "\u0000" + text);
        if (settings.maxCachedVerdicts() > 0) {
            synchronized (verdicts) {
                Verdict cached = verdicts.get(key);
                if (cached != null) {
                    return cached;
                }
            }
        }
        Features f = features(text, embedder.embed(text), task);
        Verdict verdict = decide(f, model, settings, task.expectedIntents());
        if (settings.maxCachedVerdicts() > 0) {
            synchronized (verdicts) {
                verdicts.put(key, verdict);
            }
        }
        return verdict;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double clamp01(double d) {
        return Double.isFinite(d) ? Math.max(0, Math.min(1, d)) : 0;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
