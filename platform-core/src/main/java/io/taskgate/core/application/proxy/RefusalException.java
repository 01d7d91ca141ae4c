package io.taskgate.core.application.proxy;

import io.taskgate.api.pipeline.Refusal;

/** Carries a refusal out of request parsing and authentication, before the pipeline runs. */
public final class RefusalException extends Exception {

    private final transient Refusal refusal;

    public RefusalException(Refusal refusal) {
        super(refusal.message(), null, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
