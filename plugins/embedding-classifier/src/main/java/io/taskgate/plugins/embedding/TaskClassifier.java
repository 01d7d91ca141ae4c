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
 * Scores a prompt against its task with its words and sentence embeddings ({@link MisuseModel}), in two passes.
 *
 * <p><b>First pass</b> (microseconds, no model runs): the prompt's words ({@link LexicalFeatures}) and its static
 * embedding ({@link StaticEmbedder}: a weighted sum of token vectors distilled from the model) against the task's
 * texts and the anchors, embedded the same way. When its combined misuse log-odds is below the model's fitted
 * {@code settle} threshold, the prompt is settled as NONE: clearly on-task. <b>Second pass</b>, only for the rest:
 * one embedding of the prompt by the sentence model the {@link MisuseModel} names ({@link Embedder}), and the
 * decision on it.
 *
 * <p>Cost: a prompt is embedded at most <b>once</b>, and only its first and last {@code maxChars / 2} characters.
 * The verdict is kept in a bounded LRU cache keyed by the tenant, the task, the task's text and examples and a
 * SHA-256 hash of the embedded text: an identical prompt on the same task is not classified again. The task's own
 * texts (name and description, name, example requests) are embedded once per task and kept in another bounded cache.
 *
 * <p>Decision: the combined misuse log-odds {@code z} of the lexical and the semantic model ({@link MisuseModel});
 * MAJOR above the model's {@code major} threshold (label {@code off_topic}), SLIGHT above its {@code slight}
 * threshold, and, when {@code slightOutsideIntents} is set, SLIGHT also when the closest anchor label is a work label
 * outside the task's expected intents; NONE otherwise. Thread-safe.
 */
public final class TaskClassifier {

    /**
     * Settings that are not fitted. {@code foreignOrganisation}: a suspect prompt (SLIGHT) that names an organisation
     * its task does not ({@link ForeignOrganisation}) is a MAJOR.
     */
    public record Settings(int maxChars, int maxTasks, int maxCachedVerdicts, boolean slightOutsideIntents,
                           double majorOffset, boolean firstPass, boolean foreignOrganisation) {
        public static Settings defaults() {
            return new Settings(1000, 1000, 10_000, false, 0, true, true);
        }
    }

    /** The classifier's conclusion about one prompt; {@code settled}: by the first pass, without the model. */
    public record Verdict(Severity severity, String label, double confidence, double misuseProbability,
                          double taskSimilarity, Map<String, Double> labelScores, String evidence, boolean settled) {
    }

    /**
     * What the decision reads of one prompt. {@code semantic} (and its variant without the task's examples) come from
     * the model's embedding, {@code cheap} from the static one; {@code semantic} is null when only the first pass
     * ran, {@code cheap} when there is no first pass.
     */
    public record Features(double[] semantic, double[] semanticWithoutExamples, double[] cheap,
                           double[] cheapWithoutExamples, boolean examples, String label,
                           Map<String, Double> labelScores, LexicalFeatures.Vector lexical, float[] vector,
                           float[] cheapVector, Centroids centroids, Foreign foreign) {

        /** Features without the organisation check ({@link Foreign#NONE}): for fitting, which does not read it. */
        public Features(double[] semantic, double[] semanticWithoutExamples, double[] cheap,
                        double[] cheapWithoutExamples, boolean examples, String label,
                        Map<String, Double> labelScores, LexicalFeatures.Vector lexical, float[] vector,
                        float[] cheapVector, Centroids centroids) {
            this(semantic, semanticWithoutExamples, cheap, cheapWithoutExamples, examples, label, labelScores, lexical,
                    vector, cheapVector, centroids, Foreign.NONE);
        }

        /** The organisation the prompt names and its task does not ({@link ForeignOrganisation}), or "". */
        public String foreignOrganisation() {
            return examples ? foreign.withExamples() : foreign.withoutExamples();
        }

        /** The task's centroid that goes with {@link #examples}, in the model's space or the static one. */
        public float[] centroid(boolean cheap) {
            return cheap ? (examples ? centroids.cheap() : centroids.cheapWithoutExamples())
                    : (examples ? centroids.full() : centroids.fullWithoutExamples());
        }

        /** The same prompt as if its task had no example requests. */
        public Features withoutExamples() {
            return new Features(semanticWithoutExamples, semanticWithoutExamples, cheapWithoutExamples,
                    cheapWithoutExamples, false, label, labelScores, lexical, vector, cheapVector,
                    new Centroids(centroids.fullWithoutExamples(), centroids.fullWithoutExamples(),
                            centroids.cheapWithoutExamples(), centroids.cheapWithoutExamples()),
                    new Foreign(foreign.withoutExamples(), foreign.withoutExamples()));
        }
    }

