package io.taskgate.plugins.embedding;

import java.nio.file.Path;

/**
 * Fits the model shipped with the plugin ({@link MisuseModel#RESOURCE}) on all tasks of {@code eval/heldout} (40)
 * with the same procedure the leave-tasks-out evaluation uses per fold. Its figures on that set are in-sample; the
 * leave-tasks-out figures are what to expect on new tasks. Run with
 * {@code mvn -Pbench-misuse -pl plugins/embedding-classifier test-compile exec:java
 * -Dbench.main=io.taskgate.plugins.embedding.FitShippedModel} ({@code -Dbench.model=q} fits it for all-MiniLM-L6-v2
 * instead of e5-small-v2; the plugin runs the model the file names).
 */
public final class FitShippedModel {
    public static void main(String[] args) throws Exception {
        Path dir = HeldOutSet.locate("eval/heldout").orElseThrow();
        Path file = args.length > 0 ? Path.of(args[0]) : dir.getParent().getParent()
                .resolve("plugins/embedding-classifier/src/main/resources/io/taskgate/plugins/embedding/" + MisuseModel.RESOURCE);
        String model = System.getProperty("bench.model", "e5"); // the bench's short name (HeldOutEvaluation.sentenceModel)
        CachingEmbedder embedder = HeldOutEvaluation.cachedEmbedder(model);
        MisuseModel m = HeldOutEvaluation.fitOnAll(dir, HeldOutEvaluation.sentenceModel(model).id(), embedder, file);
        for (boolean ex : new boolean[]{true, false}) {
            MisuseModel.Variant v = m.variant(ex);
            System.out.printf(java.util.Locale.ROOT, "%s examples: major %.3f slight %.3f words %.3f meaning %.3f; "
                            + "first pass settles below %.3f%n", ex ? "with" : "without", v.major(), v.slight(), v.aLex(),
                    v.aSem(), m.cheapVariant(ex).settle());
        }
        System.out.println("wrote " + file.toAbsolutePath());
    }
}
