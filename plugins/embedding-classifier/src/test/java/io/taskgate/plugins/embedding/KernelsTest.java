package io.taskgate.plugins.embedding;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first pass's two kernels give the same numbers bit for bit, this suite's JVM (started with the Vector API, as
 * the gateway is) uses the SIMD one, and a JVM without the module falls back to the scalar one.
 */
class KernelsTest {

    private static final Random RANDOM = new Random(7);

    private static byte[][] bytes(int outer, int inner) {
        byte[][] values = new byte[outer][inner];
        for (byte[] row : values) {
            for (int i = 0; i < inner; i++) {
                row[i] = (byte) (RANDOM.nextInt(255) - 127);
            }
        }
        return values;
    }

    private static Kernels simd() {
        Kernels simd = VectorKernels.usable();
        assumeTrue(simd != null, "this machine's vectors have fewer than 8 float lanes");
        return simd;
    }

    @Test
    void theSimdBankColumnsGiveTheScalarLoopsFloatsBitForBit() {
        Kernels simd = simd();
        for (int dimensions : List.of(1, 3, 128, 384)) {
            for (int size : List.of(1, 7, 16, 63, 64, 65, 100, 130)) {
                byte[][] columns = bytes(dimensions, size);
                float[] v = new float[dimensions];
                for (int j = 0; j < dimensions; j++) {
                    v[j] = (float) RANDOM.nextGaussian() / 10;
                }
                float[] scalar = Kernels.Scalar.INSTANCE.bytes(columns).dots(v);
                Columns c = simd.bytes(columns);
                float[] dots = c.dots(v);
                assertEquals(size, c.size());
                for (int i = 0; i < size; i++) {
                    assertEquals(Float.floatToIntBits(scalar[i]), Float.floatToIntBits(dots[i]),
                            dimensions + " dimensions, " + size + " vectors, vector " + i);
                    assertEquals(columns[dimensions - 1][i], c.value(dimensions - 1, i));
                }
            }
        }
    }

    @Test
    void theSimdWeightedSumGivesTheScalarLoopsDoublesBitForBit() {
        Kernels simd = simd();
        for (int dims : List.of(1, 5, 32, 100, 384)) {
            byte[][] rows = bytes(500, dims);
            double[] weights = RANDOM.doubles(500, -0.1, 3).toArray();
            for (int tokens : List.of(0, 1, 9, 250)) {
                int[] ids = RANDOM.ints(tokens, -3, 503).toArray(); // some outside the table, skipped
                double[] scalar = Kernels.Scalar.INSTANCE.weightedSum(rows, weights, ids, dims);
                double[] sum = simd.weightedSum(rows, weights, ids, dims);
                assertArrayEquals(scalar, sum, 0.0, dims + " dimensions, " + tokens + " tokens");
                for (int j = 0; j < dims; j++) {
                    assertEquals(Double.doubleToLongBits(scalar[j]), Double.doubleToLongBits(sum[j]));
                }
            }
        }
    }

    @Test
    void aJvmWithTheVectorModuleUsesTheSimdKernels() {
        simd();
        assertTrue(Kernels.active().name().startsWith("SIMD"), Kernels.active().name());
        assertNotNull(Columns.ofBytes(new byte[][]{{1, 2}}));
        assertInstanceOf(VectorKernels.class, Kernels.active());
    }

    /** What a JVM started without {@code --add-modules jdk.incubator.vector} picks, and whether its sums are right. */
    public static final class Probe {
        public static void main(String[] args) {
            float[] dots = Columns.ofBytes(new byte[][]{{1, -2, 3}, {4, 5, -6}}).dots(new float[]{0.5f, 2f});
            double[] sum = Kernels.active().weightedSum(new byte[][]{{1, 2}, {3, -4}}, new double[]{2, 0.5},
                    new int[]{0, 1, 7}, 2);
            System.out.println(Kernels.active().getClass().getSimpleName() + " " + dots[0] + " " + dots[1] + " "
                    + dots[2] + " " + sum[0] + " " + sum[1]);
        }
    }

    @Test
    void aJvmWithoutTheVectorModuleFallsBackToTheScalarKernels() throws IOException, InterruptedException {
        assertEquals("Scalar 8.5 9.0 -10.5 3.5 2.0", withoutTheVectorModule(Probe.class));
    }

    /**
     * The shipped first pass's misuse log-odds of the held-out set's first prompts of every tenth task, each as the
     * bits of its double (the model's own embedding stood in for: only the first pass runs the kernels).
     */
    public static final class FirstPassProbe {
        public static void main(String[] args) throws IOException {
            System.out.println(String.join(" ", logits()));
        }

        static List<String> logits() throws IOException {
            HeldOutSet set = HeldOutSet.load(HeldOutSet.locate("eval/heldout").orElseThrow());
            MisuseModel model = MisuseModel.shipped();
            TaskClassifier classifier = new TaskClassifier(new EmbeddingClassifierFactoryTest.HashingEmbedder(),
                    StaticEmbedder.shipped(), Anchors.DEFAULTS, Anchors.META, model, TaskClassifier.Settings.defaults(),
                    t -> set.tasks().get(t.id()).examples());
            List<String> tasks = List.copyOf(set.tasks().keySet());
            List<String> out = new java.util.ArrayList<>();
            for (HeldOutSet.Prompt p : set.prompts()) {
                if (tasks.indexOf(p.task()) % 10 == 0 && out.size() < 400) {
                    TaskClassifier.Features f = classifier.features(p.prompt(), set.tasks().get(p.task()).info());
                    out.add(Long.toHexString(Double.doubleToLongBits(TaskClassifier.firstPassLogit(f, model))));
                }
            }
            return out;
        }
    }

    @Test
    void theShippedFirstPassReadsTheSameLogOddsWithEitherKernel() throws IOException, InterruptedException {
        simd();
        List<String> simd = FirstPassProbe.logits();
        List<String> scalar = List.of(withoutTheVectorModule(FirstPassProbe.class).split(" "));
        assertEquals(400, simd.size());
        assertEquals(simd.size(), scalar.size());
        long differing = java.util.stream.IntStream.range(0, simd.size())
                .filter(i -> !simd.get(i).equals(scalar.get(i))).count();
        assertEquals(0, differing, "prompts whose first-pass log-odds differ between the kernels");
    }

    private static String withoutTheVectorModule(Class<?> main) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
