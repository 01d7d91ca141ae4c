package io.taskgate.plugins.embedding;

import java.nio.file.Path;

/**
 * Fits the model shipped with the plugin ({@link MisuseModel#RESOURCE}) on all 24 tasks of {@code eval/heldout}
 * with the same procedure the leave-tasks-out evaluation uses per fold. Its figures on that set are in-sample; the
 * leave-tasks-out figures are what to expect on new tasks. Run with
 * {@code mvn -Pbench-misuse -pl plugins/embedding-classifier test-compile exec:java
 * -Dbench.main=io.taskgate.plugins.embedding.FitShippedModel}.
 */
public final class FitShippedModel {
    public static void main(String[] args) throws Exception {
        Path dir = HeldOutSet.locate("eval/heldout").orElseThrow();
        Path file = args.length > 0 ? Path.of(args[0]) : dir.getParent().getParent()
                .resolve("plugins/embedding-classifier/src/main/resources/io/taskgate/plugins/embedding/" + MisuseModel.RESOURCE);
        CachingEmbedder embedder = HeldOutEvaluation.cachedEmbedder("q");
        MisuseModel m = HeldOutEvaluation.fitOnAll(dir, "all-minilm-l6-v2-q", embedder, file);
        for (boolean ex : new boolean[]{true, false}) {
            MisuseModel.Variant v = m.variant(ex);
            System.out.printf(java.util.Locale.ROOT, "%s examples: major %.3f slight %.3f words %.3f meaning %.3f; "
                            + "first pass settles below %.3f%n", ex ? "with" : "without", v.major(), v.slight(), v.aLex(),
                    v.aSem(), m.cheapVariant(ex).settle());
        }
        System.out.println("wrote " + file.toAbsolutePath());
    }
}
