package io.taskgate.core.application.internal;

import io.taskgate.core.application.pipeline.DetectorQueue;
import io.taskgate.core.application.pipeline.RegisteredStage;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The default {@link DetectorQueue}: each detector that runs beside the upstream call has threads of its own, so a
 * detector that waits on the network (moderation) cannot hold up one that computes (the local embedding), and a
 * bounded queue in front of them:
 * <ul>
 *   <li>{@code gateway.misuse-pre.<id>.beside-threads}, else {@code gateway.misuse-pre.beside.threads}, else half the
 *   cores (at least one), so that a detector that computes never takes the whole machine from the requests; a
 *   detector that waits on a remote service needs about as many threads as calls it has open at once (the gateway
 *   ships 32 for {@code moderation});</li>
 *   <li>{@code gateway.misuse-pre.beside.queue} requests waiting per detector (512). A request that finds it full is
 *   shed for that detector: not assessed by it, and counted per plugin ({@code /api/plugins},
 *   {@code taskgate_stage_shed_total});</li>
 *   <li>{@code gateway.misuse-pre.beside.nice} (10): the detector threads' nice value, so that they take the CPU the
 *   requests leave and yield it when a request wants it ({@link LowerThreadPriority}; Linux; 0 leaves them at the
 *   requests' priority). A detector's findings still apply before the request is settled;</li>
 *   <li>{@code gateway.misuse-pre.beside.idle-class} (true): the detector threads also enter Linux's idle scheduling
 *   class ({@code SCHED_IDLE}, {@link LowerThreadPriority#intoIdleClass}): a request thread that wakes up takes a
 *   core from them at once, instead of waiting for a niced thread's time slice to end;</li>
 *   <li>{@code gateway.misuse-pre.beside.threads=0} runs the detectors on the request's own thread instead.</li>
 * </ul>
 */
@ApplicationScoped
public class BoundedDetectorQueue implements DetectorQueue {

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Config config;

    private static final Logger LOG = Logger.getLogger(BoundedDetectorQueue.class.getName());

    /** The detector threads' nice value unless {@code gateway.misuse-pre.beside.nice} says otherwise. */
    static final int DEFAULT_NICE = 10;

    private final Map<String, ThreadPoolExecutor> executors = new ConcurrentHashMap<>();
    private volatile Integer defaultThreads;
    private ThreadFactory threadFactory;
    private Function<String, Optional<String>> settings;

    public BoundedDetectorQueue() {
    }

    /** Outside CDI (tests): threads from {@code threadFactory}, settings (keys as documented) from {@code settings}. */
    BoundedDetectorQueue(ThreadFactory threadFactory, Map<String, ?> settings) {
        this.threadFactory = threadFactory;
        this.settings = key -> Optional.ofNullable(settings.get(key)).map(String::valueOf);
    }

    @PostConstruct
    void init() {
        threadFactory = threads;
        settings = key -> config.getOptionalValue(key, String.class);
    }

    @PreDestroy
    void stop() {
        executors.values().forEach(ThreadPoolExecutor::shutdownNow);
    }

    @Override
    public boolean offer(RegisteredStage stage, Runnable task) {
        if (defaultThreads == null) {
            defaultThreads = number("gateway.misuse-pre.beside.threads")
                    .orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        }
        int threadsEach = defaultThreads;
        if (threadsEach == 0) {
            return INLINE.offer(stage, task);
        }
        ThreadPoolExecutor executor = executors.computeIfAbsent(stage.pluginId(), id -> executor(id, threadsEach));
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private ThreadPoolExecutor executor(String pluginId, int defaultThreads) {
        int count = Math.max(1, number("gateway.misuse-pre." + pluginId + ".beside-threads").orElse(defaultThreads));
        int capacity = Math.max(1, number("gateway.misuse-pre.beside.queue").orElse(512));
        int nice = number("gateway.misuse-pre.beside.nice").orElse(DEFAULT_NICE);
        boolean idleClass = flag("gateway.misuse-pre.beside.idle-class", true);
        AtomicInteger made = new AtomicInteger();
        ThreadFactory factory = r -> threadFactory.newThread(() -> {
            Thread.currentThread().setName(threadName(pluginId, made.incrementAndGet()));
            if (nice > 0) {
                LowerThreadPriority.ofCurrentThread(nice);
            }
            if (idleClass) {
                LowerThreadPriority.intoIdleClass();
            }
            r.run();
        });
        ThreadPoolExecutor executor = new ThreadPoolExecutor(count, count, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(capacity), factory, new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private Optional<Integer> number(String key) {
        return settings.apply(key).map(String::strip).map(Integer::valueOf);
    }

    /** {@code true} or {@code false} (any case); another value is logged and {@code otherwise} applies. */
    private boolean flag(String key, boolean otherwise) {
        Optional<String> value = settings.apply(key).map(String::strip);
        if (value.isEmpty()) {
            return otherwise;
        }
        if (value.get().equalsIgnoreCase("true") || value.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(value.get());
        }
        LOG.warning(() -> key + " must be true or false, not '" + value.get() + "': " + otherwise + " applies");
        return otherwise;
    }

    /**
     * The name of a detector's thread: {@code detector-<plugin>-<n>}, so that a thread dump, {@code top -H} and
     * {@code ./taskgate profile} tell the detectors apart (the system keeps the first 15 characters).
     */
    static String threadName(String pluginId, int n) {
        return "detector-" + pluginId + "-" + n;
    }

    /** Requests waiting for a detector thread, per detector. */
    public Map<String, Integer> queued() {
        Map<String, Integer> queued = new java.util.TreeMap<>();
        executors.forEach((id, executor) -> queued.put(id, executor.getQueue().size()));
        return queued;
    }
}
