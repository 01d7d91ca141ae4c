package io.taskgate.api.pipeline;

/**
 * The families of proxy stages. The core runs them in one fixed order around the upstream call;
 * a family's {@link #configKey()} scopes its plugins' settings as {@code gateway.<family>.<id>.*}.
 */
public enum StageFamily {
    /** Is this caller allowed this task, endpoint and model? Runs first. */
    TASK_POLICY("task-policy", true),
    /** Rate limits and quotas: admission before the call. */
    QUOTA("quota", true),
    /** Misuse detection on the request, before the upstream call. */
    MISUSE_PRE("misuse-pre", true),
    /** Misuse detection on the answer, after the upstream call. Observes; cannot undo the call. */
    MISUSE_POST("misuse-post", false),
    /** Usage settlement (cost, quota settlement) once the exchange is complete. */
    SETTLEMENT("settlement", false);

    private final String configKey;
    private final boolean beforeUpstream;

    StageFamily(String configKey, boolean beforeUpstream) {
        this.configKey = configKey;
        this.beforeUpstream = beforeUpstream;
    }

    public String configKey() {
        return configKey;
    }

    /** Whether stages of this family run before the upstream call and so may refuse the request. */
    public boolean beforeUpstream() {
        return beforeUpstream;
    }
}
