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
 * usage-pattern findings of {@link UsagePattern}. Looks run in the background, never on a request thread: a request
 * that finds a look due starts one, and the findings of a finished look are reported (once) on that member's next
 * request. Each look reads only what was written to the ledger since the one before (a stream's row arrives when the
 * stream ends), up to {@link #SETTLE} ago, as a count, a token sum and the newest intents: the database aggregates,
 * however busy the member; {@link MemberActivity} keeps the last hour per minute between looks. The baseline (the
 * week before the last hour, an hourly average) moves slowly and is read at most once an hour per member.
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
    private final Map<String, MemberActivity> activities = new ConcurrentHashMap<>();

    /** How far behind the present a look reads: rows written just now may not be committed yet. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private static final Duration HOUR = Duration.ofHours(1);

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
        Instant to = now.minus(SETTLE);
        MemberActivity activity = catchUp(key, task, username, to, 11 * limits.switchWindow());
        long[] lastHour;
        List<String> recent;
        List<String> older;
        synchronized (activity) {
            lastHour = activity.lastHour();
            recent = activity.intents(0, limits.switchWindow());
            older = activity.intents(limits.switchWindow(), 10 * limits.switchWindow());
        }
        long[] week = baseline(key, task, username, now, to.minus(HOUR));
        return UsagePattern.assess(new UsagePattern.Volume(lastHour[0], lastHour[1], week[0], week[1]), recent, older,
                task.expectedIntents(), limits);
    }

    /**
     * The member's activity up to {@code to}: what was written since the last look, or afresh (the rows of the last
     * hour written before {@code to}, one by one) for a member new to this gateway or back after an hour away.
     */
    private MemberActivity catchUp(String key, TaskInfo task, String username, Instant to, int intentCapacity) {
        MemberActivity known = activities.get(key);
        if (known == null || known.readUpTo().isBefore(to.minus(HOUR)) || known.intentCapacity() < intentCapacity) {
            Instant from = to.minus(HOUR);
            MemberActivity fresh = new MemberActivity(to,
                    usage.recentIntents(task.tenantId(), username, from, to, intentCapacity), intentCapacity);
            usage.activityRows(task.tenantId(), username, from, to).forEach(row -> fresh.add(row.at(), row.tokens(), row.intent()));
            if (activities.size() > 100_000) {
                activities.clear();
            }
            activities.put(key, fresh);
            return fresh;
        }
        synchronized (known) {
            if (known.readUpTo().isBefore(to)) {
                long[] written = usage.writtenActivity(task.tenantId(), username, known.readUpTo(), to);
                List<String> intents = written[0] == 0 ? List.of()
                        : usage.writtenIntents(task.tenantId(), username, known.readUpTo(), to, intentCapacity);
                known.addWritten(to, written[0], written[1], intents);
            }
        }
        return known;
    }

    private long[] baseline(String key, TaskInfo task, String username, Instant now, Instant hourAgo) {
        Baseline known = baselines.get(key);
        if (known != null && known.readAt().plus(HOUR).isAfter(now)) {
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
