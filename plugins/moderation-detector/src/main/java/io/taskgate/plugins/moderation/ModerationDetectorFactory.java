package io.taskgate.plugins.moderation;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.ConfigProperty.Type;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Misuse detector {@code moderation} (family {@code misuse-pre}): sends the prompt text to the upstream's
 * {@code POST {upstream.base-url}/moderations} with the gateway's own upstream key and reports a MAJOR
 * {@link Finding} (label {@code moderation}, evidence: the flagged categories) when the upstream flags it; nothing
 * otherwise. A slow or failing moderation call makes the stage fail (counted per plugin; the misuse-pre fail
 * policy, open by default, lets the request go on).
 * <p>
 * By default ({@code action=report}) it only reports, so the core runs it beside the upstream call: the moderation
 * round trip never delays an answer, and a flag counts from the member's next request. With {@code action=refuse}
 * it runs in front of the call and a flagged prompt is refused with 403 {@code prompt_refused}.
 * <p>
 * Prompts share moderation calls ({@link ModerationBatcher}: {@code "input": [...]}, at most {@code max-batch} per
 * call, {@code dispatchers} calls in flight), so under load the gateway makes far fewer calls than requests. Beside
 * the call, a dispatcher also waits up to {@code linger-ms} (20) for more prompts before it calls: nobody waits for
 * that verdict, and at 100 requests a second it made 0.38 calls per request instead of one. In front of the call
 * ({@code action=refuse}) there is no linger: a prompt that finds a dispatcher idle is sent at once.
 */
public class ModerationDetectorFactory implements PreCallMisuseStageFactory {

    public static final String ID = "moderation";

