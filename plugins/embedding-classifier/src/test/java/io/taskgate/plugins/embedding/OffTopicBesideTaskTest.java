package io.taskgate.plugins.embedding;

import io.taskgate.api.pipeline.TaskInfo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The semantic feature {@code off-topic-beside-task}: an off-topic anchor's similarity with the task's direction left out. */
class OffTopicBesideTaskTest {

    private static final float[] TASK = {1, 0, 0};
    private static final float[] PARENTING_ANCHOR = unit(0.8f, 0.6f, 0); // "my toddler won't sleep": near a parenting task

    private static float[] unit(float... v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / Math.sqrt(n));
        }
        return u;
    }

    private static double beside(float[] prompt) {
        double[] cosines = {9, Embedder.cosine(prompt, PARENTING_ANCHOR)}; // index 0: another anchor range
        return TaskClassifier.besideTask(Embedder.cosine(prompt, TASK), cosines, 1,
                new double[]{Embedder.cosine(PARENTING_ANCHOR, TASK)});
    }

    @Test
    void aPromptThatIsCloseToTheAnchorOnlyAlongTheTaskScoresLowBesideIt() {
        float[] article = unit(0.95f, 0, 0.31f); // the task's own work, personal only as far as the task is
        assertTrue(Embedder.cosine(article, PARENTING_ANCHOR) > 0.7, "close to the anchor as a whole");
        assertEquals(0.0, beside(article), 1e-6, "nothing in common once the task's direction is left out");
    }

    @Test
    void aPromptThatSharesTheAnchorsOwnDirectionScoresHighBesideIt() {
        float[] personal = unit(0.3f, 0.9f, 0.1f);
        assertTrue(beside(personal) > 0.95, "the anchor's own (non-task) direction: " + beside(personal));
    }

    @Test
    void onAParentingMagazineAnArticleRequestIsLessPersonalBesideTheTaskThanTheWritersOwnChildsFever() {
        TaskInfo magazine = new TaskInfo("magazine", "acme", "Parenting magazine articles",
                "Write and edit articles for our online parenting magazine: baby sleep, toddler tantrums, school "
                        + "lunches, teen mental health; fact-check health claims against NHS guidance.",
                true, Set.of("doc"));
        TaskClassifier classifier = new TaskClassifier(new OnnxEmbedder(), StaticEmbedder.shipped(), Anchors.DEFAULTS,
                Anchors.META, MisuseModel.shipped(), TaskClassifier.Settings.defaults(), t -> List.of());
        int feature = List.of(MisuseModel.FEATURES).indexOf("off-topic-beside-task");
        double article = classifier.features("draft a 900-word article on the 18-month sleep regression for the "
                + "toddler section, with tips parents can try for two weeks", magazine).semantic()[feature];
        double own = classifier.features("my own son has had a fever of 39.5 since last night and won't drink, "
                + "should I take him to A&E or wait for the GP tomorrow?", magazine).semantic()[feature];
        assertTrue(own > article, "the writer's own child (" + own + ") against the magazine's article (" + article + ")");
    }

    @Test
    void aPromptOnTheTaskItselfIsNotDividedByZero() {
        double v = beside(TASK.clone());
        assertTrue(v >= -1 && v <= 1, "clamped: " + v);
    }
}