    /**
     * The organisation a prompt names that its task's texts do not ({@link ForeignOrganisation#named}), judged by
     * the task's name and description with its example requests and without them; "" for none.
     */
    public record Foreign(String withExamples, String withoutExamples) {
        public static final Foreign NONE = new Foreign(ForeignOrganisation.NONE, ForeignOrganisation.NONE);
    }

    /**
     * The task's centroids ({@link TaskRelativeProbe#centroid}) with and without its example requests, in the
     * model's space and the static one; null where that space was not read.
     */
    public record Centroids(float[] full, float[] fullWithoutExamples, float[] cheap, float[] cheapWithoutExamples) {
    }

    /**
     * The task's texts embedded, and how close the task comes to each of the {@link Anchors#DOMAINS}: by its name and
     * description ({@code domains}), and by those and its example requests ({@code domainsWithExamples}).
     */
    private record TaskVectors(float[] task, float[] name, List<float[]> examples, double[] domains,
                               double[] domainsWithExamples, float[] centroid, float[] centroidWithoutExamples,
                               double[] offTopicToCentroid, double[] offTopicToCentroidWithoutExamples) {
    }

    /**
     * The task's words: stems of four letters or more without and with its example requests ({@code task},
     * {@code withExamples}), and every word whole, without and with them ({@code plain}, {@code plainWithExamples}).
     */
    private record TaskWords(Set<String> task, Set<String> withExamples, Set<String> plain,
                             Set<String> plainWithExamples) {

        /** Whether the task's texts use {@code word} (lower case), or it with or without a plural "s". */
        static boolean uses(Set<String> words, String word) {
            return words.contains(word) || words.contains(word + "s")
                    || word.endsWith("s") && words.contains(word.substring(0, word.length() - 1));
        }
    }

    /** Where one kind of anchor lies in a {@link Space}'s {@link VectorSet}: {@code from} inclusive, {@code to} not. */
    private record Range(int from, int to) {
        static Range append(List<float[]> all, List<float[]> vectors) {
            int from = all.size();
            all.addAll(vectors);
            return new Range(from, all.size());
        }

        boolean isEmpty() {
            return from == to;
        }

        /** The largest of {@code values} in this range; -1 when it is empty. */
        double best(double[] values) {
            double best = -1;
            for (int i = from; i < to; i++) {
                best = Math.max(best, values[i]);
            }
            return best;
        }

        /** {@code values} in this range, largest first. */
        double[] sortedDesc(double[] values) {
            return descending(Arrays.copyOfRange(values, from, to));
        }
    }

    /** One embedding space: an embedder with the anchors and the tasks embedded by it. */
    private static final class Space {
        final Embedder embedder;
        final Map<String, List<float[]>> anchors;
        final List<float[]> meta;
        final List<float[]> generic;
        final List<float[]> otherWork;
        final List<float[]> domains;
        /** Every vector above in one set, and where each kind lies in it: a prompt's cosines with all in one pass. */
        final VectorSet fixed;
        final Map<String, Range> anchorRanges;
        final Range metaRange;
        final Range genericRange;
        final Range otherWorkRange;
        final Range domainRange;
        final Map<String, TaskVectors> tasks;

