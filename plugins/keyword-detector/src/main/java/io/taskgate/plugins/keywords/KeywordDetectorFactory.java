package io.taskgate.plugins.keywords;

import io.taskgate.api.pipeline.Exchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Refusal;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageResult;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.api.spi.ConfigProperty;
import io.taskgate.api.spi.ConfigProperty.Type;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Misuse detector {@code keywords} (family {@code misuse-pre}): matches the prompt text against keyword/regex
 * rules, global ({@code gateway.misuse-pre.keywords.patterns}) and per tenant
 * ({@code gateway.misuse-pre.keywords.tenant.<tenantId>.patterns}), and reports one {@link Finding} naming the
 * matched rules. With {@code action=refuse} (globally or per tenant) a MAJOR match also refuses the request
 * with 403 {@code prompt_refused}. Evidence names rules, never the matched prompt text (tenants may keep no
 * prompts). Reports nothing when no rule matches.
 *
 * <p>When {@code patterns} is not set, the global rules are the default rules shipped with the plugin
 * ({@value #DEFAULT_RULES}: clearly personal topics such as betting, dating, one's CV or job interview, children's
 * homework, dinner recipes, holiday planning, one's own medical symptoms, and prompt-injection phrasing, in English,
 * German, French and Spanish). A value of {@code patterns} replaces them; an empty value, or
 * {@code default-rules=false} (for configuration sources that read an empty value as unset, as MicroProfile Config
 * does), turns them off.
 */
public class KeywordDetectorFactory implements PreCallMisuseStageFactory {

    public static final String ID = "keywords";
    /** The resource, beside this class, of the rules used when {@code patterns} is not set. */
    public static final String DEFAULT_RULES = "default-rules.txt";
    /** The default rules read at most this many characters of a prompt: the first half and the last half. */
    static final int DEFAULT_RULES_MAX_CHARS = 20_000;
    static final int MAX_TENANTS_CACHED = 1024;

    private PluginConfig config = PluginConfig.EMPTY;
    private Severity defaultSeverity = Severity.MAJOR;
    private boolean caseSensitive;
    private KeywordRules global = KeywordRules.NONE;
    private KeywordRules defaults = KeywordRules.NONE;
    private TaskSubjects subjects = TaskSubjects.NONE;
    private int defaultMaxChars = DEFAULT_RULES_MAX_CHARS;
    private String globalAction = "report";
    private long timeoutNanos = TimeUnit.MILLISECONDS.toNanos(100);
    private int maxChars = 200_000;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void init(PluginConfig config) {
        this.config = Objects.requireNonNull(config);
        defaultSeverity = KeywordRules.severity(config.get("severity", "major"), "severity");
        caseSensitive = config.getBoolean("case-sensitive", false);
        Optional<String> patterns = config.get("patterns");
        global = KeywordRules.parse(patterns.orElse(""), defaultSeverity, caseSensitive, "global");
        defaults = patterns.isEmpty() && config.getBoolean("default-rules", true) ? defaultRules(defaultSeverity)
                : KeywordRules.NONE;
        subjects = defaults != KeywordRules.NONE && config.getBoolean("task-subjects", true) ? TaskSubjects.shipped()
                : TaskSubjects.NONE;
        defaultMaxChars = config.getInt("default-rules-max-chars", DEFAULT_RULES_MAX_CHARS);
        if (defaultMaxChars < 2) {
            throw new IllegalArgumentException("gateway.misuse-pre.keywords.default-rules-max-chars must be at least 2");
        }
        globalAction = action(config.get("action", "report"), "action");
        long ms = config.getLong("timeout-ms", 100);
        if (ms < 1) {
            throw new IllegalArgumentException("gateway.misuse-pre.keywords.timeout-ms must be positive");
        }
        timeoutNanos = TimeUnit.MILLISECONDS.toNanos(ms);
        maxChars = config.getInt("max-chars", 200_000);
    }

    /**
     * The rules shipped in {@value #DEFAULT_RULES} (beside this class): clearly personal topics and prompt-injection
     * phrasing, in the syntax of {@code patterns}, one rule a line, {@code #} starting a comment line. Always
     * case-insensitive; rules that name no severity take {@code defaultSeverity}. They stand in for the global rules
     * while {@code patterns} is not set, and read at most {@code default-rules-max-chars} of a prompt (its beginning
     * and its end), so that they keep well within the matching time limit however long the prompt.
     */
    public static KeywordRules defaultRules(Severity defaultSeverity) {
        return KeywordRules.resource(DEFAULT_RULES, defaultSeverity, "default", true);
    }

    private static String action(String value, String key) {
        String a = value.strip().toLowerCase(Locale.ROOT);
        if (!a.equals("report") && !a.equals("refuse")) {
            throw new IllegalArgumentException("gateway.misuse-pre.keywords." + key + " must be report or refuse, got '"
                    + value + "'");
        }
        return a;
    }

    /**
     * It refuses only where {@code action} (the tenant's, else the global one) is {@code refuse}: for the other
     * tenants it only reports, and runs beside the upstream call, so that its matching never delays their answers.
     * An action that is not {@code report} (a typo too) keeps it in front of the call, where its failure is handled
     * as the tenant's misuse policy says.
     */
    @Override
    public boolean mayRefuse(String tenantId) {
        String own = config.get("tenant." + tenantId + ".action", "").strip().toLowerCase(Locale.ROOT);
        return !(own.isEmpty() ? globalAction : own).equals("report");
    }

    /**
     * Its matching stops at its own deadline ({@code timeout-ms}, 100 ms unless set; {@link KeywordRules#match}) and
     * reads at most {@code max-chars} of a prompt, so the core runs it on the request's own thread instead of handing
     * every run to another thread.
     */
    @Override
    public boolean boundsItsOwnTime() {
        return true;
    }

    @Override
    public Stage create() {
        return new KeywordStage(config, global, defaults, subjects, defaultMaxChars, globalAction, defaultSeverity,
                caseSensitive, timeoutNanos, maxChars);
    }

    /** The stage; its only mutable state is a bounded, synchronised cache of per-tenant rules. */
    static final class KeywordStage implements Stage {

        /** A tenant's compiled rules with the setting values they were built from (re-read on every request). */
        private record TenantRules(String patterns, String action, boolean inheritGlobal, KeywordRules defaults,
                                   KeywordRules rules, String effectiveAction, RuntimeException problem) {
        }

        private final PluginConfig config;
        private final KeywordRules global;
        private final KeywordRules defaults;
        private final TaskSubjects subjects;
        private final int defaultMaxChars;
        private final String globalAction;
        private final Severity defaultSeverity;
        private final boolean caseSensitive;
        private final long timeoutNanos;
        private final int maxChars;
        private final Map<String, TenantRules> tenants = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, TenantRules> eldest) {
                return size() > MAX_TENANTS_CACHED;
            }
        };

        KeywordStage(PluginConfig config, KeywordRules global, KeywordRules defaults, TaskSubjects subjects,
                     int defaultMaxChars, String globalAction, Severity defaultSeverity, boolean caseSensitive,
                     long timeoutNanos, int maxChars) {
            this.config = config;
            this.global = global;
            this.defaults = defaults;
            this.subjects = subjects;
            this.defaultMaxChars = defaultMaxChars;
            this.globalAction = globalAction;
            this.defaultSeverity = defaultSeverity;
            this.caseSensitive = caseSensitive;
            this.timeoutNanos = timeoutNanos;
            this.maxChars = maxChars;
        }

        @Override
        public StageResult apply(Exchange exchange) {
            String tenant = exchange.task().tenantId();
            TenantRules rules = rulesFor(tenant);
            if (rules.problem() != null) {
                throw rules.problem();
            }
            String text = exchange.assessedText();
            if (text.length() > maxChars) {
                text = text.substring(0, maxChars);
            }
            long deadline = System.nanoTime() + timeoutNanos;
            KeywordRules.Match match = rules.rules().match(text, deadline);
            if (!rules.defaults().rules().isEmpty()) {
                List<KeywordRules.Rule> hits = new ArrayList<>(onTask(exchange.task(),
                        rules.defaults().match(ends(text, defaultMaxChars), deadline).rules(), deadline));
                hits.addAll(match.rules());
                match = new KeywordRules.Match(hits);
            }
            if (!match.any()) {
                return StageResult.proceed();
            }
            KeywordRules.Rule top = match.strongest();
            // the rule's name, scope and the other rules first: a long pattern is cut at the finding's 500 characters
            String evidence = "matched rule '" + top.label() + "' (" + top.scope() + ")"
                    + (match.rules().size() > 1 ? "; also " + match.rules().stream().filter(r -> r != top)
                    .map(KeywordRules.Rule::label).distinct().collect(Collectors.joining(", ")) : "")
                    + ": /" + top.pattern().pattern() + "/";
            exchange.report(new Finding(ID, top.severity(), top.label(), 1.0, evidence));
            if (rules.effectiveAction().equals("refuse") && top.severity() == Severity.MAJOR) {
                return StageResult.refuse(Refusal.of(403, "prompt_refused", "This request was refused by the "
                        + "content rules of this project (rule '" + top.label() + "'). Requests must stay within task '"
                        + exchange.task().name() + "'; ask the project owner if you think this is a mistake."));
            }
            return StageResult.proceed();
        }

        /**
         * The default rules' {@code hits} as they count on {@code task}: a MAJOR rule whose topic is the task's own
         * subject ({@link TaskSubjects}) reports SLIGHT there.
         */
        private List<KeywordRules.Rule> onTask(TaskInfo task, List<KeywordRules.Rule> hits, long deadline) {
            if (hits.isEmpty()) {
                return hits;
            }
            Set<String> own = subjects.of(task, deadline);
            if (own.isEmpty()) {
                return hits;
            }
            return hits.stream().map(r -> r.severity() == Severity.MAJOR && own.contains(r.label())
                    ? new KeywordRules.Rule(r.label(), Severity.SLIGHT, r.pattern(),
                    r.scope() + "; its topic is this task's own subject", r.skipsQuotedMentions())
                    : r).toList();
        }

        /** The first and the last {@code max / 2} characters of a longer text, a blank line between them. */
        static String ends(String text, int max) {
            if (text.length() <= max) {
                return text;
            }
            int half = max / 2;
            return text.substring(0, half) + "\n\n" + text.substring(text.length() - half);
        }

        private TenantRules rulesFor(String tenant) {
            String prefix = "tenant." + tenant + ".";
            String patterns = config.get(prefix + "patterns", "");
            String action = config.get(prefix + "action", "");
            boolean inherit = config.getBoolean(prefix + "inherit-global", true);
            synchronized (tenants) {
                TenantRules cached = tenants.get(tenant);
                if (cached != null && cached.patterns().equals(patterns) && cached.action().equals(action)
                        && cached.inheritGlobal() == inherit) {
                    return cached;
                }
            }
            TenantRules built;
            try {
                KeywordRules own = KeywordRules.parse(patterns, defaultSeverity, caseSensitive, "tenant " + tenant);
                built = new TenantRules(patterns, action, inherit, inherit ? defaults : KeywordRules.NONE,
                        inherit ? global.plus(own) : own, action.isBlank() ? globalAction : action(action, prefix + "action"), null);
            } catch (IllegalArgumentException e) {
                built = new TenantRules(patterns, action, inherit, KeywordRules.NONE, KeywordRules.NONE, globalAction, e);
            }
            synchronized (tenants) {
                tenants.put(tenant, built);
            }
            return built;
        }

        int cachedTenants() {
            synchronized (tenants) {
                return tenants.size();
            }
        }
    }

    @Override
    public List<ConfigProperty> configMetadata() {
        return List.of(
                new ConfigProperty("enabled", Type.BOOLEAN, "true", "Run this detector"),
                new ConfigProperty("order", Type.INTEGER, "10", "Position among the misuse-pre stages, lower first"),
                new ConfigProperty("patterns", Type.LIST, "",
                        "Global rules: label[:slight|major]=regex entries separated by ';' (\\; for a literal ';'), "
                                + "e.g. gambling=\\b(casino|poker)\\b;crypto:slight=\\bbitcoin\\b. Not set: the "
                                + "plugin's default rules (personal topics, prompt injection); set, it replaces them; "
                                + "empty: no global rules"),
                new ConfigProperty("task-subjects", Type.BOOLEAN, "true",
                        "A default rule whose topic the task's own name, description or example requests name "
                                + "(default-rule-subjects.txt: dating on a dating app, cover letters on a CV parser) "
                                + "reports slight instead of major on that task"),
                new ConfigProperty("default-rules", Type.BOOLEAN, "true",
                        "Use the plugin's default rules while patterns is not set; false turns them off"),
                new ConfigProperty("default-rules-max-chars", Type.INTEGER, Integer.toString(DEFAULT_RULES_MAX_CHARS),
                        "The default rules read only this many prompt characters: the first half and the last half"),
                new ConfigProperty("tenant.<tenantId>.patterns", Type.LIST, "",
                        "A tenant's own rules, same syntax, added to the global ones"),
                new ConfigProperty("tenant.<tenantId>.inherit-global", Type.BOOLEAN, "true",
                        "false: the tenant's rules replace the global ones for that tenant"),
                new ConfigProperty("severity", Type.STRING, "major", "Severity of rules that do not name one: slight or major"),
                new ConfigProperty("action", Type.STRING, "report",
                        "report: only report findings; refuse: also refuse a request matching a major rule (403 prompt_refused)"),
                new ConfigProperty("tenant.<tenantId>.action", Type.STRING, "",
                        "Overrides action for one tenant"),
                new ConfigProperty("case-sensitive", Type.BOOLEAN, "false", "Match regexes case-sensitively"),
                new ConfigProperty("timeout-ms", Type.INTEGER, "100",
                        "Time limit for matching one prompt; past it the stage fails (and the family's fail policy applies)"),
                new ConfigProperty("max-chars", Type.INTEGER, "200000", "Only the first this many prompt characters are scanned"));
    }

    @Override
    public String description() {
        return "Reports (or refuses) prompts that match keyword/regex rules, global and per tenant.";
    }
}
