package com.example.taskgate.secrets;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reports prompts that contain something that looks like a credential (a private key, an AWS access key id). */
public class SecretLeakDetectorFactory implements PreCallMisuseStageFactory {

    private static final Pattern SECRET = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----|\\bAKIA[0-9A-Z]{16}\\b");

    private Severity severity = Severity.SLIGHT;

    @Override
    public String id() {
        return "secrets";
    }

    @Override
    public void init(PluginConfig config) {
        severity = Severity.valueOf(config.get("severity", "slight").strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public Stage create() {
        Severity reported = severity;
        return exchange -> {
            if (SECRET.matcher(exchange.promptText()).find()) {
                exchange.report(new Finding(id(), reported, "secret", 0.9,
                        "the prompt contains what looks like a private key or an AWS access key id"));
            }
            return StageResult.proceed();
        };
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(
                new ConfigProperty("enabled", ConfigProperty.Type.BOOLEAN, "true", "Run this detector"),
                new ConfigProperty("severity", ConfigProperty.Type.STRING, "slight", "slight or major"));
    }

    @Override
    public String description() {
        return "Reports credentials pasted into prompts.";
    }
}
