package io.taskgate.core.application.pipeline;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;

/** A created stage with the identity of the plugin that made it and its effective order. */
public record RegisteredStage(String pluginId, StageFamily family, int order, Stage stage) {
}