    private URI endpoint;
    private String apiKey = "";
    private String model = "omni-moderation-latest";
    private Duration timeout = Duration.ofMillis(2000);
    private int maxChars = 20_000;
    private Severity severity = Severity.MAJOR;
    private boolean refuse;
    private int dispatchers = 4;
    private int maxBatch = 16;
    private Duration linger = Duration.ofMillis(20);
    private final List<ModerationBatcher> batchers = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void init(PluginConfig config) {
        String base = config.get("base-url").or(() -> config.gateway("upstream.base-url"))
                .map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new IllegalStateException("moderation: no upstream.base-url configured"));
        String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/moderations";
        Optional<String> apiVersion = config.gateway("upstream.api-version").map(String::strip).filter(s -> !s.isEmpty());
        if (apiVersion.isPresent()) {
            url += "?api-version=" + URLEncoder.encode(apiVersion.get(), StandardCharsets.UTF_8);
        }
        endpoint = URI.create(url);
        apiKey = config.get("api-key").or(() -> config.gateway("upstream.api-key")).map(String::strip).orElse("");
        model = config.get("model", "omni-moderation-latest");
        long ms = config.getLong("timeout-ms", 2000);
        if (ms < 1) {
            throw new IllegalArgumentException("gateway.misuse-pre.moderation.timeout-ms must be positive");
        }
        timeout = Duration.ofMillis(ms);
        maxChars = config.getInt("max-chars", 20_000);
        String sev = config.get("severity", "major").strip().toUpperCase(Locale.ROOT);
        if (!sev.equals("SLIGHT") && !sev.equals("MAJOR")) {
            throw new IllegalArgumentException("gateway.misuse-pre.moderation.severity must be slight or major");
        }
        severity = Severity.valueOf(sev);
        String action = config.get("action", "report").strip().toLowerCase(Locale.ROOT);
        if (!action.equals("report") && !action.equals("refuse")) {
            throw new IllegalArgumentException("gateway.misuse-pre.moderation.action must be report or refuse, got '"
                    + action + "'");
        }
        refuse = action.equals("refuse");
        dispatchers = config.getInt("dispatchers", 4);
        maxBatch = config.getInt("max-batch", 16);
        if (dispatchers < 1 || dispatchers > 256 || maxBatch < 1 || maxBatch > 256) {
            throw new IllegalArgumentException("gateway.misuse-pre.moderation.dispatchers and max-batch must be 1 to 256");
        }
        long lingerMs = config.getLong("linger-ms", 20);
        if (lingerMs < 0 || lingerMs > 1000) {
            throw new IllegalArgumentException("gateway.misuse-pre.moderation.linger-ms must be 0 to 1000, got " + lingerMs);
        }
        linger = refuse ? Duration.ZERO : Duration.ofMillis(lingerMs);
    }

    /** How long a dispatcher waits for more prompts before it calls: none when the detector may refuse. */
    Duration linger() {
        return linger;
    }

    /** The moderation URL in use (for tests and logs). */
    URI endpoint() {
        return endpoint;
    }

    /** Only with {@code action=refuse}; otherwise it runs beside the upstream call. */
    @Override
    public boolean mayRefuse() {
        return refuse;
    }

    @Override
    public Stage create() {
        if (endpoint == null) {
            throw new IllegalStateException("init() was not called");
        }
        ModerationBatcher moderation = new ModerationBatcher(new ModerationClient(endpoint, apiKey, model, timeout),
                dispatchers, maxBatch, linger);
        batchers.add(moderation);
        int max = maxChars;
        Severity sev = severity;
        boolean refuses = refuse;
        return exchange -> {
            String text = exchange.assessedText();
            if (text.isBlank()) {
                return StageResult.proceed();
            }
            if (text.length() > max) {
                text = text.substring(0, max);
            }
            Verdict verdict = moderation.verdict(text);
            if (verdict.flagged()) {
                exchange.report(new Finding(ID, sev, "moderation", verdict.confidence(),
                        "flagged by upstream moderation: " + (verdict.categories().isEmpty() ? "(no category)"
                                : String.join(", ", verdict.categories()))));
                if (refuses) {
                    return StageResult.refuse(Refusal.of(403, "prompt_refused", "This request was refused by the "
                            + "content moderation of this project (" + String.join(", ", verdict.categories())
                            + "). Requests must stay within task '" + exchange.task().name() + "'."));
                }
            }
            return StageResult.proceed();
        };
    }

    /** The batchers of the stages created so far (for tests). */
    List<ModerationBatcher> batchers() {
        return List.copyOf(batchers);
    }

    /** A request waits for the verdicts beside earlier calls: the prompts held back by the linger are sent now. */
    @Override
    public void hurry() {
        batchers.forEach(ModerationBatcher::hurry);
    }

    /** Stops the dispatcher threads of every stage this factory created. */
    @Override
    public void close() {
        batchers.forEach(ModerationBatcher::close);
        batchers.clear();
    }

    /** Whether a result is flagged, the flagged categories and the highest score among them. */
    record Verdict(boolean flagged, List<String> categories, double confidence) {
    }

    /** The verdict of a moderation answer with one result (see {@link ModerationClient#verdicts}). */
    static Verdict verdict(String json) {
        List<Verdict> verdicts = ModerationClient.verdicts(json);
        if (verdicts.isEmpty()) {
            throw new ModerationUnavailableException("moderation answer has no results", null);
        }
        return new Verdict(verdicts.stream().anyMatch(Verdict::flagged),
                verdicts.stream().flatMap(v -> v.categories().stream()).distinct().sorted().toList(),
                verdicts.stream().mapToDouble(Verdict::confidence).max().orElse(0));
    }

    /** The moderation endpoint gave no usable answer in time. */
    public static class ModerationUnavailableException extends RuntimeException {
        ModerationUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(
                new ConfigProperty("enabled", Type.BOOLEAN, "true", "Run this detector"),
                new ConfigProperty("order", Type.INTEGER, "30", "Position among the misuse-pre stages, lower first"),
                new ConfigProperty("timeout-ms", Type.INTEGER, "2000",
                        "Longest wait for the moderation answer (also the connect timeout); past it the stage fails"),
                new ConfigProperty("model", Type.STRING, "omni-moderation-latest", "Moderation model sent upstream"),
                new ConfigProperty("severity", Type.STRING, "major", "Severity reported for flagged prompts: slight or major"),
                new ConfigProperty("action", Type.STRING, "report",
                        "report: only report (runs beside the upstream call); refuse: run before the call and refuse"
                                + " a flagged prompt with 403 prompt_refused"),
                new ConfigProperty("max-chars", Type.INTEGER, "20000", "Only the first this many prompt characters are sent"),
                new ConfigProperty("dispatchers", Type.INTEGER, "4",
                        "Moderation calls in flight at once; prompts that arrive meanwhile share the next call"),
                new ConfigProperty("max-batch", Type.INTEGER, "16", "Most prompts sent in one moderation call"),
                new ConfigProperty("linger-ms", Type.INTEGER, "20",
                        "With action=report, how long a dispatcher waits for more prompts to send in the same call "
                                + "(0 to 1000; none with action=refuse, where an answer waits for the verdict)"),
                new ConfigProperty("base-url", Type.STRING, "(upstream.base-url)",
                        "Moderation base URL, when not the gateway's upstream"),
                new ConfigProperty("api-key", Type.STRING, "(upstream.api-key)",
                        "Key for the moderation base URL, when not the gateway's upstream key"));
    }

    @Override
    public String description() {
        return "Reports prompts that the upstream's moderation endpoint flags (violence, hate, self-harm, ...).";
    }
}
