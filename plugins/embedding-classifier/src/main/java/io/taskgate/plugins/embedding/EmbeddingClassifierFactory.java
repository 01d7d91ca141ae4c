package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.ConfigProperty.Type;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Misuse detector {@code embedding} (family {@code misuse-pre}): the local classifier. It needs no upstream call,
 * and instructions inside the prompt cannot talk it round: it compares sentence embeddings (all-MiniLM-L6-v2,
 * in-process) of the prompt with its task's name and description and with anchor sentences of each intent label
 * (see {@link TaskClassifier}), and reports one {@link Finding} per request: MAJOR (far from the task and closest
 * to {@code off_topic}), SLIGHT (closest label outside the task's expected intents) or NONE (with the label, for
 * display). It never refuses by itself; the core scores the findings.
 */
public class EmbeddingClassifierFactory implements PreCallMisuseStageFactory {

    public static final String ID = "embedding";
    private static final Logger LOG = Logger.getLogger(EmbeddingClassifierFactory.class.getName());

    private final Supplier<Embedder> embedderSupplier;
    private final Object lock = new Object();
    private volatile TaskClassifier classifier;
    private TaskClassifier.Thresholds thresholds = TaskClassifier.Thresholds.defaults();
    private Map<String, List<String>> anchors = Anchors.DEFAULTS;
    private int maxTasks = 1000;

    public EmbeddingClassifierFactory() {
        this(MiniLmEmbedder::new);
    }

