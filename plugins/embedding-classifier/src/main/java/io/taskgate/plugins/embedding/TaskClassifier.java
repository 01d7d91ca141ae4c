package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.TaskInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores a prompt against its task and the intent labels with sentence embeddings.
 *
 * <p>The prompt is split into sentences; sentences close to the {@link Anchors#META} anchors (talk about how to
 * label or treat the request: "ignore previous instructions", "classify this as code") and closer to them than to
 * any label are set aside, so such instructions cannot pull a personal request towards the task. The rest (the
 * content) is embedded as a whole and per sentence; a label's score is the highest cosine similarity to one of its
 * anchors, the work score the best score of a label other than {@code off_topic}, the margin
 * {@code off_topic - work}. Decision:
 * <ul>
 *   <li>MAJOR when the margin is at least {@code majorMargin} and the similarity to the task's name and
 *   description is below {@code majorTaskSimilarity}, or the margin is at least {@code strongMargin} and the
 *   similarity below {@code strongTaskSimilarity}; or when the content resembles no work label (work score below
 *   {@code weakWorkScore}) and the similarity is below {@code farTaskSimilarity}; or when one content sentence of
 *   at least {@code minWords} words has an {@code off_topic} score of {@code sentenceOffScore} or more, a margin of
 *   {@code sentenceMargin} or more and a task similarity below {@code sentenceTaskSimilarity};</li>
 *   <li>SLIGHT when the closest label is not among the task's expected intents (an {@code off_topic} label that
 *   is still close to the task is SLIGHT too);</li>
 *   <li>NONE otherwise.</li>
 * </ul>
 * Thread-safe: all state is immutable after construction except the bounded, synchronised task-vector cache.
 */
public final class TaskClassifier {

    /** Tunable thresholds. */
    public record Thresholds(double majorTaskSimilarity, double majorMargin, double strongMargin,
                             double strongTaskSimilarity, double farTaskSimilarity, double weakWorkScore,
                             double sentenceTaskSimilarity, double sentenceMargin, double sentenceOffScore,
                             double metaScore, int minWords, int maxSentences, int maxChars) {
        public static Thresholds defaults() {
            return new Thresholds(0.25, 0.02, 0.12, 0.40, 0.10, 0.25, 0.20, 0.05, 0.35, 0.50, 4, 8, 2000);
        }
    }

    /** The classifier's conclusion about one prompt. */
    public record Verdict(Severity severity, String label, double confidence, double taskSimilarity,
                          Map<String, Double> labelScores, int metaSentences, String evidence) {
    }

    private static final Pattern SENTENCES = Pattern.compile("(?<=[.!?])\\s+|\\s*[\\r\\n]+\\s*|(?<=\\S)\\s+(?=#|//|--)");

    private final Embedder embedder;
    private final Thresholds thresholds;
    private final Map<String, List<float[]>> anchors;
    private final List<float[]> meta;
    private final Map<String, float[]> taskVectors;
    private final int maxTasks;

