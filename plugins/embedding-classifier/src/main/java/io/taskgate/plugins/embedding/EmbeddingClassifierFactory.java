package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.ConfigProperty.Type;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Misuse detector {@code embedding} (family {@code misuse-pre}): the local classifier. It needs no upstream call,
 * and instructions inside the prompt cannot talk it round: a fitted model ({@link MisuseModel}) reads the prompt's
 * words and its similarities (a static embedding first, all-MiniLM-L6-v2 in-process where that does not settle it)
 * to its task's name, description and example requests and to anchor sentences (see {@link TaskClassifier}), and
 * reports one {@link Finding} per request: MAJOR (misuse), SLIGHT (possibly) or NONE (with the closest label, for
 * display). It never refuses by itself; the core scores the findings.
 */
public class EmbeddingClassifierFactory implements PreCallMisuseStageFactory {

    public static final String ID = "embedding";
    private static final Logger LOG = Logger.getLogger(EmbeddingClassifierFactory.class.getName());

    private final Supplier<Embedder> embedderSupplier;
    private Supplier<Embedder> cheapSupplier = StaticEmbedder::shipped;
    private final Object lock = new Object();
    private volatile TaskClassifier classifier;
    private TaskClassifier.Settings settings = TaskClassifier.Settings.defaults();
    private Map<String, List<String>> anchors = Anchors.DEFAULTS;
    private Map<String, List<String>> examples = Map.of();
    /** {@code parts}: whether the parts of a prompt ({@link PromptParts}) are judged alone too. */
    private boolean parts = true;
    private Supplier<MisuseModel> modelSupplier = MisuseModel::shipped;

    public EmbeddingClassifierFactory() {
        this(OnnxEmbedder::new);
    }

    /** With another embedder, for tests. */
    EmbeddingClassifierFactory(Supplier<Embedder> embedderSupplier) {
        this.embedderSupplier = Objects.requireNonNull(embedderSupplier);
    }

    /** With another embedder and model, for tests. */
    EmbeddingClassifierFactory(Supplier<Embedder> embedderSupplier, Supplier<MisuseModel> modelSupplier) {
        this(embedderSupplier);
        this.modelSupplier = Objects.requireNonNull(modelSupplier);
    }

    /** With another embedder, first-pass embedder and model, for tests. */
    EmbeddingClassifierFactory(Supplier<Embedder> embedderSupplier, Supplier<Embedder> cheapSupplier,
                               Supplier<MisuseModel> modelSupplier) {
        this(embedderSupplier, modelSupplier);
        this.cheapSupplier = Objects.requireNonNull(cheapSupplier);
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
        TaskClassifier.Settings d = TaskClassifier.Settings.defaults();
        settings = new TaskClassifier.Settings(
                Math.max(100, config.getInt("max-chars", d.maxChars())),
                Math.max(1, config.getInt("max-cached-tasks", d.maxTasks())),
                Math.max(0, config.getInt("max-cached-verdicts", d.maxCachedVerdicts())),
                config.getBoolean("slight-outside-intents", d.slightOutsideIntents()),
                decimal(config, "major-offset", d.majorOffset()),
                config.getBoolean("first-pass", d.firstPass()),
                config.getBoolean("foreign-organisation", d.foreignOrganisation()));
        anchors = anchors(config);
        examples = examples(config);
        parts = config.getBoolean("parts", true);
        if (config.getBoolean("eager", true)) {
            classifier();
        }
    }

