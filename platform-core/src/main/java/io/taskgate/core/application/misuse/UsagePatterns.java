package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.internal.CacheRefresher;
import io.taskgate.core.domain.model.misuse.UsagePattern;
import io.taskgate.core.infrastructure.persistence.UsageQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * Looks at a member's recent usage in the ledger at most once per interval per member and returns the
 * usage-pattern findings of {@link UsagePattern}. The look reads up to a week of the member's ledger rows, so it
 * runs in the background, never on a request thread: a request that finds a look due starts one, and the findings
 * of a finished look are reported (once) on that member's next request. The baseline (the week before the last
 * hour, an hourly average) moves slowly and is the costly part for a busy member, so it is read at most once an
 * hour per member; the last hour and the recent intents are read on every look.
 */
@ApplicationScoped
public class UsagePatterns {

    private static final Logger LOG = Logger.getLogger(UsagePatterns.class.getName());

    @Inject
    UsageQueries usage;

    @Inject
    CacheRefresher background;

    Clock clock = Clock.systemUTC();

    private final Map<String, Instant> lastLook = new ConcurrentHashMap<>();
    private final Map<String, List<Finding>> ready = new ConcurrentHashMap<>();
    private final Map<String, Baseline> baselines = new ConcurrentHashMap<>();

    /** A member's requests and tokens in the week before {@code readAt} minus an hour. */
    private record Baseline(Instant readAt, long[] week) {
    }

    public List<Finding> look(TaskInfo task, String username, Duration interval, UsagePattern.Limits limits) {
        Instant now = clock.instant();
        String key = task.tenantId() + "/" + username;
        List<Finding> found = ready.remove(key);
        Instant previous = lastLook.get(key);
        if (previous == null || !previous.plus(interval).isAfter(now)) {
            if (lastLook.size() > 100_000) {
                lastLook.clear();
            }
            lastLook.put(key, now);
            start(key, task, username, now, limits);
        }
        return found == null ? List.of() : found;
    }

    private void start(String key, TaskInfo task, String username, Instant now, UsagePattern.Limits limits) {
        try {
            background.execute(() -> {
                List<Finding> findings = assess(key, task, username, now, limits);
                if (!findings.isEmpty()) {
                    ready.put(key, findings);
                }
            });
        } catch (RejectedExecutionException e) {
            lastLook.remove(key);
            LOG.warning("Usage-pattern look for " + key + " skipped, background queue full; tried again on the next request");
        }
    }

    private List<Finding> assess(String key, TaskInfo task, String username, Instant now, UsagePattern.Limits limits) {
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long[] lastHour = usage.activity(task.tenantId(), username, hourAgo, now);
        long[] week = baseline(key, task, username, now, hourAgo);
        List<String> recent = usage.recentIntents(task.tenantId(), username, 0, limits.switchWindow());
        List<String> older = usage.recentIntents(task.tenantId(), username, limits.switchWindow(), 10 * limits.switchWindow());
        return UsagePattern.assess(new UsagePattern.Volume(lastHour[0], lastHour[1], week[0], week[1]), recent, older,
                task.expectedIntents(), limits);
    }

    private long[] baseline(String key, TaskInfo task, String username, Instant now, Instant hourAgo) {
        Baseline known = baselines.get(key);
        if (known != null && known.readAt().plus(Duration.ofHours(1)).isAfter(now)) {
            return known.week();
        }
        if (baselines.size() > 100_000) {
            baselines.clear();
        }
        long[] week = usage.activity(task.tenantId(), username, hourAgo.minus(Duration.ofDays(7)), hourAgo);
        baselines.put(key, new Baseline(now, week));
        return week;
    }
}
