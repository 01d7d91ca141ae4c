package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.admin.PluginStatus;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.StageFactory;
import io.taskgate.core.application.ProxyMetrics;
import io.taskgate.core.application.pipeline.RegisteredStage;
import io.taskgate.core.application.pipeline.StageSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The stages of every family, discovered once at start-up. Honours {@code gateway.<family>.<id>.enabled=false}
 * and {@code .order}; a plugin whose factory fails to initialise is left out and reported, and stage failures
 * at request time are counted per plugin. Fail policy per family: {@code gateway.<family>.fail-policy=open|closed}.
 */
@ApplicationScoped
public class PluginRegistry implements StageSource {

    private static final Logger LOG = Logger.getLogger(PluginRegistry.class.getName());

    @Inject
    Config config;

    @Inject
    ProxyMetrics metrics;

    private final Map<StageFamily, List<RegisteredStage>> stages = new EnumMap<>(StageFamily.class);
    private final List<PluginStatus> statuses = new CopyOnWriteArrayList<>();
    private final List<StageFactory> started = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> shed = new ConcurrentHashMap<>();
    private final java.util.Set<String> hurryFailed = ConcurrentHashMap.newKeySet();
    private final Map<StageFamily, Boolean> failOpen = new EnumMap<>(StageFamily.class);

    /** Tenants' misuse policies: whether a failing detector lets their requests go on. */
    @Inject
    io.taskgate.core.application.misuse.MisusePolicies tenantPolicies;

    /** Time budget of stages from the plugins directory ({@code gateway.<family>.<id>.timeout-ms} overrides). */
    private long defaultBudgetMillis;