        Space(Embedder embedder, Map<String, List<String>> anchorTexts, List<String> metaTexts, int maxTasks) {
            this.embedder = embedder;
            Map<String, List<float[]>> vectors = new LinkedHashMap<>();
            anchorTexts.forEach((label, texts) -> {
                if (!texts.isEmpty()) {
                    vectors.put(label, List.copyOf(embedder.embedAll(texts)));
                }
            });
            this.anchors = java.util.Collections.unmodifiableMap(vectors);
            this.meta = metaTexts.isEmpty() ? List.of() : List.copyOf(embedder.embedAll(metaTexts));
            this.generic = List.copyOf(embedder.embedAll(Anchors.GENERIC));
            this.otherWork = List.copyOf(embedder.embedAll(Anchors.OTHER_WORK));
            this.domains = List.copyOf(embedder.embedAll(Anchors.DOMAINS));
            List<float[]> all = new ArrayList<>();
            Map<String, Range> ranges = new LinkedHashMap<>();
            anchors.forEach((label, list) -> ranges.put(label, Range.append(all, list)));
            this.anchorRanges = java.util.Collections.unmodifiableMap(ranges);
            this.metaRange = Range.append(all, meta);
            this.genericRange = Range.append(all, generic);
            this.otherWorkRange = Range.append(all, otherWork);
            this.domainRange = Range.append(all, domains);
            this.fixed = new VectorSet(all);
            this.tasks = lru(Math.max(1, maxTasks));
        }

        private static double[] cosines(List<float[]> vectors, float[] c) {
            double[] out = new double[vectors == null ? 0 : vectors.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = Embedder.cosine(vectors.get(i), c);
            }
            return out;
        }

        TaskVectors task(String key, TaskInfo task, List<String> examples) {
            synchronized (tasks) {
                TaskVectors v = tasks.get(key);
                if (v != null) {
                    return v;
                }
            }
            List<String> texts = new ArrayList<>();
            texts.add(taskText(task));
            texts.add(task.name());
            texts.addAll(examples);
            List<float[]> vectors = embedder.embedAll(texts);
            double[] own = new double[domains.size()];
            double[] withExamples = new double[domains.size()];
            for (int d = 0; d < own.length; d++) {
                float[] domain = domains.get(d);
                own[d] = Math.max(Embedder.cosine(vectors.get(0), domain), Embedder.cosine(vectors.get(1), domain));
                withExamples[d] = own[d];
                for (float[] example : vectors.subList(2, vectors.size())) {
                    withExamples[d] = Math.max(withExamples[d], Embedder.cosine(example, domain));
                }
            }
            List<float[]> taskAndExamples = new ArrayList<>(vectors.subList(2, vectors.size()));
            taskAndExamples.add(vectors.get(0));
            float[] centroid = TaskRelativeProbe.centroid(taskAndExamples);
            float[] centroidWithoutExamples = TaskRelativeProbe.centroid(List.of(vectors.get(0)));
            TaskVectors v = new TaskVectors(vectors.get(0), vectors.get(1), List.copyOf(vectors.subList(2, vectors.size())),
                    own, withExamples, centroid, centroidWithoutExamples, cosines(anchors.get(Anchors.OFF_TOPIC), centroid),
                    cosines(anchors.get(Anchors.OFF_TOPIC), centroidWithoutExamples));
            synchronized (tasks) {
                tasks.put(key, v);
            }
            return v;
        }
    }

    private final Space full;
    private final Space cheap;
    private final MisuseModel model;
    private final Settings settings;
    private final Function<TaskInfo, List<String>> examples;
    private final Map<String, TaskWords> taskWords;
    private final Map<String, Verdict> verdicts;

