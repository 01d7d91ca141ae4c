package io.taskgate.api.pipeline;

/**
 * One step of the proxy pipeline. A stage inspects the exchange and returns a result; it never calls
 * the upstream itself (only the core does), so it cannot skip or repeat the call.
 */
@FunctionalInterface
public interface Stage {

    StageResult apply(Exchange exchange);
}
