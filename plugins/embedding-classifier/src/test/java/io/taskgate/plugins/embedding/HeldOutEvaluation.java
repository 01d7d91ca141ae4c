package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.testing.TestExchange;
import io.taskgate.plugins.keywords.KeywordDetectorFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Leave-writers-out evaluation over the held-out set {@code eval/heldout/} ({@link HeldOutSet}): the embedding
 * classifier ({@link TaskClassifier} with a {@link MisuseModel}) alone and with the keyword detector's default rules.
 *
 * <ol>
 *   <li>The tasks (56, by 12 writers) are split into 4 folds of 14 that keep each writer's tasks together
 *   ({@link #writerFolds}; fixed seed; -Dbench.folds=tasks: leave-tasks-out, tasks of the same kind in different
 *   folds, {@link #taskFolds}). For
 *   each fold, a {@link MisuseModel} (lexical and semantic regressions, their combination, the MAJOR threshold at <= 0.9%
 *   of on-task prompts flagged ({@link #MAX_FALSE_ALARM_RATE}) and the SLIGHT threshold at <= 5%) is fitted by {@link MisuseModelTrainer} on the other
 *   folds' tasks only (the combination and thresholds on out-of-fold scores within those), then the fold's held-out
 *   tasks are scored with it. Every figure reported as held-out is pooled over the four folds' held-out tasks.</li>
 *   <li>Every prompt is embedded once ({@link TaskClassifier#features}: words, static embedding, the model's
 *   embedding; kept on disk by {@link CachingEmbedder}); the decision, one pass or two, is re-applied for each fold's
 *   model. The two-pass decision is checked against {@link TaskClassifier#classify} with the same model, which also
 *   measures the CPU per prompt.</li>
 *   <li>Members are simulated on each task with the gateway's scoring rule ({@link GatewayScoring}).</li>
 * </ol>
 * With {@code examples}: the owner's 8 example requests of each task ({@code examples/}) are compared with the
 * prompt too; without: only the task's name and description (what a task without configured examples gets).
 */
final class HeldOutEvaluation {

    static final long SEED = 20_261_201L;
    static final int FOLDS = 4;
    /** -Dbench.folds=tasks: leave-tasks-out folds balanced by kind, even where the set names its writers. */
    static final String FOLDS_BY = System.getProperty("bench.folds", "writers");
    /**
     * The classifier's MAJOR threshold flags at most this share of the training tasks' on-task prompts: 0.9%, so that
     * the local detectors together stay within issue 14's 1%. The keyword rules flag about 0.1% of on-task prompts
     * (5 of 5,545 on the 152 held-out tasks), and the classifier's threshold at 1% alone left the two at 1.1%.
     */
    static final double MAX_FALSE_ALARM_RATE = Double.parseDouble(System.getProperty("bench.fa-rate", "0.009"));
    static final double SLIGHT_RATE = Double.parseDouble(System.getProperty("bench.slight-rate", "0.05"));
    /** -Dbench.heldout.shipped=true: score every task with the shipped model instead of the folds' models (a test of
     * what ships, on a set it was not fitted on, e.g. tasks written after it). */
    static final boolean SHIPPED = Boolean.getBoolean("bench.heldout.shipped");
    /** {@code -Dbench.foreign-organisation=false}: the classifier without its organisation check, for comparison. */
    static final boolean FOREIGN_ORGANISATION = !"false".equals(System.getProperty("bench.foreign-organisation"));
    static final int BITS = 16;

    /** Member simulation: requests every 15 minutes over an 8-hour working day, 16 hours' break overnight. */
    static final int REQUESTS_PER_MEMBER = 100;
    static final int REQUESTS_PER_DAY = 32;
    static final Duration REQUEST_GAP = Duration.ofMinutes(15);

    /** One prompt with everything computed once. */
    record Item(int index, HeldOutSet.Prompt prompt, HeldOutSet.Task task, TaskClassifier.Features features,
                Severity keyword, String keywordLabel, List<TaskClassifier.Features> parts) {
        String category() {
            return prompt.category();
        }
    }

    /** A decision set-up. */
    record Setup(String name, boolean keywords, boolean examples) {
    }

    static final Setup CLF_EX = new Setup("classifier, with task examples", false, true);
    static final Setup CLF_NOEX = new Setup("classifier, no task examples", false, false);
    static final Setup KW_EX = new Setup("classifier + keywords, with examples", true, true);
    static final Setup KW_NOEX = new Setup("classifier + keywords, no examples", true, false);
    /** As shipped: the first pass settles clear cases, the model decides the rest. */
    static final Setup TWO_EX = new Setup("two-pass classifier + keywords, examples", true, true);
    static final Setup TWO_NOEX = new Setup("two-pass classifier + keywords, no examples", true, false);
    static final List<Setup> SETUPS = List.of(CLF_EX, CLF_NOEX, KW_EX, KW_NOEX, TWO_EX, TWO_NOEX);

    static boolean twoPass(Setup s) {
        return s == TWO_EX || s == TWO_NOEX;
    }
    // the per-task member table shows these two
    static final Setup CLF_FITTED = CLF_EX;
    static final Setup KW_FITTED = TWO_EX;

    private final StringBuilder out = new StringBuilder();
    private final boolean echo;

    /** @param echo print the report on standard output as well */
    HeldOutEvaluation(boolean echo) {
        this.echo = echo;
    }

    String report() {
        return out.toString();
    }

    private void println(String s) {
        printf("%s%n", s);
    }

    private void printf(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        if (echo) {
            System.out.print(s);
        }
        out.append(s);
    }

    /** Whether a prompt's parts ({@link PromptParts}) are judged alone too, as the plugin does: {@code -Dbench.parts}. */
    static final boolean PARTS = Boolean.parseBoolean(System.getProperty("bench.parts", "true"));

    private static TaskClassifier.Verdict verdict(TaskClassifier.Features features, Setup s, MisuseModel m,
                                                  TaskClassifier.Settings settings, Item it) {
        TaskClassifier.Features f = s.examples() ? features : features.withoutExamples();
        return twoPass(s) && TaskClassifier.settles(f, m)
                ? TaskClassifier.settledVerdict(f, m, settings, it.task().info().expectedIntents())
                : TaskClassifier.decide(f, m, settings, it.task().info().expectedIntents());
    }

    /** The embedding models compared: {@code -Dbench.models} (default e5,q); the first is reported in full. */
    static List<String> models() {
        return Arrays.stream(System.getProperty("bench.models", "e5,q").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The model's embeddings, kept on disk between runs ({@code target/embedding-cache-<model>.bin}). */
    static CachingEmbedder cachedEmbedder(String model) {
        return new CachingEmbedder(() -> embedder(model), moduleTarget().resolve("embedding-cache-" + model + "-ht" + window(model) + ".bin"));
    }

    /**
     * The bench's short names: e5 (shipped), q (all-MiniLM-L6-v2, 8-bit, shipped before), fp32 (its full precision),
     * bge (bge-small-en-v1.5, 8-bit).
     */
    static SentenceModel sentenceModel(String model) {
        return switch (model) {
            case "e5" -> SentenceModel.E5_SMALL_V2_Q;
            case "q" -> SentenceModel.ALL_MINILM_L6_V2_Q;
            case "fp32" -> SentenceModel.ALL_MINILM_L6_V2;
            case "bge" -> SentenceModel.BGE_SMALL_EN_V15_Q;
            default -> throw new IllegalArgumentException("unknown embedding model " + model + " (e5, q, fp32, bge)");
        };
    }

    /** The window of tokens each prompt is cut to: {@code -Dbench.window}, by default the model's own. */
    static int window(String model) {
        return Integer.getInteger("bench.window", sentenceModel(model).window());
    }

    static Embedder embedder(String model) {
        return new OnnxEmbedder(sentenceModel(model), window(model));
    }

    static void run(Path dir) throws IOException {
        HeldOutEvaluation e = new HeldOutEvaluation(true);
        List<String> models = models();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            CachingEmbedder cached = cachedEmbedder(models.get(i));
            summaries.add(e.evaluate(dir, models.get(i), cached, moduleTarget(), i == 0));
            cached.save();
        }
        e.println("");
        e.println("Embedding models side by side (the same folds as above, held-out tasks; flagged = MAJOR; cost = one "
                + "capped embedding per prompt, this machine):");
        for (String s : summaries) {
            e.println(s);
        }
        Files.createDirectories(moduleTarget());
        Files.writeString(moduleTarget().resolve("heldout-report.txt"), e.out.toString(), StandardCharsets.UTF_8);
        System.out.println("report: " + moduleTarget().resolve("heldout-report.txt").toAbsolutePath());
    }

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : System.getProperty("bench.heldout", "eval/heldout");
        run(HeldOutSet.locate(path).orElseThrow(() -> new IllegalStateException("no held-out set at " + path)));
    }

    /** A classifier whose model is only a placeholder: for {@link TaskClassifier#features}. */
    static TaskClassifier featureExtractor(Embedder embedder, HeldOutSet set) {
        return featureExtractor(embedder, t -> set.tasks().containsKey(t.id()) ? set.tasks().get(t.id()).examples() : List.of());
    }

    /** The same, with each task's example requests as {@code examples} gives them. */
    static TaskClassifier featureExtractor(Embedder embedder, Function<TaskInfo, List<String>> examples) {
        int n = MisuseModel.FEATURES.length;
        MisuseModel.Variant zero = new MisuseModel.Variant(new double[n], ones(n), new double[n], 0, 1, 1, 0, 0, 0, 0);
        MisuseModel placeholder = new MisuseModel("-", BITS, 1, new float[1 << BITS], 0, zero, zero, zero, zero,
                PromptBank.empty(), PromptBank.empty(), TaskRelativeProbe.none(), TaskRelativeProbe.none(),
                MisuseModelTrainer.SKIP_TASK_WORDS);
        return new TaskClassifier(embedder, StaticEmbedder.shipped(), Anchors.DEFAULTS, Anchors.META, placeholder,
                new TaskClassifier.Settings(TaskClassifier.Settings.defaults().maxChars(), 1000, 0, false, 0, false, FOREIGN_ORGANISATION),
                examples);
    }

    private static double[] ones(int n) {
        double[] d = new double[n];
        Arrays.fill(d, 1);
        return d;
    }

    /** Fits the model shipped with the plugin on all tasks of the set (the 4 folds as groups) and writes it. */
    static MisuseModel fitOnAll(Path dir, String embeddingModel, Embedder embedder, Path file) throws IOException {
        HeldOutSet set = HeldOutSet.load(dir);
        TaskClassifier fx = featureExtractor(embedder, set);
        Map<String, Integer> foldOf = foldOf(folds(new ArrayList<>(set.tasks().values())));
        List<MisuseModelTrainer.Sample> samples = new ArrayList<>();
        for (HeldOutSet.Prompt p : set.prompts()) {
            HeldOutSet.Task task = set.tasks().get(p.task());
            samples.add(new MisuseModelTrainer.Sample(fx.features(p.prompt(), task.info()), p.misuse(),
                    p.category().equals("on_task"), foldOf.get(task.id()), task.id()));
        }
        samples.addAll(GenericRequests.samples(fx, new ArrayList<>(set.tasks().values()), t -> foldOf.get(t.id())));
        if (embedder instanceof CachingEmbedder c) {
            c.save();
        }
        MisuseModel m = new MisuseModelTrainer(embeddingModel, BITS, MAX_FALSE_ALARM_RATE, SLIGHT_RATE).fit(samples);
        try (OutputStream o = Files.newOutputStream(file)) {
            m.write(o);
        }
        return m;
    }

    static Map<String, Integer> foldOf(List<List<HeldOutSet.Task>> folds) {
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < folds.size(); i++) {
            for (HeldOutSet.Task task : folds.get(i)) {
                foldOf.put(task.id(), i);
            }
        }
        return foldOf;
    }

    /** Old cost: the whole prompt (last 2,000 characters) and each of up to 8 sentences, as before this change. */
    static List<String> oldTexts(String prompt) {
        String text = prompt.length() > 2000 ? prompt.substring(prompt.length() - 2000) : prompt;
        List<String> sentences = new ArrayList<>();
        for (String s : text.split("(?<=[.!?])\\s+|\\s*[\\r\\n]+\\s*|(?<=\\S)\\s+(?=#|//|--)")) {
            if (!s.strip().isEmpty()) {
                sentences.add(s.strip());
            }
        }
        if (sentences.size() > 8) {
            sentences = sentences.subList(sentences.size() - 8, sentences.size());
        }
        List<String> batch = new ArrayList<>();
        batch.add(text);
        if (sentences.size() > 1) {
            batch.addAll(sentences);
        }
        return batch;
    }

    /**
     * Evaluates with one embedding model; the full report when {@code full}, else only the prompt-level rows.
     * Returns a one-line summary for the side-by-side comparison.
     */
    String evaluate(Path dir, String modelName, Embedder model, Path target, boolean full) throws IOException {
        long t0 = System.nanoTime();
        HeldOutSet set = HeldOutSet.load(dir);
        List<HeldOutSet.Task> tasks = new ArrayList<>(set.tasks().values());
        TaskClassifier fx = featureExtractor(model, set);

        List<Item> items = new ArrayList<>();
        KeywordDetectorFactory keywordFactory = new KeywordDetectorFactory();
        // no patterns set: the plugin's default rules, as the gateway ships it; a generous matching time limit, so that
        // a busy machine cannot turn a match into a timeout here
        keywordFactory.init(key -> key.equals("timeout-ms") ? java.util.Optional.of("10000") : java.util.Optional.empty());
        Stage keywords = keywordFactory.create();
        for (HeldOutSet.Prompt p : set.prompts()) {
            HeldOutSet.Task task = set.tasks().get(p.task());
            TaskClassifier.Features f = fx.features(p.prompt(), task.info());
            TestExchange kw = new TestExchange(task.info(), p.prompt());
            keywords.apply(kw);
            Finding k = kw.findings().isEmpty() ? null : kw.findings().get(0);
            List<TaskClassifier.Features> parts = new ArrayList<>();
            if (PARTS) {
                for (PromptParts.Part part : PromptParts.of(p.prompt())) {
                    parts.add(fx.features(part.text(), task.info()));
                }
            }
            items.add(new Item(items.size(), p, task, f, k == null ? Severity.NONE : k.severity(), k == null ? null : k.label(),
                    parts));
        }

        List<List<HeldOutSet.Task>> folds = folds(tasks);
        Map<String, Integer> foldOf = foldOf(folds);
        MisuseModelTrainer trainer = new MisuseModelTrainer(modelName, BITS, MAX_FALSE_ALARM_RATE, SLIGHT_RATE);
        MisuseModel[] perFold = new MisuseModel[FOLDS];
        double[] innerRecall = new double[FOLDS];
        for (int fold = 0; fold < FOLDS; fold++) {
            if (SHIPPED) {
                perFold[fold] = MisuseModel.shipped();
                innerRecall[fold] = Double.NaN;
                continue;
            }
            int heldOut = fold;
            List<MisuseModelTrainer.Sample> training = new ArrayList<>();
            for (Item it : items) {
                int f = foldOf.get(it.task().id());
                if (f != heldOut) {
                    training.add(new MisuseModelTrainer.Sample(it.features(), it.prompt().misuse(),
                            it.category().equals("on_task"), f, it.task().id()));
                }
            }
            training.addAll(GenericRequests.samples(fx, tasks.stream().filter(t -> foldOf.get(t.id()) != heldOut).toList(),
                    t -> foldOf.get(t.id())));
            perFold[fold] = trainer.fit(training);
            innerRecall[fold] = trainer.innerRecall;
        }
        if (System.getProperty("bench.examples-z") != null) {
            exampleLogOdds(tasks, model, perFold, foldOf, Path.of(System.getProperty("bench.examples-z")));
        }
        TaskClassifier.Settings d = TaskClassifier.Settings.defaults();
        TaskClassifier.Settings settings = new TaskClassifier.Settings(d.maxChars(), d.maxTasks(), d.maxCachedVerdicts(),
                d.slightOutsideIntents(), d.majorOffset(), d.firstPass(), FOREIGN_ORGANISATION);
        Map<Setup, Severity[]> sev = new LinkedHashMap<>();
        Map<Setup, double[]> prob = new LinkedHashMap<>();
        for (Setup s : SETUPS) {
            Severity[] v = new Severity[items.size()];
            double[] p = new double[items.size()];
            for (Item it : items) {
                MisuseModel m = perFold[foldOf.get(it.task().id())];
                TaskClassifier.Verdict verdict = verdict(it.features(), s, m, settings, it);
                // as the plugin does: a part alone counts only when it is MAJOR (a SLIGHT part says little)
                for (int i = 0; i < it.parts().size() && verdict.severity() != Severity.MAJOR; i++) {
                    TaskClassifier.Verdict alone = verdict(it.parts().get(i), s, m, settings, it);
                    verdict = alone.severity() == Severity.MAJOR ? alone : verdict;
                }
                v[it.index()] = verdict.severity();
                p[it.index()] = verdict.misuseProbability();
            }
            sev.put(s, v);
            prob.put(s, p);
        }
        // cost and agreement: TaskClassifier.classify as the plugin runs it (the real model, the first pass on, no
        // verdict cache), each held-out task with its fold's model, CPU time of the calling thread (ONNX Runtime runs
        // on it); then the same with the first pass off, over the first 300 prompts
        Cost cost = Boolean.parseBoolean(System.getProperty("bench.cost", "true"))
                ? cost(set, items, perFold, foldOf, model instanceof CachingEmbedder c ? c.model() : model, settings, sev.get(TWO_EX))
                : null;
        String summary = String.format(Locale.ROOT, "  %-5s %s; %s", modelName, summaryCells(items, sev),
                cost == null ? "cost not measured" : cost.line());
        if (!full) {
            return summary;
        }

        long onTask = count(items, it -> it.category().equals("on_task"));
        println("");
        println("=== Held-out evaluation: " + (byWriter(tasks) ? "leave-writers-out (each writer's tasks in one fold)"
                : "leave-tasks-out") + ", " + FOLDS + " folds, " + tasks.size() + " tasks ("
                + set.dir().getFileName() + ", " + items.size() + " prompts: " + onTask + " on_task, "
                + count(items, it -> it.category().equals("slightly_off")) + " slightly_off, "
                + count(items, it -> it.prompt().misuse()) + " misuse); embedding model " + modelName + " ===");
        println(cost == null ? "cost: not measured (-Dbench.cost=false)" : "cost, this machine (CPU time of the calling thread): " + cost.line());
        if (cost != null) {
            printf("TaskClassifier.classify (two passes, no verdict cache) agrees with the re-applied two-pass decision on %d of %d prompts%n",
                    cost.agree(), items.size());
        }
        printf("first pass (words + static embedding): settles %s of on-task prompts, %s of all prompts, %s of misuse prompts "
                + "(held-out, each task with its fold's model, with examples)%n",
                settledShare(items, perFold, foldOf, "on_task"), settledShare(items, perFold, foldOf, "all"),
                settledShare(items, perFold, foldOf, "misuse"));
        printf("model choice criterion (training tasks only, out-of-group within each fold's %d tasks, at <= %s on-task "
                + "flagged): misuse recall %.3f (folds %s)%n", tasks.size() - folds.get(0).size(), percent(MAX_FALSE_ALARM_RATE),
                Arrays.stream(innerRecall).average().orElse(0),
                Arrays.toString(Arrays.stream(innerRecall).map(r -> Math.round(r * 1000) / 1000.0).toArray()));
        printf("short generic on-task requests on the demo tasks (EvalSet.GENERIC_ON_TASK, %d) flagged MAJOR by the "
                + "fold models: %s%n", EvalSet.GENERIC_ON_TASK.size(), genericFlags(model, perFold, settings));
        println("keyword detector: the plugin's default rules (default-rules.txt, no patterns set), as shipped");
        if (SHIPPED) {
            println("classifier: THE SHIPPED MODEL (" + MisuseModel.RESOURCE + ") for every task, nothing fitted here "
                    + "(-Dbench.heldout.shipped=true): a held-out figure only for tasks the shipped model was not "
                    + "fitted on, i.e. a set other than the one FitShippedModel read; the fold rows below mean nothing");
        } else {
            println("classifier: per fold, MisuseModelTrainer on the " + (tasks.size() - folds.get(0).size())
                    + " other tasks (lexical + semantic logistic regressions, "
                    + "combined; MAJOR threshold at <= " + percent(MAX_FALSE_ALARM_RATE) + " on-task flagged, SLIGHT at <= "
                    + percent(SLIGHT_RATE) + ", both on out-of-fold scores "
                    + "of the training tasks); nothing is fitted on the scored tasks");
        }
        println("");
        println("Folds (seed " + SEED + "):");
        for (int i = 0; i < folds.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (HeldOutSet.Task task : folds.get(i)) {
                b.append(b.length() == 0 ? "" : ", ").append(task.id()).append(" (").append(task.kind())
                        .append(task.writer().equals(task.id()) ? "" : ", " + task.writer()).append(')');
            }
            printf("  fold %d: %s%n", i + 1, b);
        }
        println("");
        println("Fitted per fold (on its " + (tasks.size() - folds.get(0).size()) + " training tasks): MAJOR / SLIGHT "
                + "thresholds on the misuse log-odds, weights of the "
                + "words and the meaning in the combination (with examples | without):");
        for (int fold = 0; fold < FOLDS; fold++) {
            MisuseModel.Variant a = perFold[fold].variant(true);
            MisuseModel.Variant b = perFold[fold].variant(false);
            printf("  fold %d: major %.2f slight %.2f words %.2f meaning %.2f | major %.2f slight %.2f words %.2f meaning %.2f%n",
                    fold + 1, a.major(), a.slight(), a.aLex(), a.aSem(), b.major(), b.slight(), b.aLex(), b.aSem());
        }

        println("");
        println("Prompt level, HELD-OUT tasks only (pooled over the 4 folds; flagged = a MAJOR finding):");
        printf("  %-42s %-15s %-13s %-14s %-15s %-15s %-15s %-15s%n", "set-up", "on-task FA", "on-task SLIGHT",
                "slight-off flg", "misuse recall", "personal", "other_client", "injection");
        for (Setup s : SETUPS) {
            row(s, items, sev.get(s));
        }
        Severity[] none = new Severity[items.size()];
        Arrays.fill(none, Severity.NONE);
        row(new Setup("keywords alone (default rules)", true, false), items, none);
        toolChats(dir, fx, keywords, items, sev.get(TWO_EX), perFold, foldOf, settings);
        if (modelName.equals("q")) {
            // the shipped model was fitted on all the tasks: these rows are in-sample, for reference only
            MisuseModel shipped;
            try {
                shipped = MisuseModel.shipped();
            } catch (RuntimeException e) {
                shipped = null;
                println("  (the shipped model could not be read: " + e.getMessage() + ")");
            }
            for (boolean ex : shipped == null ? new boolean[0] : new boolean[]{true, false}) {
                MisuseModel sm = shipped;
                Severity[] v = new Severity[items.size()];
                for (Item it : items) {
                    v[it.index()] = TaskClassifier.decide(ex ? it.features() : it.features().withoutExamples(), sm,
                            settings, it.task().info().expectedIntents()).severity();
                }
                row(new Setup("IN-SAMPLE shipped model +kw, " + (ex ? "examples" : "no examples"), true, ex), items, v);
            }
            if (shipped != null) printf("  (IN-SAMPLE rows: the shipped %s was fitted on all the tasks, major/slight %.2f/%.2f with examples, "
                    + "%.2f/%.2f without; not a result)%n", MisuseModel.RESOURCE, shipped.variant(true).major(),
                    shipped.variant(true).slight(), shipped.variant(false).major(), shipped.variant(false).slight());
        }

        println("");
        println("Per task kind, held-out (FA = on-task prompts flagged MAJOR; recall = misuse prompts flagged MAJOR;");
        println("  each cell: no examples -> with examples; per-category columns: classifier + keywords, with examples):");
        printf("  %-19s %2s %-15s %-15s %-15s %-15s %-9s %-9s %-9s%n", "kind", "n", "FA clf", "FA clf+kw",
                "recall clf", "recall clf+kw", "personal", "other_cl", "inject");
        Map<String, List<Item>> byKind = new TreeMap<>();
        for (Item it : items) {
            byKind.computeIfAbsent(it.task().kind(), k -> new ArrayList<>()).add(it);
        }
        for (Map.Entry<String, List<Item>> e : byKind.entrySet()) {
            List<Item> k = e.getValue();
            long nTasks = k.stream().map(it -> it.task().id()).distinct().count();
            printf("  %-19s %2d %-15s %-15s %-15s %-15s %-9s %-9s %-9s%n", e.getKey(), nTasks,
                    arrow(k, sev, CLF_NOEX, CLF_EX, "on_task"), arrow(k, sev, KW_NOEX, KW_EX, "on_task"),
                    arrow(k, sev, CLF_NOEX, CLF_EX, "misuse"), arrow(k, sev, KW_NOEX, KW_EX, "misuse"),
                    count(k, sev.get(KW_EX), true, "personal"), count(k, sev.get(KW_EX), true, "other_client"),
                    count(k, sev.get(KW_EX), true, "injection"));
        }

        simulate(tasks, items, sev, prob, foldOf);

        Files.createDirectories(target);
        writeResults(items, sev, prob, foldOf, target.resolve("heldout-results.csv"));
        if (echo) {
            System.out.println("per-prompt verdicts: " + target.resolve("heldout-results.csv").toAbsolutePath());
            System.out.printf(Locale.ROOT, "held-out evaluation (%s) took %d ms%n", modelName, (System.nanoTime() - t0) / 1_000_000);
        }
        return summary;
    }

    /**
     * Each task's example requests scored against the task with the other examples (leave one out), by the model of
     * the task's fold: task,fold,example,logit.
     */
    private static void exampleLogOdds(List<HeldOutSet.Task> tasks, Embedder embedder, MisuseModel[] perFold,
                                       Map<String, Integer> foldOf, Path file) throws IOException {
        StringBuilder b = new StringBuilder("task,fold,example,logit\n");
        Map<String, List<String>> others = new HashMap<>();
        TaskClassifier loo = featureExtractor(embedder, t -> others.getOrDefault(t.id(), List.of()));
        for (HeldOutSet.Task task : tasks) {
            TaskInfo info = task.info();
            MisuseModel m = perFold[foldOf.get(task.id())];
            for (int i = 0; i < task.examples().size(); i++) {
                List<String> rest = new ArrayList<>(task.examples());
                String example = rest.remove(i);
                String id = task.id() + "#without-" + i;
                others.put(id, rest);
                TaskInfo without = new TaskInfo(id, info.tenantId(), info.name(), info.description(), info.open(),
                        info.expectedIntents());
                double z = TaskClassifier.misuseLogit(loo.features(example, without), m);
                b.append(task.id()).append(',').append(foldOf.get(task.id()) + 1).append(',').append(i).append(',')
                        .append(String.format(Locale.ROOT, "%.4f", z)).append('\n');
            }
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** CPU per prompt: two passes (all prompts), the model on every prompt (the first 300). */
    record Cost(double twoPassMs, double modelMs, double settledMs, double passedOnMs, double embeddedShare, int agree) {
        String line() {
            return String.format(Locale.ROOT, "%.2f ms per prompt with the first pass (%.0f%% of prompts embedded; a "
                    + "prompt the first pass settles %.2f ms, one it passes on %.2f ms), %.2f ms with every prompt embedded",
                    twoPassMs, 100 * embeddedShare, settledMs, passedOnMs, modelMs);
        }
    }

    private static Cost cost(HeldOutSet set, List<Item> items, MisuseModel[] perFold, Map<String, Integer> foldOf,
                             Embedder raw, TaskClassifier.Settings settings, Severity[] expected) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        StaticEmbedder cheap = StaticEmbedder.shipped();
        TaskClassifier.Settings noCache = new TaskClassifier.Settings(settings.maxChars(), settings.maxTasks(), 0,
                settings.slightOutsideIntents(), settings.majorOffset(), true, settings.foreignOrganisation());
        TaskClassifier.Settings noFirstPass = new TaskClassifier.Settings(settings.maxChars(), settings.maxTasks(), 0,
                settings.slightOutsideIntents(), settings.majorOffset(), false, settings.foreignOrganisation());
        TaskClassifier[] two = new TaskClassifier[FOLDS];
        TaskClassifier[] one = new TaskClassifier[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            two[f] = new TaskClassifier(raw, cheap, Anchors.DEFAULTS, Anchors.META, perFold[f], noCache,
                    t -> set.tasks().get(t.id()).examples());
            one[f] = new TaskClassifier(raw, null, Anchors.DEFAULTS, Anchors.META, perFold[f], noFirstPass,
                    t -> set.tasks().get(t.id()).examples());
        }
        for (Item it : items) { // task texts embedded and code warmed up outside the timed calls
            two[foldOf.get(it.task().id())].classify("warm up " + it.task().id(), it.task().info());
            one[foldOf.get(it.task().id())].classify("warm up " + it.task().id(), it.task().info());
        }
        long twoNanos = 0, oneNanos = 0, settledNanos = 0;
        int agree = 0, embedded = 0;
        for (Item it : items) {
            int f = foldOf.get(it.task().id());
            long s = cpu.getCurrentThreadCpuTime();
            TaskClassifier.Verdict v = two[f].classify(it.prompt().prompt(), it.task().info());
            Severity severity = v.severity();
            // the parts alone, with the plugin's own code: only when the whole is not MAJOR
            if (PARTS && severity != Severity.MAJOR && EmbeddingClassifierFactory.partAlone(two[f],
                    EmbeddingClassifierFactory.partsOf(it.prompt().prompt(), null), it.task().info()).isPresent()) {
                severity = Severity.MAJOR;
            }
            long spent = cpu.getCurrentThreadCpuTime() - s;
            twoNanos += spent;
            settledNanos += v.settled() ? spent : 0;
            agree += severity == expected[it.index()] ? 1 : 0;
            embedded += v.settled() ? 0 : 1;
        }
        int n = Math.min(300, items.size());
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            long s = cpu.getCurrentThreadCpuTime();
            one[foldOf.get(it.task().id())].classify(it.prompt().prompt(), it.task().info());
            oneNanos += cpu.getCurrentThreadCpuTime() - s;
        }
        int settled = items.size() - embedded;
        return new Cost(twoNanos / 1e6 / items.size(), oneNanos / 1e6 / n, settled == 0 ? 0 : settledNanos / 1e6 / settled,
                embedded == 0 ? 0 : (twoNanos - settledNanos) / 1e6 / embedded, (double) embedded / items.size(), agree);
    }

    private static String settledShare(List<Item> items, MisuseModel[] perFold, Map<String, Integer> foldOf, String category) {
        int n = 0, settled = 0;
        for (Item it : items) {
            if (category.equals("all") || in(it, category)) {
                n++;
                settled += TaskClassifier.settles(it.features(), perFold[foldOf.get(it.task().id())]) ? 1 : 0;
            }
        }
        return frac(settled, n);
    }

    /** MAJOR findings per fold model on the short generic on-task requests of the demo tasks (with their examples). */
    private static String genericFlags(Embedder model, MisuseModel[] perFold, TaskClassifier.Settings settings) {
        TaskClassifier fx = new TaskClassifier(model, StaticEmbedder.shipped(), Anchors.DEFAULTS, Anchors.META, perFold[0],
                settings, t -> EvalSet.DEMO_EXAMPLES.getOrDefault(t.id(), List.of()));
        List<String> cells = new ArrayList<>();
        List<String> flaggedPrompts = new ArrayList<>();
        for (int f = 0; f < perFold.length; f++) {
            int n = 0;
            for (Map.Entry<String, String> e : EvalSet.GENERIC_ON_TASK) {
                TaskInfo task = EvalSet.TASKS.get(e.getKey());
                TaskClassifier.Features x = fx.features(e.getValue(), task);
                boolean major = !TaskClassifier.settles(x, perFold[f])
                        && TaskClassifier.decide(x, perFold[f], settings, task.expectedIntents()).severity() == Severity.MAJOR;
                n += major ? 1 : 0;
                if (major && f == 0) {
                    flaggedPrompts.add(e.getValue());
                }
            }
            cells.add(Integer.toString(n));
        }
        return String.join(", ", cells) + (flaggedPrompts.isEmpty() ? "" : " (fold 1: " + flaggedPrompts + ")");
    }

    private static String summaryCells(List<Item> items, Map<Setup, Severity[]> sev) {
        StringBuilder b = new StringBuilder();
        for (Setup s : List.of(CLF_EX, KW_EX, CLF_NOEX)) {
            int[] fa = tally(items, sev.get(s), s.keywords(), "on_task");
            int[] rec = tally(items, sev.get(s), s.keywords(), "misuse");
            b.append(b.length() == 0 ? "" : "; ").append(s.name()).append(": FA ").append(fa[0]).append('/').append(fa[1])
                    .append(String.format(Locale.ROOT, " recall %.3f", (double) rec[0] / rec[1]));
        }
        return b.toString();
    }

    // ---------------------------------------------------------------------------------------------- folds

    /**
     * The folds the evaluation uses: {@link #writerFolds} where the set names writers of several tasks (its
     * {@code writers.csv}) and -Dbench.folds is not {@code tasks}, else {@link #taskFolds}. A writer's tasks share
     * their writer's habits (how misuse is phrased, which languages, which pastes): with them on both sides of a
     * split, a model learns the writer, and the figure no longer predicts tasks that someone else writes.
     */
    static List<List<HeldOutSet.Task>> folds(List<HeldOutSet.Task> tasks) {
        return byWriter(tasks) ? writerFolds(tasks) : taskFolds(tasks);
    }

    /** Whether {@link #folds} keeps each writer's tasks together. */
    static boolean byWriter(List<HeldOutSet.Task> tasks) {
        return !"tasks".equals(FOLDS_BY) && tasks.stream().map(HeldOutSet.Task::writer).distinct().count() < tasks.size();
    }

    /**
     * Leave-writers-out: every writer's tasks in one fold. The writers, shuffled with {@link #SEED}, larger ones first,
     * each into the fold with the fewest tasks (lowest index on a tie).
     */
    static List<List<HeldOutSet.Task>> writerFolds(List<HeldOutSet.Task> tasks) {
        Map<String, List<HeldOutSet.Task>> byWriter = new LinkedHashMap<>();
        for (HeldOutSet.Task t : tasks) {
            byWriter.computeIfAbsent(t.writer(), w -> new ArrayList<>()).add(t);
        }
        List<List<HeldOutSet.Task>> groups = new ArrayList<>(byWriter.values());
        Collections.shuffle(groups, new Random(SEED));
        groups.sort((a, b) -> b.size() - a.size()); // stable
        List<List<HeldOutSet.Task>> folds = new ArrayList<>();
        for (int i = 0; i < FOLDS; i++) {
            folds.add(new ArrayList<>());
        }
        for (List<HeldOutSet.Task> group : groups) {
            List<HeldOutSet.Task> smallest = folds.get(0);
            for (List<HeldOutSet.Task> f : folds) {
                if (f.size() < smallest.size()) {
                    smallest = f;
                }
            }
            smallest.addAll(group);
        }
        return folds;
    }

    /**
     * Leave-tasks-out: the tasks in {@link #FOLDS} folds of equal size: shuffled with {@link #SEED}, then kinds with
     * several tasks first, each task into the smallest fold (lowest index on a tie) that has no task of its kind yet.
     */
    static List<List<HeldOutSet.Task>> taskFolds(List<HeldOutSet.Task> tasks) {
        List<HeldOutSet.Task> shuffled = new ArrayList<>(tasks);
        Collections.shuffle(shuffled, new Random(SEED));
        Map<String, List<HeldOutSet.Task>> byKind = new LinkedHashMap<>();
        for (HeldOutSet.Task t : shuffled) {
            byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
        }
        List<List<HeldOutSet.Task>> groups = new ArrayList<>(byKind.values());
        groups.sort((a, b) -> b.size() - a.size()); // stable
        int size = (tasks.size() + FOLDS - 1) / FOLDS;
        List<List<HeldOutSet.Task>> folds = new ArrayList<>();
        for (int i = 0; i < FOLDS; i++) {
            folds.add(new ArrayList<>());
        }
        for (List<HeldOutSet.Task> group : groups) {
            for (HeldOutSet.Task t : group) {
                int best = -1;
                for (int i = 0; i < FOLDS; i++) {
                    List<HeldOutSet.Task> f = folds.get(i);
                    boolean kindThere = f.stream().anyMatch(x -> x.kind().equals(t.kind()));
                    if (f.size() >= size) {
                        continue;
                    }
                    if (best < 0) {
                        best = i;
                        continue;
                    }
                    boolean bestKindThere = folds.get(best).stream().anyMatch(x -> x.kind().equals(t.kind()));
                    if ((bestKindThere && !kindThere)
                            || (bestKindThere == kindThere && f.size() < folds.get(best).size())) {
                        best = i;
                    }
                }
                folds.get(best).add(t);
            }
        }
        return folds;
    }

    /**
     * On-task prompts as a coding or chat tool sends them: the gateway assesses a chat's newest user turn followed by
     * its system messages ({@code PromptText.newTurn}), and a tool sends its system prompt with every request. Each
     * held-out on-task prompt is followed by one of the tools' system prompts of {@code eval/heldout/tools} (written
     * without sight of the detector; none is trained on), drawn with a fixed seed, and decided as shipped (two passes
     * + keywords, with examples, its fold's model); then the misuse prompts the same way (a misuser's tool sends its
     * system prompt too).
     */
    private void toolChats(Path dir, TaskClassifier fx, Stage keywords, List<Item> items, Severity[] alone,
                           MisuseModel[] perFold, Map<String, Integer> foldOf, TaskClassifier.Settings settings)
            throws IOException {
        Path file = dir.resolve("tools/system-prompts.csv");
        if (!Files.exists(file)) {
            return;
        }
        List<List<String>> rows = HeldOutSet.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String[]> tools = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            tools.add(new String[]{row.get(0), row.get(2)});
        }
        Random draw = new Random(SEED);
        int n = 0, major = 0, slight = 0, majorAlone = 0, slightAlone = 0;
        int misuse = 0, caught = 0, caughtAlone = 0, caughtBefore = 0, majorBefore = 0;
        Map<String, int[]> perTool = new TreeMap<>();
        for (Item it : items) {
            boolean onTask = it.category().equals("on_task");
            if (!onTask && !it.prompt().misuse()) {
                continue;
            }
            String[] tool = tools.get(draw.nextInt(tools.size()));
            String text = it.prompt().prompt() + "\n" + tool[1];
            TaskClassifier.Features f = fx.features(text, it.task().info());
            MisuseModel m = perFold[foldOf.get(it.task().id())];
            Severity c = TaskClassifier.settles(f, m)
                    ? TaskClassifier.settledVerdict(f, m, settings, it.task().info().expectedIntents()).severity()
                    : TaskClassifier.decide(f, m, settings, it.task().info().expectedIntents()).severity();
            TestExchange kw = new TestExchange(it.task().info(), text);
            keywords.apply(kw);
            boolean kwMajor = kw.findings().stream().anyMatch(x -> x.severity() == Severity.MAJOR);
            boolean before = c == Severity.MAJOR || kwMajor; // the combined text only, as the plugin read it before
            // as the plugin reads a chat now: the more severe of the turn with the system prompt and the turn alone
            Severity turnAlone = alone[it.index()];
            if (turnAlone.ordinal() > c.ordinal()) {
                c = turnAlone;
            }
            boolean flagged = c == Severity.MAJOR || kwMajor;
            if (!onTask) {
                misuse++;
                caughtBefore += before ? 1 : 0;
                caught += flagged ? 1 : 0;
                caughtAlone += flagged(alone[it.index()], it, true) ? 1 : 0;
                continue;
            }
            n++;
            majorBefore += before ? 1 : 0;
            major += flagged ? 1 : 0;
            slight += !flagged && c == Severity.SLIGHT ? 1 : 0;
            majorAlone += flagged(alone[it.index()], it, true) ? 1 : 0;
            slightAlone += !flagged(alone[it.index()], it, true) && alone[it.index()] == Severity.SLIGHT ? 1 : 0;
            int[] t = perTool.computeIfAbsent(tool[0], k -> new int[3]);
            t[0]++;
            t[1] += before ? 1 : 0;
            t[2] += !flagged && c == Severity.SLIGHT ? 1 : 0;
        }
        printf("  on-task prompts sent by a tool (the newest turn, then one of %d tools' system prompts, eval/heldout/tools; "
                + "two passes + keywords, with examples; the more severe of the turn with the system prompt and the turn "
                + "alone, as the plugin reads a chat): flagged %s, SLIGHT %s; reading the turn with the system prompt only "
                + "(before): flagged %s; the same prompts alone: flagged %s, SLIGHT %s%n", tools.size(), frac(major, n),
                frac(slight, n), frac(majorBefore, n), frac(majorAlone, n), frac(slightAlone, n));
        printf("  misuse prompts sent by a tool (the same way): flagged %s; reading the turn with the system prompt only "
                + "(before): %s; the same prompts alone: %s%n", frac(caught, misuse), frac(caughtBefore, misuse),
                frac(caughtAlone, misuse));
        StringBuilder b = new StringBuilder("    per tool (on-task prompts, flagged reading the turn with the system "
                + "prompt, SLIGHT):");
        perTool.forEach((id, t) -> b.append(' ').append(id).append(' ').append(t[0]).append('/').append(t[1]).append('/')
                .append(t[2]));
        println(b.toString());
    }

    static boolean flagged(Severity classifier, Item it, boolean keywords) {
        return classifier == Severity.MAJOR || (keywords && it.keyword() == Severity.MAJOR);
    }

    // ---------------------------------------------------------------------------------------------- tables

    private void row(Setup s, List<Item> items, Severity[] sev) {
        printf("  %-42s %-15s %-13s %-14s %-15s %-15s %-15s %-15s%n", s.name(),
                cell(items, sev, s.keywords(), "on_task"), slightCell(items, sev),
                cell(items, sev, s.keywords(), "slightly_off"), cell(items, sev, s.keywords(), "misuse"),
                cell(items, sev, s.keywords(), "personal"), cell(items, sev, s.keywords(), "other_client"),
                cell(items, sev, s.keywords(), "injection"));
    }

    private static boolean in(Item it, String category) {
        return category.equals("misuse") ? it.prompt().misuse() : it.category().equals(category);
    }

    private static int[] tally(List<Item> items, Severity[] sev, boolean keywords, String category) {
        int hit = 0, n = 0;
        for (Item it : items) {
            if (in(it, category)) {
                n++;
                hit += flagged(sev[it.index()], it, keywords) ? 1 : 0;
            }
        }
        return new int[]{hit, n};
    }

    private static String cell(List<Item> items, Severity[] sev, boolean keywords, String category) {
        int[] c = tally(items, sev, keywords, category);
        return c[1] == 0 ? "-" : frac(c[0], c[1]);
    }

    private static String count(List<Item> items, Severity[] sev, boolean keywords, String category) {
        int[] c = tally(items, sev, keywords, category);
        return c[0] + "/" + c[1];
    }

    /** On-task prompts with a SLIGHT and no MAJOR finding (they feed the score up to the slight ceiling). */
    private static String slightCell(List<Item> items, Severity[] sev) {
        int hit = 0, n = 0;
        for (Item it : items) {
            if (it.category().equals("on_task")) {
                n++;
                hit += sev[it.index()] == Severity.SLIGHT ? 1 : 0;
            }
        }
        return pct(hit, n);
    }

    private static String arrow(List<Item> items, Map<Setup, Severity[]> sev, Setup a, Setup b, String category) {
        int[] x = tally(items, sev.get(a), a.keywords(), category);
        int[] y = tally(items, sev.get(b), b.keywords(), category);
        return x[0] + "->" + y[0] + "/" + x[1];
    }

    static String frac(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%d/%d %.1f%%", a, b, 100.0 * a / b);
    }

    static String pct(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%d %.1f%%", a, 100.0 * a / b);
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    // ---------------------------------------------------------------------------------------------- members

    /** A simulated member: the prompts (item indexes) they send, in order. */
    record Member(String task, String role, int[] requests) {
    }

    /** What happened to one member under one set-up. */
    record MemberOutcome(boolean blocked, int blockedAt, int misuseSentBeforeBlock, double peak) {
    }

    private void simulate(List<HeldOutSet.Task> tasks, List<Item> items, Map<Setup, Severity[]> sev,
                          Map<Setup, double[]> prob, Map<String, Integer> foldOf) {
        List<String> roles = new ArrayList<>(List.of("honest-1", "honest-2", "drifter"));
        for (String c : HeldOutSet.MISUSE_CATEGORIES) {
            roles.add("misuser:" + c);
        }
        for (String c : HeldOutSet.MISUSE_CATEGORIES) { // after the others: their draws stay as they were
            roles.add("pure:" + c);
        }
        // the same members (same prompts in the same order) under every set-up
        List<Member> members = new ArrayList<>();
        for (int ti = 0; ti < tasks.size(); ti++) {
            HeldOutSet.Task task = tasks.get(ti);
            Map<String, int[]> pool = new HashMap<>();
            for (String c : List.of("on_task", "slightly_off", "personal", "other_client", "injection")) {
                pool.put(c, items.stream().filter(it -> it.task().id().equals(task.id()) && it.category().equals(c))
                        .mapToInt(Item::index).toArray());
            }
            for (int ri = 0; ri < roles.size(); ri++) {
                String role = roles.get(ri);
                Random random = new Random(SEED + 1000L * ti + ri);
                // misuse prompts: drawn without replacement (a fresh shuffle when the pool is spent), so that a
                // misuser's first misuse prompts are distinct; their own random stream, so the other draws stay
                Random misuseRandom = new Random(SEED + 7919L * ti + ri);
                java.util.ArrayDeque<Integer> misuseDeck = new java.util.ArrayDeque<>();
                int[] requests = new int[REQUESTS_PER_MEMBER];
                for (int i = 0; i < REQUESTS_PER_MEMBER; i++) {
                    boolean odd = i % 4 == 3; // 3 honest, then 1 other (a pure misuser: misuse only)
                    String c = role.startsWith("pure:") ? role.substring("pure:".length())
                            : role.startsWith("honest") || !odd ? "on_task"
                            : role.equals("drifter") ? "slightly_off" : role.substring("misuser:".length());
                    int[] p = pool.get(c);
                    if (HeldOutSet.MISUSE_CATEGORIES.contains(c)) {
                        if (misuseDeck.isEmpty()) {
                            List<Integer> deck = new ArrayList<>(Arrays.stream(p).boxed().toList());
                            Collections.shuffle(deck, misuseRandom);
                            misuseDeck.addAll(deck);
                        }
                        requests[i] = misuseDeck.poll();
                    } else {
                        requests[i] = p[random.nextInt(p.length)];
                    }
                }
                members.add(new Member(task.id(), role, requests));
            }
        }

        // the gateway's rule (platform-core ScoreKeeper): a prompt the member already sent and that was scored then
        // (same text; within 7 days and since the last review, which a simulated member never reaches) adds nothing
        // the second time: a retry or "regenerate" is not new evidence. The rule before, every repeat scored again,
        // is shown beside it for the shipped set-ups.
        List<Setup> simSetups = new ArrayList<>(SETUPS);
        Map<Setup, Setup> base = new HashMap<>();
        java.util.Set<Setup> everyRepeatScored = new java.util.HashSet<>();
        for (Setup s : List.of(CLF_EX, KW_EX, KW_NOEX)) {
            Setup d = new Setup(s.name() + ", every repeat scored (rule before)", s.keywords(), s.examples());
            simSetups.add(d);
            base.put(d, s);
            everyRepeatScored.add(d);
        }
        // the rule before the weak major (2026-12-06): every MAJOR counted in full, whatever the detector's confidence
        java.util.Set<Setup> everyMajorInFull = new java.util.HashSet<>();
        for (Setup s : List.of(KW_EX, KW_NOEX)) {
            Setup d = new Setup(s.name() + ", every MAJOR in full (rule before)", s.keywords(), s.examples());
            simSetups.add(d);
            base.put(d, s);
            everyMajorInFull.add(d);
        }
        Map<Setup, Map<Member, MemberOutcome>> outcomes = new LinkedHashMap<>();
        java.util.function.Function<TaskInfo, GatewayScoring.MemberScore> scoring = GatewayScoring.rule();
        long steps = 0, mismatches = 0;
        boolean referenceUsed = false;
        for (Setup s : simSetups) {
            Setup b = base.getOrDefault(s, s);
            boolean dedupe = !everyRepeatScored.contains(s);
            Map<Member, MemberOutcome> m = new LinkedHashMap<>();
            for (Member member : members) {
                HeldOutSet.Task task = items.get(member.requests()[0]).task();
                GatewayScoring.MemberScore score = scoring.apply(task.info());
                GatewayScoring.Reference reference = GatewayScoring.reference(task.info());
                referenceUsed |= reference != null;
                int blockedAt = -1, misuseSent = 0;
                java.util.Set<Integer> seen = new java.util.HashSet<>();
                double peak = 0;
                for (int i = 0; i < member.requests().length; i++) {
                    Item it = items.get(member.requests()[i]);
                    if (dedupe && !seen.add(it.index())) {
                        misuseSent += it.prompt().misuse() ? 1 : 0;
                        continue;
                    }
                    Instant now = Instant.EPOCH.plus(Duration.ofDays(i / REQUESTS_PER_DAY))
                            .plus(REQUEST_GAP.multipliedBy(i % REQUESTS_PER_DAY));
                    List<Finding> findings = new ArrayList<>();
                    Severity c = sev.get(b)[it.index()];
                    // the confidence the plugin reports: the misuse probability of a MAJOR (a weak MAJOR weighs less)
                    double confidence = c == Severity.MAJOR && !everyMajorInFull.contains(s) ? prob.get(b)[it.index()] : 1;
                    findings.add(new Finding(EmbeddingClassifierFactory.ID, c, c == Severity.NONE ? it.features().label()
                            : c == Severity.MAJOR ? Anchors.OFF_TOPIC : it.features().label(), confidence, ""));
                    if (s.keywords() && it.keyword() != Severity.NONE) {
                        findings.add(new Finding(KeywordDetectorFactory.ID, it.keyword(), it.keywordLabel(), 1, ""));
                    }
                    misuseSent += it.prompt().misuse() ? 1 : 0;
                    boolean crossed = score.record(findings, now);
                    peak = Math.max(peak, score.valueAt(now));
                    if (reference != null) {
                        steps++;
                        boolean refCrossed = reference.record(findings, now);
                        if (refCrossed != crossed || Math.abs(reference.valueAt(now) - score.valueAt(now)) > 1e-9) {
                            mismatches++;
                        }
                    }
                    if (crossed) {
                        blockedAt = i + 1;
                        break; // BLOCK: refused from the next request on
                    }
                }
                m.put(member, new MemberOutcome(blockedAt > 0, blockedAt, blockedAt > 0 ? misuseSent : -1, peak));
            }
            outcomes.put(s, m);
        }

        println("");
        println("Member level, HELD-OUT tasks (each task scored with its own fold's thresholds), gateway scoring: "
                + "+1.0 MAJOR (+0.1 per other detector agreeing; +0.7 for one detector's MAJOR alone at a confidence below 0.97), +0.1 SLIGHT (uncorroborated only up to "
                + String.format(Locale.ROOT, "%.1f", GatewayScoring.slightCeiling()) + "), blocked at 2.0, half-life 24 h;");
        println("  per task: 2 honest members (100 on-task prompts each), 1 drifter (3 on-task, 1 slightly_off), and per "
                + "misuse category 1 mixed misuser (3 on-task, 1 misuse; 25 misuse prompts in 100 requests) and 1 misuser sending "
                + "misuse only; on-task and slightly-off prompts drawn with replacement from that task's prompts, misuse "
                + "prompts without (a misuser's first ones are distinct) (seed " + SEED + "); a request every 15 min over 8-hour days; "
                + "scoring rule: " + System.getProperty("bench.scoring", "reimplementation") + " (-Dbench.scoring=platform-core "
                + "scores with platform-core's classes).");
        println("  'misuse before block' = misuse prompts the member got served, the blocking request included "
                + "(the block applies from the next request).");
        println(referenceUsed
                ? "  scoring checked against platform-core's RequestAssessment + DeviationScore on every step: "
                + mismatches + " mismatches in " + steps + " steps"
                : "  (platform-core's scoring classes could not be loaded here: re-implementation not cross-checked)");
        printf("  %-58s %-14s %-11s %-10s %-30s %-30s %-30s%n", "set-up", "honest flg=blk", "honest peak",
                "drifter", "personal", "other_client", "injection");
        for (Setup s : simSetups) {
            Map<Member, MemberOutcome> m = outcomes.get(s);
            List<MemberOutcome> honest = m.entrySet().stream().filter(e -> e.getKey().role().startsWith("honest"))
                    .map(Map.Entry::getValue).toList();
            List<MemberOutcome> drifter = m.entrySet().stream().filter(e -> e.getKey().role().equals("drifter"))
                    .map(Map.Entry::getValue).toList();
            for (String kind : List.of("misuser:", "pure:")) {
                List<String> cats = new ArrayList<>();
                for (String c : HeldOutSet.MISUSE_CATEGORIES) {
                    List<MemberOutcome> mis = m.entrySet().stream().filter(e -> e.getKey().role().equals(kind + c))
                            .map(Map.Entry::getValue).toList();
                    cats.add(misuserSummary(mis));
                }
                boolean mixed = kind.equals("misuser:");
                printf("  %-58s %-14s %-11s %-10s %-30s %-30s %-30s%n", mixed ? s.name() : "    (same, misusers sending misuse only)",
                        mixed ? honest.stream().filter(MemberOutcome::blocked).count() + "/" + honest.size() : "",
                        mixed ? String.format(Locale.ROOT, "max %.1f", honest.stream().mapToDouble(MemberOutcome::peak).max().orElse(0)) : "",
                        mixed ? drifter.stream().filter(MemberOutcome::blocked).count() + "/" + drifter.size() : "",
                        cats.get(0), cats.get(1), cats.get(2));
            }
        }
        println("  (honest flg=blk: honest members whose score reached 2.0, i.e. flagged, which under the default action "
                + "BLOCK is blocked; drifter: drifters blocked;");
        println("   every row applies the gateway's rule that a prompt the member already sent and that was scored then "
                + "(same text, e.g. a retry or 'regenerate') adds nothing the second time, except the rows marked "
                + "'every repeat scored (rule before)'; the rows marked 'every MAJOR in full (rule before)' count every "
                + "MAJOR as 1.0, as the rule before the weak major did;");
        println("   misuser cells: first line mixed misusers (3 on-task, then 1 misuse), second line misusers sending misuse only;");
        println("   misusers blocked/" + tasks.size() + ", <=3: blocked within 3 misuse prompts, then the median and the range of misuse prompts served before the block)");

        println("");
        println("Per held-out task: misuse prompts served before the block (never = not blocked in 100 requests); "
                + "each cell: classifier alone / classifier + keywords, both fitted per fold:");
        printf("  %-20s %-19s %4s %-13s %-11s %-13s %-13s %-13s%n", "task", "kind", "fold", "honest blckd",
                "drifter", "personal", "other_client", "injection");
        for (HeldOutSet.Task task : tasks) {
            Map<String, String[]> cells = new LinkedHashMap<>();
            for (Setup s : List.of(CLF_FITTED, KW_FITTED)) {
                for (Map.Entry<Member, MemberOutcome> e : outcomes.get(s).entrySet()) {
                    if (!e.getKey().task().equals(task.id())) {
                        continue;
                    }
                    String role = e.getKey().role().startsWith("honest") ? "honest" : e.getKey().role();
                    String[] c = cells.computeIfAbsent(role, k -> new String[]{"", ""});
                    int slot = s == CLF_FITTED ? 0 : 1;
                    MemberOutcome o = e.getValue();
                    if (role.equals("honest") || role.equals("drifter")) {
                        int prior = c[slot].isEmpty() ? 0 : Integer.parseInt(c[slot]);
                        c[slot] = Integer.toString(prior + (o.blocked() ? 1 : 0));
                    } else {
                        c[slot] = o.blocked() ? Integer.toString(o.misuseSentBeforeBlock()) : "never";
                    }
                }
            }
            printf("  %-20s %-19s %4d %-13s %-11s %-13s %-13s %-13s%n", task.id(), task.kind(), foldOf.get(task.id()) + 1,
                    join(cells.get("honest")) + " of 2", join(cells.get("drifter")),
                    join(cells.get("misuser:personal")), join(cells.get("misuser:other_client")),
                    join(cells.get("misuser:injection")));
        }
    }

    private static String join(String[] c) {
        return c[0] + " / " + c[1];
    }

    private static String misuserSummary(List<MemberOutcome> mis) {
        int[] sent = mis.stream().filter(MemberOutcome::blocked).mapToInt(MemberOutcome::misuseSentBeforeBlock).sorted().toArray();
        if (sent.length == 0) {
            return "0/" + mis.size() + " <=3:0";
        }
        double median = sent.length % 2 == 1 ? sent[sent.length / 2] : (sent[sent.length / 2 - 1] + sent[sent.length / 2]) / 2.0;
        long within3 = Arrays.stream(sent).filter(n -> n <= 3).count();
        return String.format(Locale.ROOT, "%d/%d <=3:%d med %s (%d-%d)", sent.length, mis.size(), within3,
                median == Math.rint(median) ? Integer.toString((int) median) : String.format(Locale.ROOT, "%.1f", median),
                sent[0], sent[sent.length - 1]);
    }

    // ---------------------------------------------------------------------------------------------- output

    /** This module's {@code target} directory (the parent of {@code target/test-classes}), else {@code ./target}. */
    static Path moduleTarget() {
        try {
            Path classes = Path.of(HeldOutEvaluation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (classes.getFileName().toString().equals("test-classes")) {
                return classes.getParent();
            }
        } catch (Exception ignored) {
            // fall through
        }
        return Path.of("target");
    }

    private static void writeResults(List<Item> items, Map<Setup, Severity[]> sev, Map<Setup, double[]> prob,
                                     Map<String, Integer> foldOf, Path file) throws IOException {
        StringBuilder b = new StringBuilder("id,task,kind,fold,category,expected,classifier_examples,p_examples,"
                + "classifier_no_examples,p_no_examples,keywords,label\n");
        for (Item it : items) {
            b.append(it.prompt().id()).append(',').append(it.task().id()).append(',').append(it.task().kind()).append(',')
                    .append(foldOf.get(it.task().id()) + 1).append(',').append(it.category()).append(',')
                    .append(it.prompt().expected()).append(',').append(sev.get(CLF_EX)[it.index()]).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", prob.get(CLF_EX)[it.index()])).append(',')
                    .append(sev.get(CLF_NOEX)[it.index()]).append(',')
                    .append(String.format(Locale.ROOT, "%.4f", prob.get(CLF_NOEX)[it.index()])).append(',')
                    .append(it.keyword() == Severity.NONE ? "" : it.keyword() + ":" + it.keywordLabel()).append(',')
                    .append(it.features().label()).append('\n');
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** 0.009 as "0.9%". */
    static String percent(double rate) {
        return java.math.BigDecimal.valueOf(rate).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
