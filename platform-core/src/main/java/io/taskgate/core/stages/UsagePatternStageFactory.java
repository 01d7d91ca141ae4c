package io.taskgate.core.stages;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PostCallMisuseStageFactory;
import io.taskgate.core.application.misuse.UsagePatterns;
import io.taskgate.core.domain.model.misuse.UsagePattern;

import java.time.Duration;
import java.util.List;

/**
 * Built-in usage-pattern detector: volume spikes, topic switching and behaviour change against the member's own
 * history; a member with less than a day of history is compared with a new-member prior as well
 * ({@code gateway.misuse-post.usage-patterns.new-member-hourly-prior}, 120 requests an hour, and
 * {@code new-member-hourly-token-prior}, 200,000 tokens an hour; see {@link UsagePatterns}).
 */
public class UsagePatternStageFactory implements PostCallMisuseStageFactory {

    private UsagePattern.Limits limits = UsagePattern.Limits.DEFAULTS;
    private Duration interval = Duration.ofSeconds(60);

    @Override
    public String id() {
        return "usage-patterns";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void init(PluginConfig config) {
        UsagePattern.Limits d = UsagePattern.Limits.DEFAULTS;
        limits = new UsagePattern.Limits(Double.parseDouble(config.get("spike-factor", Double.toString(d.spikeFactor()))),
                config.getLong("min-requests", d.minRequests()), config.getLong("min-tokens", d.minTokens()),
                config.getInt("switch-window", d.switchWindow()),
                Double.parseDouble(config.get("switch-share", Double.toString(d.switchShare()))),
                Double.parseDouble(config.get("off-task-jump", Double.toString(d.offTaskJump()))),
                positive(config, "new-member-hourly-prior", d.newMemberHourlyRequests()),
                positive(config, "new-member-hourly-token-prior", d.newMemberHourlyTokens()));
        interval = Duration.ofSeconds(config.getLong("interval-seconds", 60));
    }

    private static double positive(PluginConfig config, String key, double defaultValue) {
        String text = config.get(key, "").strip();
        if (text.isEmpty()) {
            return defaultValue;
        }
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("gateway.misuse-post.usage-patterns." + key + " must be a number, not '" + text + "'");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("gateway.misuse-post.usage-patterns." + key + " must be more than 0");
        }
        return value;
    }

    /** The thresholds in force after {@link #init}. */
    UsagePattern.Limits limits() {
        return limits;
    }

    @Override
    public Stage create() {
        UsagePattern.Limits l = limits;
        Duration every = interval;
        CoreBean<UsagePatterns> patterns = new CoreBean<>(UsagePatterns.class);
        return exchange -> {
            if (exchange.task() != null && exchange.caller() != null) {
                patterns.get().look(exchange.task(), exchange.caller().username(), every, l)
                        .forEach(exchange::report);
            }
            return StageResult.proceed();
        };
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(
                new ConfigProperty("spike-factor", ConfigProperty.Type.DECIMAL, "5", "Last hour against the hourly average of the week before that counts as a spike (twice this: major)"),
                new ConfigProperty("min-requests", ConfigProperty.Type.INTEGER, "30", "Requests in the last hour below which there is no spike"),
                new ConfigProperty("min-tokens", ConfigProperty.Type.INTEGER, "20000", "Tokens in the last hour below which there is no spike"),
                new ConfigProperty("switch-window", ConfigProperty.Type.INTEGER, "10", "Recent requests looked at for topic switching"),
                new ConfigProperty("switch-share", ConfigProperty.Type.DECIMAL, "0.7", "Share of label changes that counts as abrupt switching"),
                new ConfigProperty("off-task-jump", ConfigProperty.Type.DECIMAL, "0.4", "Rise of the off-task share against history that counts as a change of behaviour"),
                new ConfigProperty("new-member-hourly-prior", ConfigProperty.Type.DECIMAL, "120",
                        "Requests an hour expected of a member with less than a day of history (blended with their own "
                                + "average by hours of history / 24); the typical rate of the task's or tenant's other "
                                + "members when higher"),
                new ConfigProperty("new-member-hourly-token-prior", ConfigProperty.Type.DECIMAL, "200000",
                        "Tokens an hour expected of a member with less than a day of history, likewise"),
                new ConfigProperty("interval-seconds", ConfigProperty.Type.INTEGER, "60", "Looks at one member at most this often"));
    }

    @Override
    public String description() {
        return "Finds request or token spikes, abrupt topic switching and sudden behaviour changes against each member's own history.";
    }
}