    /**
     * Loads the plugins when the application starts ({@link #load()} runs as this bean is made to observe the event),
     * not on the first request that needs them: a detector's model takes seconds to load, which no caller's request
     * should wait for.
     */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> statuses.size() + " plugins loaded at start");
    }

    @PostConstruct
    void load() {
        defaultBudgetMillis = config.getOptionalValue("gateway.plugins.timeout-ms", Long.class).orElse(2000L);
        Path dir = Path.of(config.getOptionalValue("gateway.plugins.dir", String.class).orElse("plugins"));
        for (StageFamily family : StageFamily.values()) {
            stages.put(family, new ArrayList<>());
            String fallback = family.failsOpenByDefault() ? "open" : "closed";
            failOpen.put(family, "open".equalsIgnoreCase(config.getOptionalValue(
                    "gateway." + family.configKey() + ".fail-policy", String.class).orElse(fallback)));
        }
        ClassLoader app = Thread.currentThread().getContextClassLoader();
        for (PluginDiscovery.Found found : PluginDiscovery.discover(app, dir, this::brokenSource)) {
            register(found.factory(), found.source());
        }
        stages.values().forEach(list -> list.sort(Comparator.comparingInt(RegisteredStage::order)));
        LOG.info(() -> "Pipeline stages (plugins dir " + dir.toAbsolutePath() + "): " + summary());
    }

    private void register(StageFactory factory, String source) {
        String id = factory.id();
        StageFamily family = factory.family();
        MpPluginConfig pluginConfig = new MpPluginConfig(config, family, id);
        int order = pluginConfig.getInt("order", factory.order());
        if (!pluginConfig.getBoolean("enabled", true)) {
            statuses.add(status(factory, source, "disabled", null, order, runs(family, false)));
            return;
        }
        try {
            factory.init(pluginConfig);
            Stage created = factory.create();
            if (created == null) {
                throw new IllegalStateException("create() returned null");
            }
            long budget = pluginConfig.getLong("timeout-ms", source.equals("builtin") ? 0 : defaultBudgetMillis);
            String name = family.configKey() + "/" + id;
            Stage inLine = inLine(factory, created, budget, name);
            Stage beside = budget > 0 ? new WatchedStage(created, budget, name) : created;
            RegisteredStage registered = new RegisteredStage(id, family, order, inLine, mayRefuse(factory), beside,
                    mayRefuseFor(factory));
            stages.get(family).add(registered);
            started.add(factory);
            statuses.add(status(factory, source, "active", null, order, runs(family, registered)));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + family.configKey() + "/" + id + " from " + source + " failed to start", e);
            statuses.add(status(factory, source, "broken", e.toString(), order, runs(family, false)));
            close(factory);
        }
    }

    /** The gateway stops: every started factory is closed, each on its own (one failing does not stop the others). */
    @jakarta.annotation.PreDestroy
    void closeAll() {
        started.forEach(PluginRegistry::close);
        started.clear();
    }

    private static void close(StageFactory factory) {
        try {
            factory.close();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + factory.family().configKey() + "/" + factory.id() + " failed to close", e);
        }
    }

    /** What the factory says after init; a factory that cannot say runs in line, where it may refuse. */
    private static boolean mayRefuse(StageFactory factory) {
        try {
            return factory.mayRefuse();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + factory.id() + ": mayRefuse() failed; it runs before the call", e);
            return true;
        }
    }

    /**
     * Whether the factory's stage may refuse a tenant's requests ({@link StageFactory#mayRefuse(String)}), for a
     * factory that answers per tenant; {@link RegisteredStage#EVERY_TENANT} for one that does not. A factory that
     * throws is taken to refuse (its stage then runs in front of the call, where a failure is handled as its family
     * says), and the failure is logged once.
     */
    static Predicate<String> mayRefuseFor(StageFactory factory) {
        if (!answersPerTenant(factory)) {
            return RegisteredStage.EVERY_TENANT;
        }
        AtomicBoolean logged = new AtomicBoolean();
        return tenant -> {
            try {
                return factory.mayRefuse(tenant);
            } catch (RuntimeException | LinkageError e) {
                if (logged.compareAndSet(false, true)) {
                    LOG.log(Level.WARNING, "Plugin " + factory.id() + ": mayRefuse(tenant) failed; its stage runs "
                            + "before the call (logged once)", e);
                }
                return true;
            }
        };
    }

    private static boolean answersPerTenant(StageFactory factory) {
        try {
            return factory.getClass().getMethod("mayRefuse", String.class).getDeclaringClass() != StageFactory.class;
        } catch (NoSuchMethodException | LinkageError e) {
            return false; // built against an older platform-api: the default applies
        }
    }

    /**
     * The stage as it runs in front of the call: within its budget ({@code budgetMillis}; 0: none, the built-in
     * stages), on another thread ({@link BudgetedStage}), or on the request's own thread when the factory says its
     * stage keeps the budget itself ({@link WatchedStage}).
     */
    static Stage inLine(StageFactory factory, Stage created, long budgetMillis, String name) {
        if (budgetMillis <= 0) {
            return created;
        }
        return boundsItsOwnTime(factory) ? new WatchedStage(created, budgetMillis, name)
                : new BudgetedStage(created, budgetMillis, name);
    }

    /** What the factory says after init; a factory that cannot say is handed to a thread within its budget. */
    private static boolean boundsItsOwnTime(StageFactory factory) {
        try {
            return factory.boundsItsOwnTime();
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + factory.id() + ": boundsItsOwnTime() failed; its runs are handed to a "
                    + "thread within its budget", e);
            return false;
        }
    }

    /** Where an active plugin's stage runs. */
    private static String runs(StageFamily family, RegisteredStage registered) {
        return registered.placedPerTenant() ? "per-tenant" : runs(family, registered.besideTheCall());
    }

    /** Where a plugin's stage runs; {@code beside} is {@link RegisteredStage#besideTheCall()} for an active one. */
    private static String runs(StageFamily family, boolean beside) {
        if (!family.beforeUpstream()) {
            return "after-call";
        }
        return beside ? "beside-call" : "before-call";
    }

    private PluginStatus status(StageFactory f, String source, String state, String problem, int order, String runs) {
        return new PluginStatus(f.id(), f.family().configKey(), source, state, problem, order, f.description(),
                safeMetadata(f), runs, 0, 0);
    }

    private static List<io.taskgate.api.spi.ConfigProperty> safeMetadata(StageFactory f) {
        try {
            return List.copyOf(f.configMetadata());
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    private void brokenSource(String source, Throwable problem) {
        LOG.log(Level.WARNING, "Could not load plugins from " + source, problem);
        statuses.add(new PluginStatus("?", "?", source, "broken", problem.toString(), 0, "", List.of(), "", 0, 0));
    }

    @Override
    public List<RegisteredStage> stages(StageFamily family) {
        return stages.get(family);
    }

    @Override
    public boolean failOpen(StageFamily family) {
        return failOpen.get(family);
    }

    @Override
    public boolean failOpen(StageFamily family, io.taskgate.api.pipeline.Exchange exchange) {
        boolean misuse = family == StageFamily.MISUSE_PRE || family == StageFamily.MISUSE_POST;
        if (!misuse || exchange.task() == null || tenantPolicies == null) {
            return failOpen(family);
        }
        if (exchange instanceof io.taskgate.core.application.ProxyExchange proxied && proxied.context().isPresent()) {
            return proxied.context().get().misuseStance().failOpen(); // read once, when the call was resolved
        }
        return tenantPolicies.stance(exchange.task().tenantId()).failOpen();
    }

    @Override
    public void hurry() {
        hurry(started, hurryFailed);
    }

    /**
     * Tells every plugin of {@code factories} that a request waits; one that fails is logged once (its key added to
     * {@code failed}), and the others are still told.
     */
    static void hurry(Iterable<StageFactory> factories, java.util.Set<String> failed) {
        for (StageFactory factory : factories) {
            try {
                factory.hurry();
            } catch (RuntimeException | LinkageError e) {
                if (failed.add(key(factory.family().configKey(), factory.id()))) {
                    LOG.log(Level.WARNING, "Plugin " + factory.family().configKey() + "/" + factory.id()
                            + " failed when told that a request waits for it (logged once)", e);
                }
            }
        }
    }

    @Override
    public void reportFailure(RegisteredStage stage, Throwable failure) {
        String key = key(stage.family().configKey(), stage.pluginId());
        failures.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        metrics.stageFailure(stage.family().configKey(), stage.pluginId());
        LOG.log(Level.WARNING, "Stage " + key + " failed", failure);
    }

    @Override
    public void reportShed(RegisteredStage stage, io.taskgate.api.pipeline.Exchange exchange) {
        String key = key(stage.family().configKey(), stage.pluginId());
        long count = shed.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        metrics.stageShed(stage.family().configKey(), stage.pluginId());
        if (count == 1 || Long.bitCount(count) == 1) {
            LOG.warning("The detector queue is full: stage " + key + " was not run for request "
                    + exchange.requestId() + " (" + count + " requests so far; see /api/plugins)");
        }
    }

    /** Every discovered plugin with its state, request-time failures and shed requests, for admins. */
    public List<PluginStatus> statuses() {
        return statuses.stream().map(s -> new PluginStatus(s.id(), s.family(), s.source(), s.state(), s.problem(),
                s.order(), s.description(), s.settings(), s.runs(), count(failures, s), count(shed, s))).toList();
    }

    private static long count(Map<String, AtomicLong> counts, PluginStatus status) {
        return counts.getOrDefault(key(status.family(), status.id()), new AtomicLong()).get();
    }

    /** The key of a plugin's request-time counts: {@code <family>/<id>}. */
    private static String key(String family, String pluginId) {
        return family + "/" + pluginId;
    }

    private String summary() {
        StringBuilder text = new StringBuilder();
        stages.forEach((family, list) -> text.append(family.configKey()).append('=')
                .append(list.stream().map(RegisteredStage::pluginId).toList()).append(' '));
        return text.toString().trim();
    }
}
