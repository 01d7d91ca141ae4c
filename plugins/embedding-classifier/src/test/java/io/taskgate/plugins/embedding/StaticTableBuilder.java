package io.taskgate.plugins.embedding;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Builds {@link StaticEmbedder#RESOURCE} from the quantized all-MiniLM-L6-v2: every token of its vocabulary embedded
 * alone ({@code [CLS] token [SEP]}), the vocabulary's mean removed, each row stored as 8-bit integers with its scale.
 * Deterministic; about 8 s of CPU here. Run with
 * {@code mvn -Pbench-misuse -pl plugins/embedding-classifier test-compile exec:java
 * -Dexec.mainClass=io.taskgate.plugins.embedding.StaticTableBuilder}.
 */
final class StaticTableBuilder {

    static final int VOCABULARY = 30522;
    static final long CLS = 101, SEP = 102;

    public static void main(String[] args) throws Exception {
        Path file = args.length > 0 ? Path.of(args[0]) : HeldOutSet.locate("eval/heldout").orElseThrow().getParent().getParent()
                .resolve("plugins/embedding-classifier/src/main/resources/io/taskgate/plugins/embedding/" + StaticEmbedder.RESOURCE);
        OnnxSentenceEncoder encoder = new OnnxEmbedder(SentenceModel.ALL_MINILM_L6_V2_Q).encoder();
        float[][] table = new float[VOCABULARY][];
        int batch = 256;
        for (int start = 0; start < VOCABULARY; start += batch) {
            List<long[]> ids = new ArrayList<>();
            for (int id = start; id < Math.min(VOCABULARY, start + batch); id++) {
                ids.add(new long[]{CLS, id, SEP});
            }
            List<float[]> v = encoder.embedIds(ids);
            for (int i = 0; i < v.size(); i++) {
                table[start + i] = v.get(i);
            }
        }
        int dims = table[0].length;
        double[] mean = new double[dims];
        for (float[] row : table) {
            for (int j = 0; j < dims; j++) {
                mean[j] += row[j] / (double) VOCABULARY;
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
            out.writeInt(StaticEmbedder.MAGIC);
            out.writeInt(VOCABULARY);
            out.writeInt(dims);
            for (float[] row : table) {
                double max = 0;
                double[] c = new double[dims];
                for (int j = 0; j < dims; j++) {
                    c[j] = row[j] - mean[j];
                    max = Math.max(max, Math.abs(c[j]));
                }
                float scale = (float) (max / 127);
                out.writeFloat(scale);
                for (int j = 0; j < dims; j++) {
                    out.writeByte(scale == 0 ? 0 : (int) Math.round(c[j] / scale));
                }
            }
        }
        System.out.println("wrote " + file.toAbsolutePath() + " (" + Files.size(file) + " bytes)");
    }
}
