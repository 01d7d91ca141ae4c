package io.taskgate.plugins.embedding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The first pass alone, in a loop, for a profiler: the held-out set's on-task prompts (made unique per round, so that
 * no cache answers) classified as the plugin classifies them, with the CPU time per prompt printed per round.
 * <pre>MAVEN_OPTS="-XX:StartFlightRecording=filename=/tmp/first-pass.jfr,settings=profile" mvn -o -q -Pbench-misuse \
 *   -pl plugins/embedding-classifier test-compile exec:java \
 *   -Dbench.main=io.taskgate.plugins.embedding.FirstPassProfile -Dseconds=60</pre>
 */
public final class FirstPassProfile {

    private FirstPassProfile() {
    }

    public static void main(String[] args) throws Exception {
        HeldOutSet set = HeldOutSet.load(HeldOutSet.locate("eval/heldout").orElseThrow());
        TaskClassifier.Settings d = TaskClassifier.Settings.defaults();
        TaskClassifier classifier = new TaskClassifier(new OnnxEmbedder(), StaticEmbedder.shipped(), Anchors.DEFAULTS,
                Anchors.META, MisuseModel.shipped(),
                new TaskClassifier.Settings(d.maxChars(), d.maxTasks(), 0, false, 0, true, true),
                t -> set.tasks().get(t.id()).examples());
        List<HeldOutSet.Prompt> onTask = set.prompts().stream().filter(p -> p.category().equals("on_task")).toList();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + Long.getLong("seconds", 60) * 1_000_000_000L;
        for (int round = 0; System.nanoTime() < end; round++) {
            long from = cpu.getCurrentThreadCpuTime();
            int settled = 0;
            for (HeldOutSet.Prompt p : onTask) {
                TaskClassifier.Verdict v = classifier.classify(p.prompt() + " #" + round, set.tasks().get(p.task()).info());
                settled += v.settled() ? 1 : 0;
            }
            System.out.printf("round %d: %.3f ms of CPU per on-task prompt, %d of %d settled by the first pass%n", round,
                    (cpu.getCurrentThreadCpuTime() - from) / 1e6 / onTask.size(), settled, onTask.size());
        }
    }
}
