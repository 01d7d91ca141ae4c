package io.taskgate.api.pipeline;

import io.taskgate.api.spi.PostCallMisuseStageFactory;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.api.spi.QuotaStageFactory;
import io.taskgate.api.spi.SettlementStageFactory;
import io.taskgate.api.spi.StageFactory;
import io.taskgate.api.spi.TaskPolicyStageFactory;

/**
 * The families of proxy stages, each described once: its settings key ({@code gateway.<family>.<id>.*}), whether it
 * runs before the upstream call (and so may refuse), what happens when one of its stages fails unless the operator
 * says otherwise ({@code gateway.<family>.fail-policy}), and the SPI its factories implement. The declaration order
 * is the pipeline's order: the families before the upstream call in this order, the call, then the others.
 */
public enum StageFamily {
    /** Is this caller allowed this task, endpoint and model? Runs first. A failure refuses the request. */
    TASK_POLICY("task-policy", true, false, TaskPolicyStageFactory.class),
    /** Rate limits and quotas: admission before the call. A failure refuses the request. */
    QUOTA("quota", true, false, QuotaStageFactory.class),
    /** Misuse detection on the request, before the upstream call (or beside it, for stages that never refuse). */
    MISUSE_PRE("misuse-pre", true, true, PreCallMisuseStageFactory.class),
    /** Misuse detection on the answer, after the upstream call. Observes; cannot undo the call. */
    MISUSE_POST("misuse-post", false, true, PostCallMisuseStageFactory.class),
    /** Usage settlement (cost, quota settlement) once the exchange is complete. */
    SETTLEMENT("settlement", false, true, SettlementStageFactory.class);

    private final String configKey;
    private final boolean beforeUpstream;
    private final boolean failsOpenByDefault;
    private final Class<? extends StageFactory> spi;

    StageFamily(String configKey, boolean beforeUpstream, boolean failsOpenByDefault, Class<? extends StageFactory> spi) {
        this.configKey = configKey;
        this.beforeUpstream = beforeUpstream;
        this.failsOpenByDefault = failsOpenByDefault;
        this.spi = spi;
    }

    public String configKey() {
        return configKey;
    }

    /** Whether stages of this family run before the upstream call and so may refuse the request. */
    public boolean beforeUpstream() {
        return beforeUpstream;
    }

    /** Whether a failing stage lets the request go on when {@code gateway.<family>.fail-policy} is not set. */
    public boolean failsOpenByDefault() {
        return failsOpenByDefault;
    }

    /** The interface the factories of this family implement and register for {@link java.util.ServiceLoader}. */
    public Class<? extends StageFactory> spi() {
        return spi;
    }
}
