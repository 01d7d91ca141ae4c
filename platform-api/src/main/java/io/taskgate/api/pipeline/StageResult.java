package io.taskgate.api.pipeline;

import java.util.Objects;
import java.util.Optional;

/** What a stage decided: let the exchange go on, or refuse it with an OpenAI-style error. */
public final class StageResult {

    private static final StageResult PROCEED = new StageResult(null);

    private final Refusal refusal;

    private StageResult(Refusal refusal) {
        this.refusal = refusal;
    }

    public static StageResult proceed() {
        return PROCEED;
    }

    public static StageResult refuse(Refusal refusal) {
        return new StageResult(Objects.requireNonNull(refusal, "refusal"));
    }

    public boolean refused() {
        return refusal != null;
    }

    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    public String toString() {
        return refused() ? "refuse(" + refusal + ")" : "proceed";
    }
}