    /**
     * @param embedder the model (second pass)
     * @param cheapEmbedder the first pass's static embedding; null: no first pass, every prompt is embedded
     */
    public TaskClassifier(Embedder embedder, Embedder cheapEmbedder, Map<String, List<String>> anchorTexts,
                          List<String> metaTexts, MisuseModel model, Settings settings,
                          Function<TaskInfo, List<String>> examples) {
        Objects.requireNonNull(embedder);
        this.model = Objects.requireNonNull(model);
        this.settings = Objects.requireNonNull(settings);
        this.examples = Objects.requireNonNull(examples);
        if (!anchorTexts.containsKey(Anchors.OFF_TOPIC)) {
            throw new IllegalArgumentException("the anchors need an off_topic label");
        }
        this.full = new Space(embedder, anchorTexts, metaTexts, settings.maxTasks());
        this.cheap = cheapEmbedder == null ? null : new Space(cheapEmbedder, anchorTexts, metaTexts, settings.maxTasks());
        this.taskWords = lru(Math.max(1, settings.maxTasks()));
        this.verdicts = lru(Math.max(0, settings.maxCachedVerdicts()));
    }

    /** Without a first pass: every prompt is embedded by {@code embedder}. */
    public TaskClassifier(Embedder embedder, Map<String, List<String>> anchorTexts, List<String> metaTexts,
                          MisuseModel model, Settings settings, Function<TaskInfo, List<String>> examples) {
        this(embedder, null, anchorTexts, metaTexts, model, settings, examples);
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
        return full.anchors.keySet();
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

    int cachedTasks() {
        synchronized (full.tasks) {
            return full.tasks.size();
        }
    }

    int cachedVerdicts() {
        synchronized (verdicts) {
            return verdicts.size();
        }
    }

    /** The closest anchor of each label, from the prompt's cosines with its space's {@link Space#fixed} set. */
    private static Map<String, Double> scores(Space s, double[] fixedCosines) {
        Map<String, Double> scores = new LinkedHashMap<>();
        s.anchorRanges.forEach((label, range) -> scores.put(label, range.best(fixedCosines)));
        return scores;
    }

    private static double[] sortedDesc(float[] v, List<float[]> others) {
        double[] s = new double[others.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = Embedder.cosine(v, others.get(i));
        }
        return descending(s);
    }

    /** {@code s} sorted in place, largest first. */
    private static double[] descending(double[] s) {
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

    /** A word's stem for the overlap feature: its first five letters. */
    private static String stem(String word) {
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    /** Every word of {@code text}, lower case, a possessive "'s" cut. */
    private static Set<String> words(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : LexicalFeatures.tokens(text)) {
            out.add(w.endsWith("'s") ? w.substring(0, w.length() - 2) : w);
        }
        return out;
    }

    private static Set<String> stems(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : LexicalFeatures.tokens(text)) {
            if (w.length() >= 4) {
                out.add(stem(w));
            }
        }
        return out;
    }

    private TaskWords taskWords(String key, TaskInfo task, List<String> examples) {
        synchronized (taskWords) {
            TaskWords w = taskWords.get(key);
            if (w != null) {
                return w;
            }
        }
        Set<String> t = stems(taskText(task));
        Set<String> all = new java.util.HashSet<>(t);
        Set<String> plain = words(taskText(task));
        Set<String> plainAll = new java.util.HashSet<>(plain);
        for (String e : examples) {
            all.addAll(stems(e));
            plainAll.addAll(words(e));
        }
        TaskWords w = new TaskWords(Set.copyOf(t), Set.copyOf(all), Set.copyOf(plain), Set.copyOf(plainAll));
        synchronized (taskWords) {
            taskWords.put(key, w);
        }
        return w;
    }

    /** The share of the prompt's words (of four letters or more) that its task's texts use too. */
    private static double overlap(List<String> promptWords, Set<String> taskWords) {
        if (promptWords.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String w : promptWords) {
            hit += taskWords.contains(w) ? 1 : 0;
        }
        return (double) hit / promptWords.size();
    }

    /** The similarities of one space, without ({@code [0]}) and with ({@code [1]}) the task's examples. */
    private static double[][] similarities(Space s, float[] v, double[] fixedCosines, Map<String, Double> scores,
                                           TaskVectors tv, double[] overlaps, double logWords) {
        double[] off = s.anchorRanges.get(Anchors.OFF_TOPIC).sortedDesc(fixedCosines);
        double work = scores.entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .mapToDouble(Map.Entry::getValue).max().orElse(-1);
        double metaScore = s.metaRange.isEmpty() ? -1 : s.metaRange.best(fixedCosines);
        double st = Embedder.cosine(v, tv.task());
        double sn = Embedder.cosine(v, tv.name());
        double[] promptDomains = Arrays.copyOfRange(fixedCosines, s.domainRange.from(), s.domainRange.to());
        Range offRange = s.anchorRanges.get(Anchors.OFF_TOPIC);
        double[] without = {st, sn, st, st, st, off[0], meanOfTop(off, 3), work, metaScore,
                s.genericRange.best(fixedCosines), s.otherWorkRange.best(fixedCosines), overlaps[0], logWords,
                foreignDomain(promptDomains, tv.domains()),
                besideTask(Embedder.cosine(v, tv.centroidWithoutExamples()), fixedCosines, offRange.from(),
                        tv.offTopicToCentroidWithoutExamples())};
        double[] with = without.clone();
        with[without.length - 1] = besideTask(Embedder.cosine(v, tv.centroid()), fixedCosines, offRange.from(),
                tv.offTopicToCentroid()); // off-topic-beside-task, the last similarity
        if (!tv.examples().isEmpty()) {
            double[] se = sortedDesc(v, tv.examples());
            with[2] = se[0];
            with[3] = meanOfTop(se, 3);
            with[4] = meanOfTop(se, se.length);
            with[11] = overlaps[1];
            with[13] = foreignDomain(promptDomains, tv.domainsWithExamples());
        }
        return new double[][]{without, with};
    }

    /**
     * The prompt's closest anchor once the task's own direction is taken out of both (the feature
     * {@code off-topic-beside-task}): the cosine of their parts orthogonal to the task's centroid, from the prompt's
     * cosine with the centroid {@code vc}, its cosines with the anchors ({@code cosines}, from index {@code from}) and
     * the anchors' with the centroid ({@code ac}). A parenting magazine's article request is personal along the task's
     * own direction, which this leaves out; a dentist appointment is personal beside it too.
     */
    static double besideTask(double vc, double[] cosines, int from, double[] ac) {
        double vRest = Math.sqrt(Math.max(1e-9, 1 - vc * vc));
        double best = -1;
        for (int i = 0; i < ac.length; i++) {
            double aRest = Math.sqrt(Math.max(1e-9, 1 - ac[i] * ac[i]));
            best = Math.max(best, (cosines[from + i] - vc * ac[i]) / (vRest * aRest));
        }
        return Math.max(-1, Math.min(1, best));
    }

    /**
     * How much closer the prompt comes than its task to the business domain the prompt is closest to ("a library:
     * books, loans" for an OpenAPI spec of a library catalogue, against a payroll task): near zero or below when the
     * task is about that domain too, or the prompt is about none in particular.
     */
    private static double foreignDomain(double[] prompt, double[] task) {
        if (prompt.length == 0) {
            return 0;
        }
        int closest = 0;
        for (int d = 1; d < prompt.length; d++) {
            if (prompt[d] > prompt[closest]) {
                closest = d;
            }
        }
        return prompt[closest] - task[closest];
    }

    /** Everything both passes read (the model's embedding included): for evaluation. */
    public Features features(String prompt, TaskInfo task) {
        String text = capped(prompt, settings.maxChars());
        return features(text, task, true, null);
    }

    /** With {@code first} (the first pass's features of the same text), its static embedding is not computed again. */
    private Features features(String text, TaskInfo task, boolean withModel, Features first) {
        List<String> ex = examples.apply(task);
        ex = ex == null ? List.of() : ex;
        String key = taskKey(task, ex);
        TaskWords words = taskWords(key, task, ex);
        List<String> tokens = LexicalFeatures.tokens(text);
        List<String> long4 = tokens.stream().filter(w -> w.length() >= 4).map(TaskClassifier::stem).toList();
        double[] overlaps = {overlap(long4, words.task()), overlap(long4, words.withExamples())};
        double logWords = Math.log1p(tokens.size());
        // only the second pass's decision reads it (a prompt the first pass settles is NONE whatever it names)
        Foreign foreign = !withModel ? Foreign.NONE : new Foreign(
                ForeignOrganisation.named(text, w -> TaskWords.uses(words.plainWithExamples(), w)),
                ForeignOrganisation.named(text, w -> TaskWords.uses(words.plain(), w)));
        LexicalFeatures.Vector lexical = first != null ? first.lexical() : model.skipsTaskWords()
                ? LexicalFeatures.of(text, model.bits(), w -> w.length() >= 4 && words.task().contains(stem(w)))
                : LexicalFeatures.of(text, model.bits());
        boolean hasExamples = !ex.isEmpty();
        double[][] cheapSims = null;
        float[] cv = null;
        float[][] cheapCentroids = {null, null};
        Map<String, Double> labelScores = Map.of();
        if (first != null && first.cheap() != null) {
            cheapSims = new double[][]{first.cheapWithoutExamples(), first.cheap()};
            cv = first.cheapVector();
            cheapCentroids = new float[][]{first.centroids().cheapWithoutExamples(), first.centroids().cheap()};
        } else if (cheap != null) {
            cv = cheap.embedder.embed(text);
            double[] fixedCosines = cheap.fixed.cosines(cv);
            labelScores = scores(cheap, fixedCosines); // the closest label for display, by the static embedding
            TaskVectors tv = cheap.task(key, task, ex);
            cheapSims = similarities(cheap, cv, fixedCosines, labelScores, tv, overlaps, logWords);
            cheapCentroids = new float[][]{tv.centroidWithoutExamples(), tv.centroid()};
        }
        double[][] fullSims = null;
        String label = null;
        float[] v = null;
        float[][] fullCentroids = {null, null};
        if (withModel) {
            v = full.embedder.embed(text);
            double[] fixedCosines = full.fixed.cosines(v);
            labelScores = scores(full, fixedCosines);
            TaskVectors tv = full.task(key, task, ex);
            fullSims = similarities(full, v, fixedCosines, labelScores, tv, overlaps, logWords);
            fullCentroids = new float[][]{tv.centroidWithoutExamples(), tv.centroid()};
        }
        if (!labelScores.isEmpty()) {
            label = labelScores.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return new Features(fullSims == null ? null : fullSims[1], fullSims == null ? null : fullSims[0],
                cheapSims == null ? null : cheapSims[1], cheapSims == null ? null : cheapSims[0], hasExamples, label,
                labelScores, lexical, v, cv,
                new Centroids(fullCentroids[1], fullCentroids[0], cheapCentroids[1], cheapCentroids[0]), foreign);
    }

    /** The combined misuse log-odds of {@code f} under {@code m} (the model's embedding). */
    public static double misuseLogit(Features f, MisuseModel m) {
        MisuseModel.Variant v = m.variant(f.examples());
        double sem = v.semanticLogit(m.input(f.examples() ? f.semantic() : f.semanticWithoutExamples(), f.vector(),
                f.centroid(false), false));
        return v.combine(m.lexicalLogit(f.lexical()), sem);
    }

    /** The first pass's combined misuse log-odds of {@code f} under {@code m} (the static embedding). */
    public static double firstPassLogit(Features f, MisuseModel m) {
        MisuseModel.Variant v = m.cheapVariant(f.examples());
        double sem = v.semanticLogit(m.input(f.examples() ? f.cheap() : f.cheapWithoutExamples(), f.cheapVector(),
                f.centroid(true), true));
        return v.combine(m.lexicalLogit(f.lexical()), sem);
    }

    /** Whether the first pass settles {@code f} as NONE under {@code m}, without the model. */
    public static boolean settles(Features f, MisuseModel m) {
        return f.cheap() != null && settles(f, m, firstPassLogit(f, m));
    }

    private static boolean settles(Features f, MisuseModel m, double firstPassLogit) {
        return firstPassLogit < m.cheapVariant(f.examples()).settle();
    }

    /**
     * The first pass's verdict: NONE, labelled with the closest work label by the static embedding; SLIGHT when
     * {@code slightOutsideIntents} is set and that label is outside the task's expected intents.
     */
    static Verdict settledVerdict(Features f, MisuseModel m, Settings s, Set<String> expectedIntents) {
        return settledVerdict(f, m, firstPassLogit(f, m), s, expectedIntents);
    }

    private static Verdict settledVerdict(Features f, MisuseModel m, double z, Settings s, Set<String> expectedIntents) {
        double p = MisuseModel.sigmoid(z);
        String label = f.labelScores().entrySet().stream().filter(e -> !e.getKey().equals(Anchors.OFF_TOPIC))
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String evidence = "settled by the first pass (words and static embedding): misuse log-odds " + fmt(z) + " < "
                + fmt(m.cheapVariant(f.examples()).settle()) + "; p(misuse) " + fmt(p) + "; closest work label " + label;
        if (s.slightOutsideIntents() && !label.isEmpty() && !expectedIntents.isEmpty() && !expectedIntents.contains(label)) {
            return new Verdict(Severity.SLIGHT, label, clamp01(1 - p), p, f.cheap()[0], f.labelScores(),
                    "closest label " + label + " is not among the task's "
                            + String.join(",", expectedIntents.stream().sorted().toList()) + "; " + evidence, true);
        }
        return new Verdict(Severity.NONE, label, clamp01(1 - p), p, f.cheap()[0], f.labelScores(), evidence, true);
    }

    /** The decision on precomputed features (the model's embedding). */
    public static Verdict decide(Features f, MisuseModel m, Settings s, Set<String> expectedIntents) {
        MisuseModel.Variant v = m.variant(f.examples());
        double lex = m.lexicalLogit(f.lexical());
        double[] x = m.input(f.examples() ? f.semantic() : f.semanticWithoutExamples(), f.vector(), f.centroid(false),
                false);
        double sem = v.semanticLogit(x);
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
        } else if (z > v.slight() && s.foreignOrganisation() && !f.foreignOrganisation().isEmpty()) {
            severity = Severity.MAJOR;
            label = Anchors.OFF_TOPIC;
            // the name itself stays out: evidence is kept where prompts are not
            why = "misuse log-odds " + fmt(z) + " > " + fmt(v.slight()) + " (major at " + fmt(major)
                    + ") and the prompt names an organisation that its task's texts never name";
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
                + ", off_topic " + fmt(x[5]) + ", other work " + fmt(x[10]) + ", generic request " + fmt(x[9])
                + ", instruction-like " + fmt(x[8]) + ", another business domain " + fmt(x[13])
                + ", closest known misuse " + fmt(x[MisuseModel.SIMILARITIES]) + ", closest known work "
                + fmt(x[MisuseModel.SIMILARITIES + 2]) + ", task-relative probe " + fmt(x[MisuseModel.PROBE])
                + "; closest label " + f.label();
        double confidence = severity == Severity.NONE ? 1 - p : p;
        return new Verdict(severity, label, clamp01(confidence), p, taskSim, f.labelScores(), evidence, false);
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
        Verdict verdict;
        if (cheap != null && settings.firstPass()) {
            Features first = features(text, task, false, null);
            double z = firstPassLogit(first, model);
            verdict = settles(first, model, z) ? settledVerdict(first, model, z, settings, task.expectedIntents())
                    : decide(features(text, task, true, first), model, settings, task.expectedIntents());
        } else {
            verdict = decide(features(text, task, true, null), model, settings, task.expectedIntents());
        }
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
