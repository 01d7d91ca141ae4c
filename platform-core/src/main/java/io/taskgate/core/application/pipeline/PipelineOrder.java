package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.StageFamily;

import java.util.List;

/** The one place that fixes the order of the proxy pipeline. */
public final class PipelineOrder {

    /** A position in the pipeline: a stage family, or the upstream call that only the core makes. */
    public record Step(StageFamily family) {
        public static final Step UPSTREAM_CALL = new Step(null);

        public boolean isUpstreamCall() {
            return family == null;
        }
    }

    public static final List<Step> ORDER = List.of(
            new Step(StageFamily.TASK_POLICY),
            new Step(StageFamily.QUOTA),
            new Step(StageFamily.MISUSE_PRE),
            Step.UPSTREAM_CALL,
            new Step(StageFamily.MISUSE_POST),
            new Step(StageFamily.SETTLEMENT));

    public static final List<StageFamily> BEFORE_CALL = families(0, ORDER.indexOf(Step.UPSTREAM_CALL));
    public static final List<StageFamily> AFTER_CALL = families(ORDER.indexOf(Step.UPSTREAM_CALL) + 1, ORDER.size());

    private PipelineOrder() {
    }

    private static List<StageFamily> families(int from, int to) {
        return ORDER.subList(from, to).stream().map(Step::family).toList();
    }
}