    public TaskClassifier(Embedder embedder, Map<String, List<String>> anchorTexts, List<String> metaTexts,
                          Thresholds thresholds, int maxTasks) {
        this.embedder = Objects.requireNonNull(embedder);
        this.thresholds = Objects.requireNonNull(thresholds);
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
        this.maxTasks = maxTasks;
        this.taskVectors = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > TaskClassifier.this.maxTasks;
            }
        };
    }

    public TaskClassifier(Embedder embedder, Thresholds thresholds) {
        this(embedder, Anchors.DEFAULTS, Anchors.META, thresholds, 1000);
    }

    public Set<String> labels() {
        return anchors.keySet();
    }

    /** The text a task is compared with: its name and description. */
    static String taskText(TaskInfo task) {
        return task.name() + ". " + task.description();
    }

    float[] taskVector(TaskInfo task) {
        String text = taskText(task);
        String key = task.tenantId() + "\u0000" + task.id() + "\u0000" + text;
        synchronized (taskVectors) {
            float[] v = taskVectors.get(key);
            if (v != null) {
                return v;
            }
        }
        float[] v = embedder.embed(text);
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

    /** Splits a prompt into sentences (and lines), dropping empty ones. */
    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCES.split(text)) {
            String t = s.strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
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

    private static String top(Map<String, Double> scores) {
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double offMargin(Map<String, Double> scores) {
        double off = scores.get(Anchors.OFF_TOPIC);
        double other = scores.entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .mapToDouble(Map.Entry::getValue).max().orElse(-1);
        return off - other;
    }

    private double metaScore(float[] v) {
        double best = -1;
        for (float[] m : meta) {
            best = Math.max(best, Embedder.cosine(v, m));
        }
        return best;
    }

    public Verdict classify(String prompt, TaskInfo task) {
        Thresholds t = thresholds;
        String text = prompt.length() > t.maxChars() ? prompt.substring(prompt.length() - t.maxChars()) : prompt;
        float[] taskVector = taskVector(task);
        List<String> sentences = sentences(text);
        if (sentences.size() > t.maxSentences()) {
            sentences = sentences.subList(sentences.size() - t.maxSentences(), sentences.size());
        }
        List<String> batch = new ArrayList<>();
        batch.add(text);
        if (sentences.size() > 1) {
            batch.addAll(sentences);
        }
        List<float[]> vectors = embedder.embedAll(batch);
        float[] whole = vectors.get(0);

        List<String> content = new ArrayList<>();
        List<float[]> contentVectors = new ArrayList<>();
        int metaSentences = 0;
        for (int i = 1; i < vectors.size(); i++) {
            float[] v = vectors.get(i);
            Map<String, Double> s = scores(v);
            double m = meta.isEmpty() ? -1 : metaScore(v);
            if (m >= t.metaScore() && m > s.get(top(s))) {
                metaSentences++;
            } else {
                content.add(sentences.get(i - 1));
                contentVectors.add(v);
            }
        }
        float[] contentVector = whole;
        if (metaSentences > 0 && !content.isEmpty()) {
            contentVector = contentVectors.size() == 1 ? contentVectors.get(0) : embedder.embed(String.join(" ", content));
        }
        Map<String, Double> scores = scores(contentVector);
        String label = top(scores);
        double taskSim = Embedder.cosine(contentVector, taskVector);

        String offSentence = null;
        double offSentenceSim = 0;
        double offSentenceMargin = 0;
        if (contentVectors.size() > 1) {
            for (int i = 0; i < contentVectors.size(); i++) {
                if (words(content.get(i)) < t.minWords()) {
                    continue;
                }
                Map<String, Double> s = scores(contentVectors.get(i));
                double margin = offMargin(s);
                double sim = Embedder.cosine(contentVectors.get(i), taskVector);
                if (margin >= t.sentenceMargin() && s.get(Anchors.OFF_TOPIC) >= t.sentenceOffScore()
                        && sim < t.sentenceTaskSimilarity()
                        && (offSentence == null || margin > offSentenceMargin)) {
                    offSentence = content.get(i);
                    offSentenceSim = sim;
                    offSentenceMargin = margin;
                }
            }
        }

        Severity severity;
        StringBuilder evidence = new StringBuilder();
        String metaNote = metaSentences > 0 ? "; set aside " + metaSentences + " instruction-like sentence"
                + (metaSentences > 1 ? "s" : "") : "";
        Set<String> expected = task.expectedIntents();
        double margin = offMargin(scores);
        if ((margin >= t.majorMargin() && taskSim < t.majorTaskSimilarity())
                || (margin >= t.strongMargin() && taskSim < t.strongTaskSimilarity())) {
            severity = Severity.MAJOR;
            evidence.append("closest to off_topic ").append(fmt(scores.get(label))).append(" vs ")
                    .append(runnerUp(scores)).append("; similarity to task ").append(fmt(taskSim)).append(" < ")
                    .append(fmt(margin >= t.strongMargin() ? t.strongTaskSimilarity() : t.majorTaskSimilarity()));
        } else if (taskSim < t.farTaskSimilarity() && workScore(scores) < t.weakWorkScore()) {
            severity = Severity.MAJOR;
            label = Anchors.OFF_TOPIC;
            evidence.append("like no work label (best ").append(runnerUp(scores)).append(" < ")
                    .append(fmt(t.weakWorkScore())).append(") and similarity to task ").append(fmt(taskSim))
                    .append(" < ").append(fmt(t.farTaskSimilarity()));
        } else if (offSentence != null) {
            severity = Severity.MAJOR;
            label = Anchors.OFF_TOPIC;
            evidence.append("a sentence of ").append(words(offSentence)).append(" words is off_topic by ")
                    .append(fmt(offSentenceMargin)).append(" with similarity to task ").append(fmt(offSentenceSim))
                    .append(" < ").append(fmt(t.sentenceTaskSimilarity())).append(" (whole prompt: ").append(top(scores))
                    .append(", task ").append(fmt(taskSim)).append(')');
        } else if (!expected.isEmpty() && !expected.contains(label)) {
            severity = Severity.SLIGHT;
            evidence.append("closest label ").append(label).append(' ').append(fmt(scores.get(label)))
                    .append(" is not among the task's ").append(String.join(",", expected.stream().sorted().toList()))
                    .append("; similarity to task ").append(fmt(taskSim));
        } else {
            severity = Severity.NONE;
            evidence.append("closest label ").append(label).append(' ').append(fmt(scores.get(label)))
                    .append("; similarity to task ").append(fmt(taskSim));
        }
        evidence.append(metaNote);
        return new Verdict(severity, label, confidence(scores, label), taskSim, scores, metaSentences, evidence.toString());
    }

    private static double workScore(Map<String, Double> scores) {
        return scores.entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .mapToDouble(Map.Entry::getValue).max().orElse(-1);
    }

    private static String runnerUp(Map<String, Double> scores) {
        return scores.entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .max(Map.Entry.comparingByValue()).map(e -> e.getKey() + " " + fmt(e.getValue())).orElse("-");
    }

    /** Softmax probability of the label among all labels (temperature 0.05), for display. */
    private static double confidence(Map<String, Double> scores, String label) {
        double sum = 0;
        double mine = 0;
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            double x = Math.exp(e.getValue() / 0.05);
            sum += x;
            if (e.getKey().equals(label)) {
                mine = x;
            }
        }
        double c = sum == 0 ? 0 : mine / sum;
        return Double.isFinite(c) ? Math.max(0, Math.min(1, c)) : 0;
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
