package io.taskgate.plugins.embedding;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/** Probe: CPU (process) and wall time per embedding, langchain4j's session against the plugin's own. */
final class EncoderCostProbe {
    public static void main(String[] args) throws Exception {
        HeldOutSet set = HeldOutSet.load(HeldOutSet.locate("eval/heldout").orElseThrow());
        List<String> texts = set.prompts().stream().limit(Integer.getInteger("n", 300))
                .map(p -> TaskClassifier.capped(p.prompt(), 1000)).toList();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MiniLmEmbedder old = new MiniLmEmbedder();
        OnnxSentenceEncoder mine = OnnxSentenceEncoder.fromResources(
                dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel.class,
                "/all-minilm-l6-v2-q.onnx", "/all-minilm-l6-v2-q-tokenizer.json", 512);
        for (int round = 0; round < 2; round++) {
            for (String name : List.of("langchain4j", "own")) {
                for (int i = 0; i < 20; i++) {
                    if (name.equals("own")) mine.embedAll(List.of(texts.get(i))); else old.embed(texts.get(i));
                }
                long c0 = os.getProcessCpuTime(), w0 = System.nanoTime();
                for (String t : texts) {
                    if (name.equals("own")) mine.embedAll(List.of(t)); else old.embed(t);
                }
                long c = os.getProcessCpuTime() - c0, w = System.nanoTime() - w0;
                System.out.printf("%s: cpu %.2f ms, wall %.2f ms per prompt%n", name, c / 1e6 / texts.size(), w / 1e6 / texts.size());
            }
        }
        double min = 1;
        for (String t : texts.subList(0, 100)) {
            min = Math.min(min, Embedder.cosine(old.embed(t), mine.embedAll(List.of(t)).get(0)));
        }
        System.out.println("min cosine own vs langchain4j: " + min);
    }
}
