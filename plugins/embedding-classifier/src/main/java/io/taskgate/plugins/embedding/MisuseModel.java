package io.taskgate.plugins.embedding;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The fitted part of the classifier: logistic regressions and how they are combined.
 * <ul>
 *   <li><b>lexical</b>: weights of the prompt's hashed words and character n-grams ({@link LexicalFeatures}); only
 *   features that at least three training tasks use carry a weight; with {@link #skipsTaskWords()}, the prompt's
 *   words that its task's name and description use are left out, when fitted and when applied;</li>
 *   <li><b>semantic</b>: weights of the {@link #FEATURES} of the prompt's embedding: its {@link #SIMILARITIES}
 *   similarities (to the task's name and description, its name and its example requests, to the anchors of
 *   {@code off_topic}, the work labels, instruction-like text, generic requests and other work, the share of its words
 *   the task uses, its length, how much closer it comes than its task to some business domain, its closest
 *   {@code off_topic} anchor with the task's own direction taken out of both), then its
 *   similarities to the model's {@link PromptBank} of labelled training prompts, then the logit of its
 *   {@link TaskRelativeProbe} (where the prompt lies relative to its task's centroid);</li>
 *   <li><b>combined</b>: {@code z = aLex * logit(pLex) + aSem * logit(pSem) + a0}, a calibrated log-odds that the prompt
 *   is misuse; MAJOR when {@code z > major}, SLIGHT when {@code z > slight}.</li>
 * </ul>
 * There are four semantic variants: with and without the task's example requests (without them, the example
 * similarities are the task similarity), each for the model's embedding and for the first pass's static embedding
 * ({@link StaticEmbedder}), whose {@code settle} threshold settles a prompt as NONE without the model. Everything
 * here is fitted on labelled prompts of other tasks than the ones it is used on (see the benchmark); the shipped model
 * is {@value #RESOURCE}.
 */
public final class MisuseModel {

    public static final String RESOURCE = "misuse-model.bin";
    static final int MAGIC = 0x54474d37; // TGM7: with the prompt banks' bases
    /** The format before the banks' bases (read as banks in their own values). */
    static final int MAGIC_WITHOUT_BASES = 0x54474d36;
    public static final String[] FEATURES = {"task", "task-name", "example-best", "example-top3", "example-mean",
            "off-topic-best", "off-topic-top3", "work-label-best", "instruction-like", "generic-request",
            "other-work", "task-word-overlap", "log-words", "foreign-domain", "off-topic-beside-task",
            "misuse-bank-best", "misuse-bank-top3", "on-task-bank-best", "task-relative-probe"};
    /** The features the model computes itself: its {@link PromptBank}'s, then its {@link TaskRelativeProbe}'s logit. */
    static final int MODEL_FEATURES = PromptBank.FEATURES + 1;
    /** The features {@link TaskClassifier} computes; the rest ({@link #MODEL_FEATURES}) come from the model. */
    public static final int SIMILARITIES = FEATURES.length - MODEL_FEATURES;
    /** Where the probe's logit lies among the features. */
    public static final int PROBE = FEATURES.length - 1;

    /** One semantic variant and its combination with the lexical model. */
    public record Variant(double[] mean, double[] sd, double[] weights, double bias, double aLex, double aSem, double a0,
                          double major, double slight, double settle) {
        public Variant {
            if (mean.length != FEATURES.length || sd.length != FEATURES.length || weights.length != FEATURES.length) {
                throw new IllegalArgumentException("expected " + FEATURES.length + " semantic features");
            }
        }

        public double semanticLogit(double[] features) {
            double z = bias;
            for (int i = 0; i < weights.length; i++) {
                z += weights[i] * (features[i] - mean[i]) / sd[i];
            }
            return z;
        }

        public double combine(double lexLogit, double semLogit) {
            return aLex * clampLogit(lexLogit) + aSem * clampLogit(semLogit) + a0;
        }
    }

    private final String embeddingModel;
    private final int bits;
    private final float[] lexWeights;
    private final double lexBias;
    private final int lexFloor;
    private final Variant withExamples;
    private final Variant withoutExamples;
    private final Variant cheapWithExamples;
    private final Variant cheapWithoutExamples;
    private final PromptBank bank;
    private final PromptBank cheapBank;
    private final TaskRelativeProbe probe;
    private final TaskRelativeProbe cheapProbe;
    private final boolean skipsTaskWords;

    /**
     * @param lexFloor the lexical vector of a prompt with fewer hashed features than this is scaled as if it had this
     *                 many: a three-word prompt's few words must not weigh as much as a paragraph's evidence
     * @param cheapWithExamples the first pass (static embedding, {@link StaticEmbedder}); its {@code settle} is the
     *                 log-odds below which a prompt is settled as NONE without the full model
     */
    public MisuseModel(String embeddingModel, int bits, int lexFloor, float[] lexWeights, double lexBias,
                       Variant withExamples, Variant withoutExamples, Variant cheapWithExamples,
                       Variant cheapWithoutExamples, PromptBank bank, PromptBank cheapBank, TaskRelativeProbe probe,
                       TaskRelativeProbe cheapProbe) {
        this(embeddingModel, bits, lexFloor, lexWeights, lexBias, withExamples, withoutExamples, cheapWithExamples,
                cheapWithoutExamples, bank, cheapBank, probe, cheapProbe, false);
    }

    /**
     * @param skipsTaskWords the lexical weights were fitted, and are applied, without the prompt's words that its
     *                 task's name and description use ({@code LexicalFeatures.of(text, bits, skip)}): "blog article for
     *                 the agency" says nothing against a travel agency's blog task
     */
    public MisuseModel(String embeddingModel, int bits, int lexFloor, float[] lexWeights, double lexBias,
                       Variant withExamples, Variant withoutExamples, Variant cheapWithExamples,
                       Variant cheapWithoutExamples, PromptBank bank, PromptBank cheapBank, TaskRelativeProbe probe,
                       TaskRelativeProbe cheapProbe, boolean skipsTaskWords) {
        this.skipsTaskWords = skipsTaskWords;
        this.embeddingModel = Objects.requireNonNull(embeddingModel);
        if (lexWeights.length != 1 << bits) {
            throw new IllegalArgumentException("expected 2^" + bits + " lexical weights");
        }
        this.bits = bits;
        this.lexWeights = lexWeights;
        this.lexBias = lexBias;
        this.lexFloor = Math.max(1, lexFloor);
        this.withExamples = Objects.requireNonNull(withExamples);
        this.withoutExamples = Objects.requireNonNull(withoutExamples);
        this.cheapWithExamples = Objects.requireNonNull(cheapWithExamples);
        this.cheapWithoutExamples = Objects.requireNonNull(cheapWithoutExamples);
        this.bank = Objects.requireNonNull(bank);
        this.cheapBank = Objects.requireNonNull(cheapBank);
        this.probe = Objects.requireNonNull(probe);
        this.cheapProbe = Objects.requireNonNull(cheapProbe);
    }

    /**
     * The semantic model's input: the similarities {@code sims} ({@link #SIMILARITIES}) of a prompt whose embedding
     * is {@code vector}, on a task whose centroid is {@code centroid}, followed by its {@link PromptBank} features
     * and its {@link TaskRelativeProbe} logit (the static embedding's bank and probe when {@code cheap}).
     */
    public double[] input(double[] sims, float[] vector, float[] centroid, boolean cheap) {
        return input(sims, (cheap ? cheapBank : bank).features(vector, null),
                (cheap ? cheapProbe : probe).logit(vector, centroid));
    }

    static double[] input(double[] sims, double[] bankFeatures, double probeLogit) {
        double[] x = java.util.Arrays.copyOf(sims, FEATURES.length);
        System.arraycopy(bankFeatures, 0, x, SIMILARITIES, PromptBank.FEATURES);
        x[PROBE] = probeLogit;
        return x;
    }

    /** Whether the lexical half leaves out the prompt's words that its task's name and description use. */
    public boolean skipsTaskWords() {
        return skipsTaskWords;
    }

    public int lexFloor() {
        return lexFloor;
    }

    /** The first pass's variant (static embedding). */
    public Variant cheapVariant(boolean examples) {
        return examples ? cheapWithExamples : cheapWithoutExamples;
    }

    public String embeddingModel() {
        return embeddingModel;
    }

    public int bits() {
        return bits;
    }

    public Variant variant(boolean examples) {
        return examples ? withExamples : withoutExamples;
    }

    public double lexicalLogit(LexicalFeatures.Vector v) {
        return v.dot(lexWeights, lexFloor) + lexBias;
    }

    /** Logits beyond +-12 carry no more information and keep the combination finite. */
    static double clampLogit(double z) {
        return Math.max(-12, Math.min(12, z));
    }

    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /** The model shipped with the plugin. */
    public static MisuseModel shipped() {
        try (InputStream in = MisuseModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The embedding classifier's " + RESOURCE + " is missing from its JAR");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedding classifier's " + RESOURCE + " could not be read", e);
        }
    }

    public static MisuseModel read(InputStream input) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(input));
        int magic = in.readInt();
        if (magic != MAGIC && magic != MAGIC_WITHOUT_BASES) {
            throw new IOException("not a misuse model");
        }
        boolean bases = magic == MAGIC;
        String embedding = in.readUTF();
        int bits = in.readInt();
        if (bits < 8 || bits > 24) {
            throw new IOException("bad hash size 2^" + bits);
        }
        int floor = in.readInt();
        boolean skipsTaskWords = (in.readInt() & 1) != 0;
        float[] w = new float[1 << bits];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        double lexBias = in.readDouble();
        return new MisuseModel(embedding, bits, floor, w, lexBias, readVariant(in), readVariant(in), readVariant(in),
                readVariant(in), PromptBank.read(in, bases), PromptBank.read(in, bases), TaskRelativeProbe.read(in),
                TaskRelativeProbe.read(in), skipsTaskWords);
    }

    private static Variant readVariant(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n != FEATURES.length) {
            throw new IOException("expected " + FEATURES.length + " semantic features, found " + n);
        }
        double[][] a = new double[3][n];
        for (double[] row : a) {
            for (int i = 0; i < n; i++) {
                row[i] = in.readDouble();
            }
        }
        return new Variant(a[0], a[1], a[2], in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble());
    }

    public void write(OutputStream output) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(output));
        out.writeInt(MAGIC);
        out.writeUTF(embeddingModel);
        out.writeInt(bits);
        out.writeInt(lexFloor);
        out.writeInt(skipsTaskWords ? 1 : 0);
        for (float f : lexWeights) {
            out.writeFloat(f);
        }
        out.writeDouble(lexBias);
        for (Variant v : new Variant[]{withExamples, withoutExamples, cheapWithExamples, cheapWithoutExamples}) {
            out.writeInt(FEATURES.length);
            for (double[] row : new double[][]{v.mean(), v.sd(), v.weights()}) {
                for (double d : row) {
                    out.writeDouble(d);
                }
            }
            for (double d : new double[]{v.bias(), v.aLex(), v.aSem(), v.a0(), v.major(), v.slight(), v.settle()}) {
                out.writeDouble(d);
            }
        }
        bank.write(out);
        cheapBank.write(out);
        probe.write(out);
        cheapProbe.write(out);
        out.flush();
    }
}
