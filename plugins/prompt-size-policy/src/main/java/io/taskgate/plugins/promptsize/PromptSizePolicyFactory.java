package io.taskgate.plugins.promptsize;

import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.TaskPolicyStageFactory;

import java.util.List;

/**
 * Refuses requests whose prompt text is longer than {@code gateway.task-policy.prompt-size.max-chars}
 * (default 100 000 characters) with 400 {@code prompt_too_long}, before any upstream cost arises.
 */
public class PromptSizePolicyFactory implements TaskPolicyStageFactory {

    private int maxChars = 100_000;

    @Override
    public String id() {
        return "prompt-size";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void init(PluginConfig config) {
        maxChars = config.getInt("max-chars", 100_000);
        if (maxChars < 1) {
            throw new IllegalArgumentException("gateway.task-policy.prompt-size.max-chars must be positive");
        }
    }

    @Override
    public Stage create() {
        int limit = maxChars;
        return exchange -> {
            int length = exchange.promptText().length();
            if (length <= limit) {
                return StageResult.proceed();
            }
            return StageResult.refuse(Refusal.of(400, "prompt_too_long", "The prompt has " + length
                    + " characters; this gateway accepts at most " + limit + ". Shorten it or split the work."));
        };
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(new ConfigProperty("max-chars", ConfigProperty.Type.INTEGER, "100000",
                "Longest prompt accepted, in characters"));
    }

    @Override
    public String description() {
        return "Refuses prompts longer than a configured number of characters.";
    }
}
