package io.taskgate.plugins.embedding;

import io.taskgate.api.testing.TestExchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.plugins.keywords.KeywordDetectorFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The misuse-detection benchmark over {@code eval/misuse-eval.csv}: the local classifier alone, and combined with
 * the keyword detector (rules from {@code eval/keyword-rules.properties}) under the gateway's per-request weights
 * (a request with a MAJOR +1.0, +0.1 per other detector agreeing, +0.7 for one detector's MAJOR alone at a confidence
 * below 0.97; SLIGHT only +0.1; a member is blocked at 2.0; no decay and no slight ceiling within the set). Prints
 * off-topic recall and precision (a prompt counts as flagged off-topic when a MAJOR finding was reported) and the
 * members that would be blocked. Writes every prompt's verdict to {@code target/misuse-eval-results.csv}.
 * Then, unless {@code -Dbench.heldout=none}, the leave-tasks-out evaluation over {@code eval/heldout/}
 * ({@link HeldOutEvaluation}; {@code -Dbench.heldout=<dir>} for another set, {@code -Dbench.heldout.only=true} to
 * skip the figures above). Run with {@code ./taskgate bench-misuse}; not part of the test run.
 */
public final class MisuseBenchmark {

    static final double BLOCK_THRESHOLD = 2.0;

    private MisuseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // -Dbench.heldout=<dir> (default eval/heldout when it exists; "none" skips it): the leave-tasks-out
        // evaluation over the held-out set (HeldOutEvaluation); -Dbench.heldout.only=true runs only that
        String heldout = System.getProperty("bench.heldout");
        if (!Boolean.getBoolean("bench.heldout.only")) {
            inSample(args);
        }
        if (heldout == null || !heldout.equals("none")) {
            Optional<Path> dir = HeldOutSet.locate(heldout == null ? "eval/heldout" : heldout);
            if (dir.isPresent()) {
                HeldOutEvaluation.run(dir.get());
            } else if (heldout != null) {
                throw new IllegalStateException("-Dbench.heldout=" + heldout + ": no held-out set (tasks/, prompts/) there");
            }
        }
    }

    static void inSample(String[] args) throws Exception {
        Path csv = args.length > 0 ? Path.of(args[0]) : EvalSet.locate();
        List<EvalSet.Row> rows = EvalSet.load(csv);
        Path rulesFile = csv.resolveSibling("keyword-rules.properties");

        long t0 = System.nanoTime();
        EmbeddingClassifierFactory classifierFactory = new EmbeddingClassifierFactory();
        // -Dembedding.<key>=value overrides a classifier setting (gateway.misuse-pre.embedding.<key>)
        classifierFactory.init(key -> Optional.ofNullable(System.getProperty("embedding." + key)));
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        Stage classifier = classifierFactory.create();

        KeywordDetectorFactory keywordFactory = new KeywordDetectorFactory();
        keywordFactory.init(properties(rulesFile));
        Stage keywords = keywordFactory.create();

        // warm-up, not measured
        classifier.apply(new TestExchange(EvalSet.TASKS.get("acme-checkout"), "warm up the model please"));

        List<Result> results = new ArrayList<>();
        long totalNanos = 0;
        for (EvalSet.Row row : rows) {
            TestExchange alone = new TestExchange(EvalSet.TASKS.get(row.task()), row.prompt());
            long start = System.nanoTime();
            classifier.apply(alone);
            totalNanos += System.nanoTime() - start;
            TestExchange kw = new TestExchange(EvalSet.TASKS.get(row.task()), row.prompt());
            keywords.apply(kw);
            results.add(new Result(row, alone.findings().get(0), kw.findings()));
        }

        System.out.println();
        System.out.println("Misuse-detection benchmark: " + rows.size() + " prompts, "
                + rows.stream().map(EvalSet.Row::task).distinct().count() + " tasks, "
                + rows.stream().map(EvalSet.Row::member).distinct().count() + " members ("
                + csv.getFileName() + "; keyword rules " + (Files.isRegularFile(rulesFile) ? rulesFile.getFileName() : "none") + ")");
        System.out.printf(Locale.ROOT, "model load + anchors: %d ms; classifier mean %.1f ms per prompt%n", loadMs,
                totalNanos / 1e6 / rows.size());
        report("local classifier alone", results, false);
        report("classifier + keyword detector", results, true);
        write(results, Path.of("target/misuse-eval-results.csv"));
        System.out.println("per-prompt verdicts: " + Path.of("target/misuse-eval-results.csv").toAbsolutePath());
    }

    record Result(EvalSet.Row row, Finding classifier, List<Finding> keywords) {
        List<Finding> findings(boolean combined) {
            List<Finding> all = new ArrayList<>();
            all.add(classifier);
            if (combined) {
                all.addAll(keywords);
            }
            return all;
        }

        boolean flagged(boolean combined) {
            return findings(combined).stream().anyMatch(f -> f.severity() == Severity.MAJOR);
        }

        /** What this request adds to its member's score, from a score of 0 (no decay within the set). */
        double score(boolean combined) {
            return GatewayScoring.weight(findings(combined), 0);
        }
    }

    static void report(String title, List<Result> results, boolean combined) {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        Map<String, int[]> byCategory = new TreeMap<>();
        for (Result r : results) {
            boolean actual = r.row().expected().equals("off_topic");
            boolean flagged = r.flagged(combined);
            if (actual && flagged) tp++;
            else if (actual) fn++;
            else if (flagged) fp++;
            else tn++;
            int[] c = byCategory.computeIfAbsent(r.row().category(), k -> new int[2]);
            c[0] += flagged ? 1 : 0;
            c[1]++;
        }
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        Map<String, Double> memberScore = new LinkedHashMap<>();
        Map<String, String> memberKind = new LinkedHashMap<>();
        for (Result r : results) {
            memberScore.merge(r.row().member(), r.score(combined), Double::sum);
            memberKind.put(r.row().member(), r.row().memberKind());
        }
        List<String> honestBlocked = new ArrayList<>();
        List<String> misusingMissed = new ArrayList<>();
        int honest = 0, misusing = 0;
        for (Map.Entry<String, Double> e : memberScore.entrySet()) {
            boolean blocked = e.getValue() >= BLOCK_THRESHOLD - 1e-9;
            if (memberKind.get(e.getKey()).equals("honest")) {
                honest++;
                if (blocked) honestBlocked.add(e.getKey() + String.format(Locale.ROOT, " (%.1f)", e.getValue()));
            } else {
                misusing++;
                if (!blocked) misusingMissed.add(e.getKey() + String.format(Locale.ROOT, " (%.1f)", e.getValue()));
            }
        }
        System.out.println();
        System.out.println("== " + title + " ==");
        System.out.printf(Locale.ROOT, "off-topic recall    %.3f  (%d of %d off-topic prompts flagged MAJOR)%n", recall, tp, tp + fn);
        System.out.printf(Locale.ROOT, "off-topic precision %.3f  (%d false alarms among %d on-task/slight prompts)%n",
                precision, fp, fp + tn);
        byCategory.forEach((cat, c) -> System.out.printf(Locale.ROOT, "  %-16s %3d of %3d flagged MAJOR%n", cat, c[0], c[1]));
        System.out.printf(Locale.ROOT, "honest members blocked:   %d of %d %s%n", honestBlocked.size(), honest,
                honestBlocked.isEmpty() ? "" : honestBlocked);
        System.out.printf(Locale.ROOT, "misusing members blocked: %d of %d %s%n", misusing - misusingMissed.size(), misusing,
                misusingMissed.isEmpty() ? "" : "(not blocked: " + misusingMissed + ")");
        StringBuilder scores = new StringBuilder("member scores:");
        memberScore.forEach((m, s) -> scores.append(String.format(Locale.ROOT, " %s=%.1f", m, s)));
        System.out.println(scores);
    }

    static PluginConfig properties(Path file) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        return key -> Optional.ofNullable(p.getProperty(key));
    }

    static void write(List<Result> results, Path out) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        StringBuilder b = new StringBuilder("id,task,member,expected,category,severity,label,confidence,keywords,evidence\n");
        for (Result r : results) {
            Finding f = r.classifier();
            b.append(r.row().id()).append(',').append(r.row().task()).append(',').append(r.row().member()).append(',')
                    .append(r.row().expected()).append(',').append(r.row().category()).append(',').append(f.severity())
                    .append(',').append(f.label()).append(',').append(String.format(Locale.ROOT, "%.2f", f.confidence()))
                    .append(',').append(r.keywords().stream().map(k -> k.severity() + ":" + k.label()).toList().toString()
                            .replace(",", ";"))
                    .append(",\"").append(f.evidence().replace("\"", "'")).append("\"\n");
        }
        Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
    }
}