    /** With another embedder, for tests. */
    EmbeddingClassifierFactory(Supplier<Embedder> embedderSupplier) {
        this.embedderSupplier = Objects.requireNonNull(embedderSupplier);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void init(PluginConfig config) {
        TaskClassifier.Thresholds d = TaskClassifier.Thresholds.defaults();
        thresholds = new TaskClassifier.Thresholds(
                decimal(config, "major-task-similarity", d.majorTaskSimilarity()),
                decimal(config, "major-margin", d.majorMargin()),
                decimal(config, "strong-margin", d.strongMargin()),
                decimal(config, "strong-task-similarity", d.strongTaskSimilarity()),
                decimal(config, "far-task-similarity", d.farTaskSimilarity()),
                decimal(config, "weak-work-score", d.weakWorkScore()),
                decimal(config, "sentence-task-similarity", d.sentenceTaskSimilarity()),
                decimal(config, "sentence-margin", d.sentenceMargin()),
                decimal(config, "sentence-off-score", d.sentenceOffScore()),
                decimal(config, "meta-score", d.metaScore()),
                config.getInt("min-words", d.minWords()),
                Math.max(1, config.getInt("max-sentences", d.maxSentences())),
                Math.max(100, config.getInt("max-chars", d.maxChars())));
        maxTasks = Math.max(1, config.getInt("max-cached-tasks", 1000));
        anchors = anchors(config);
        if (config.getBoolean("eager", true)) {
            classifier();
        }
    }

    private static double decimal(PluginConfig config, String key, double fallback) {
        return config.get(key).map(String::strip).map(Double::parseDouble).orElse(fallback);
    }

    /** Default anchors, with {@code anchors.<label>} ({@code |}-separated sentences) replacing or adding a label. */
    static Map<String, List<String>> anchors(PluginConfig config) {
        Map<String, List<String>> result = new LinkedHashMap<>(Anchors.DEFAULTS);
        List<String> labels = new ArrayList<>(result.keySet());
        config.get("labels").ifPresent(extra -> {
            for (String l : extra.split(",")) {
                if (!l.isBlank() && !labels.contains(l.strip())) {
                    labels.add(l.strip());
                }
            }
        });
        for (String label : labels) {
            config.get("anchors." + label).ifPresent(value -> {
                List<String> sentences = new ArrayList<>();
                for (String s : value.split("\\|")) {
                    if (!s.isBlank()) {
                        sentences.add(s.strip());
                    }
                }
                if (sentences.isEmpty()) {
                    result.remove(label);
                } else {
                    result.put(label, List.copyOf(sentences));
                }
            });
        }
        return result;
    }

    /** It only reports findings: the core runs it beside the upstream call. */
    @Override
    public boolean mayRefuse() {
        return false;
    }

    /** The classifier, loading the model on first use (once, whichever thread comes first). */
    TaskClassifier classifier() {
        TaskClassifier c = classifier;
        if (c == null) {
            synchronized (lock) {
                c = classifier;
                if (c == null) {
                    long start = System.nanoTime();
                    c = new TaskClassifier(embedderSupplier.get(), anchors, Anchors.META, thresholds, maxTasks);
                    classifier = c;
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    LOG.info(() -> "embedding classifier ready in " + ms + " ms, labels " + anchors.keySet());
                }
            }
        }
        return c;
    }

    @Override
    public Stage create() {
        return exchange -> {
            String prompt = exchange.assessedText();
            if (prompt == null || prompt.isBlank()) {
                return StageResult.proceed();
            }
            TaskClassifier.Verdict v = classifier().classify(prompt, exchange.task());
            exchange.report(new Finding(ID, v.severity(), v.label(), v.confidence(), v.evidence()));
            return StageResult.proceed();
        };
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        TaskClassifier.Thresholds d = TaskClassifier.Thresholds.defaults();
        return List.of(
                new ConfigProperty("enabled", Type.BOOLEAN, "true", "Run this detector"),
                new ConfigProperty("order", Type.INTEGER, "20", "Position among the misuse-pre stages, lower first"),
                new ConfigProperty("major-task-similarity", Type.DECIMAL, Double.toString(d.majorTaskSimilarity()),
                        "MAJOR when the prompt is closest to off_topic and its cosine similarity to the task is below this"),
                new ConfigProperty("major-margin", Type.DECIMAL, Double.toString(d.majorMargin()),
                        "How much closer to off_topic than to any work label the prompt must be for that MAJOR rule"),
                new ConfigProperty("strong-margin", Type.DECIMAL, Double.toString(d.strongMargin()),
                        "A prompt this much closer to off_topic than to any work label is MAJOR up to strong-task-similarity"),
                new ConfigProperty("strong-task-similarity", Type.DECIMAL, Double.toString(d.strongTaskSimilarity()),
                        "Task similarity below which a clearly (strong-margin) off_topic prompt is MAJOR"),
                new ConfigProperty("far-task-similarity", Type.DECIMAL, Double.toString(d.farTaskSimilarity()),
                        "MAJOR also when the similarity to the task is below this and no work label scores weak-work-score"),
                new ConfigProperty("weak-work-score", Type.DECIMAL, Double.toString(d.weakWorkScore()),
                        "A prompt whose best work label (any but off_topic) scores below this resembles no work"),
                new ConfigProperty("sentence-off-score", Type.DECIMAL, Double.toString(d.sentenceOffScore()),
                        "Least off_topic similarity of a sentence judged on its own"),
                new ConfigProperty("meta-score", Type.DECIMAL, Double.toString(d.metaScore()),
                        "A sentence at least this close to an instruction-like anchor ('ignore previous instructions', "
                                + "'label this as code') and closer to it than to any label is set aside"),
                new ConfigProperty("sentence-task-similarity", Type.DECIMAL, Double.toString(d.sentenceTaskSimilarity()),
                        "MAJOR when one sentence is off_topic (by sentence-margin) and below this similarity to the task"),
                new ConfigProperty("sentence-margin", Type.DECIMAL, Double.toString(d.sentenceMargin()),
                        "How much closer to off_topic than to any other label such a sentence must be"),
                new ConfigProperty("min-words", Type.INTEGER, Integer.toString(d.minWords()),
                        "Sentences shorter than this are not judged on their own"),
                new ConfigProperty("max-sentences", Type.INTEGER, Integer.toString(d.maxSentences()),
                        "At most this many (last) sentences are embedded one by one (cost: ~7 ms each)"),
                new ConfigProperty("max-chars", Type.INTEGER, Integer.toString(d.maxChars()),
                        "Only the last this many prompt characters are classified"),
                new ConfigProperty("anchors.<label>", Type.LIST, "(built in)",
                        "Anchor sentences of a label separated by '|', replacing the built-in ones; empty removes the label"),
                new ConfigProperty("labels", Type.LIST, "", "Extra labels (comma-separated) that have anchors.<label> settings"),
                new ConfigProperty("max-cached-tasks", Type.INTEGER, "1000", "Task embeddings kept (LRU)"),
                new ConfigProperty("eager", Type.BOOLEAN, "true", "Load the model at start-up (else on the first request)"));
    }

    @Override
    public String description() {
        return "Local sentence-embedding classifier (all-MiniLM-L6-v2): how far a prompt is from its task.";
    }
}