    /** {@code examples.<task-id>}: the owner's example requests of a task, separated by '|'. */
    static Map<String, List<String>> examples(PluginConfig config) {
        Map<String, List<String>> result = new java.util.HashMap<>();
        config.get("example-tasks").ifPresent(ids -> {
            for (String id : ids.split(",")) {
                if (id.isBlank()) {
                    continue;
                }
                config.get("examples." + id.strip()).ifPresent(value -> {
                    List<String> list = new ArrayList<>();
                    for (String s : value.split("\\|")) {
                        if (!s.isBlank()) {
                            list.add(s.strip());
                        }
                    }
                    result.put(id.strip(), List.copyOf(list));
                });
            }
        });
        return Map.copyOf(result);
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
                    Map<String, List<String>> ex = examples;
                    c = new TaskClassifier(embedderSupplier.get(), settings.firstPass() ? cheapSupplier.get() : null,
                            anchors, Anchors.META, modelSupplier.get(), settings,
                            task -> ex.getOrDefault(task.id(), task.examples()));
                    classifier = c;
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    LOG.info(() -> "embedding classifier ready in " + ms + " ms, labels " + anchors.keySet()
                            + ", first-pass kernels " + Kernels.active().name());
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
            exchange.report(verdict(prompt, exchange.userTurnText(), exchange.task()));
            return StageResult.proceed();
        };
    }

    /**
     * The finding on a chat: the more severe of the newest user turn alone and the turn with the chat's system and
     * tool messages ({@code assessed}). A tool's long system prompt must not make a personal request read like work,
     * and a request hidden in a system or tool message must still be read (the held-out evaluation's "sent by a tool"
     * lines). The turn alone goes first: when it is MAJOR, nothing can be more severe.
     */
    private Finding verdict(String assessed, String turn, TaskInfo task) {
        boolean both = turn != null && !turn.isBlank() && !turn.strip().equals(assessed.strip());
        TaskClassifier.Verdict alone = both ? classifier().classify(turn, task) : null;
        TaskClassifier.Verdict v = alone != null && alone.severity() == Severity.MAJOR ? alone
                : classifier().classify(assessed, task);
        Finding whole;
        if (alone != null && (v == alone || alone.severity().ordinal() > v.severity().ordinal())) {
            whole = new Finding(ID, alone.severity(), alone.label(), alone.confidence(),
                    "the newest user turn alone: " + alone.evidence());
        } else {
            whole = new Finding(ID, v.severity(), v.label(), v.confidence(), v.evidence());
        }
        return whole.severity() == Severity.MAJOR || !parts ? whole
                : partAlone(classifier(), partsOf(assessed, turn), task).orElse(whole);
    }

    /**
     * The parts to judge alone: every kind in the newest user turn (what the contractor wrote), only the encoded ones
     * in the chat's system and tool messages (a tool's system prompt addresses the model and numbers its rules).
     */
    static List<PromptParts.Part> partsOf(String assessed, String turn) {
        if (turn == null || turn.isBlank() || turn.strip().equals(assessed.strip())) {
            return PromptParts.of(assessed);
        }
        List<PromptParts.Part> parts = new ArrayList<>(PromptParts.of(turn));
        for (PromptParts.Part p : PromptParts.encoded(assessed)) {
            if (parts.size() < PromptParts.MAX_PARTS && parts.stream().noneMatch(q -> q.text().equals(p.text()))) {
                parts.add(p);
            }
        }
        return parts;
    }

    /**
     * The first of a prompt's parts ({@link #partsOf}: a decoded payload, a note to the model, a numbered request, the
     * request after a turn word) that {@code classifier} finds MAJOR alone.
     * A part's SLIGHT does not count: a part is short and read without the rest, and says little below MAJOR. The
     * evidence names the part, not its text: a tenant that keeps no prompts keeps none in evidence either. The held-out
     * evaluation's agreement check calls it too.
     */
    static Optional<Finding> partAlone(TaskClassifier classifier, List<PromptParts.Part> parts, TaskInfo task) {
        for (PromptParts.Part part : parts) {
            TaskClassifier.Verdict p = classifier.classify(part.text(), task);
            if (p.severity() == Severity.MAJOR) {
                return Optional.of(new Finding(ID, p.severity(), p.label(), p.confidence(),
                        part.kind() + " alone: " + p.evidence()));
            }
        }
        return Optional.empty();
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        TaskClassifier.Settings d = TaskClassifier.Settings.defaults();
        return List.of(
                new ConfigProperty("enabled", Type.BOOLEAN, "true", "Run this detector"),
                new ConfigProperty("order", Type.INTEGER, "20", "Position among the misuse-pre stages, lower first"),
                new ConfigProperty("major-offset", Type.DECIMAL, Double.toString(d.majorOffset()),
                        "Added to the fitted MAJOR threshold on the misuse log-odds: positive fewer MAJOR findings "
                                + "(fewer false alarms, less misuse caught), negative more"),
                new ConfigProperty("first-pass", Type.BOOLEAN, Boolean.toString(d.firstPass()),
                        "Settle clearly on-task prompts by their words and a static embedding (microseconds) and run "
                                + "the embedding model only on the others; false: every prompt is embedded"),
                new ConfigProperty("foreign-organisation", Type.BOOLEAN, Boolean.toString(d.foreignOrganisation()),
                        "A prompt the model finds suspect (SLIGHT) that names an organisation the task's name, description "
                                + "and example requests never name ('for the Meridian Physio booking API') is a MAJOR; alone, "
                                + "at the model's confidence, a weak one"),
                new ConfigProperty("slight-outside-intents", Type.BOOLEAN, Boolean.toString(d.slightOutsideIntents()),
                        "Also report SLIGHT when the closest work label is outside the task's expected intents"),
                new ConfigProperty("example-tasks", Type.LIST, "", "Tasks (comma-separated ids) that have examples.<task-id>"),
                new ConfigProperty("examples.<task-id>", Type.LIST, "",
                        "Example requests of a task separated by '|', in place of the ones its owner gave through the admin API (a task's \"examples\")"),
                new ConfigProperty("parts", Type.BOOLEAN, "true",
                        "Also judge alone the parts of a prompt that the whole would dilute (decoded base64, hex or ROT13 text, "
                                + "a note addressed to the model, two or three numbered requests, the request after a turn word such as "
                                + "'also', 'btw' or 'unrelated'); a part counts when it is MAJOR"),
                new ConfigProperty("max-chars", Type.INTEGER, Integer.toString(d.maxChars()),
                        "A longer prompt is classified by its first and last max-chars/2 characters (one embedding)"),
                new ConfigProperty("anchors.<label>", Type.LIST, "(built in)",
                        "Anchor sentences of a label separated by '|', replacing the built-in ones; empty removes the label"),
                new ConfigProperty("labels", Type.LIST, "", "Extra labels (comma-separated) that have anchors.<label> settings"),
                new ConfigProperty("max-cached-tasks", Type.INTEGER, Integer.toString(d.maxTasks()), "Task embeddings kept (LRU)"),
                new ConfigProperty("max-cached-verdicts", Type.INTEGER, Integer.toString(d.maxCachedVerdicts()),
                        "Verdicts kept by a hash of tenant, task and prompt (LRU): an identical prompt is not embedded again; 0 turns it off"),
                new ConfigProperty("eager", Type.BOOLEAN, "true", "Load the model at start-up (else on the first request)"));
    }

    @Override
    public String description() {
        return "Local sentence-embedding classifier (e5-small-v2): how far a prompt is from its task.";
    }
}
