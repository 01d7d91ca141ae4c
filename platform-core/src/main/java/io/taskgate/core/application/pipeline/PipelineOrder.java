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

    /** Derived from {@link StageFamily}: the families before the call in declaration order, the call, the rest. */
    public static final List<Step> ORDER = java.util.stream.Stream.of(
            java.util.Arrays.stream(StageFamily.values()).filter(StageFamily::beforeUpstream).map(Step::new),
            java.util.stream.Stream.of(Step.UPSTREAM_CALL),
            java.util.Arrays.stream(StageFamily.values()).filter(f -> !f.beforeUpstream()).map(Step::new))
            .flatMap(s -> s).toList();

    public static final List<StageFamily> BEFORE_CALL = families(0, ORDER.indexOf(Step.UPSTREAM_CALL));
    public static final List<StageFamily> AFTER_CALL = families(ORDER.indexOf(Step.UPSTREAM_CALL) + 1, ORDER.size());

    private PipelineOrder() {
    }

    private static List<StageFamily> families(int from, int to) {
        return ORDER.subList(from, to).stream().map(Step::family).toList();
    }
}
