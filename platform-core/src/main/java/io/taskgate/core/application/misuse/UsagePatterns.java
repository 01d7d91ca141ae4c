package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
import io.taskgate.core.application.internal.CacheRefresher;
import io.taskgate.core.domain.model.misuse.UsagePattern;
import io.taskgate.core.domain.model.usage.UsageHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * week before the last hour: requests, tokens and the member's first request in it, from which their hours of
 * history) moves slowly and is read at most once an hour per member.
 *
 * <p>A member with less than a day of history is compared with their own average blended with a prior
 * ({@link UsagePattern.Volume}): the typical (median) hourly rate of the other members of the same task whose
 * baselines this instance read in the last day and who have a day of history or more (of the tenant's, when the task
 * has fewer than {@link #MIN_PEERS}), never below the configured new-member rate
 * ({@code new-member-hourly-prior}, {@code new-member-hourly-token-prior}), which is used alone when there is nobody
 * to compare with. No query is made for it: it is computed from the baselines already read.
 */
@ApplicationScoped
public class UsagePatterns {

    private static final Logger LOG = Logger.getLogger(UsagePatterns.class.getName());

    @Inject
    UsageHistory usage;

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
    private static final Duration WEEK = Duration.ofDays(7);

    /** Fewer members of the same task than this with a day of history: the prior comes from the tenant's. */
    static final int MIN_PEERS = 3;
    /** At most this many other members' baselines are looked at for one prior. */
    private static final int MAX_PEERS = 1_000;

    /**
     * A member's requests and tokens in the week before {@code readAt} minus an hour, the hours of history they have
     * in it, the prior blended in while that is under a day, and the task of the look that read it.
     */
    private record Baseline(Instant readAt, String taskId, long requests, long tokens, double hours,
                            UsagePattern.Prior prior) {

        boolean full() {
            return hours >= UsagePattern.FULL_HISTORY_HOURS;
        }

        double hourlyRequests() {
            return requests / Math.max(1, hours);
        }

        double hourlyTokens() {
            return tokens / Math.max(1, hours);
        }
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
        Baseline week = baseline(key, task, username, now, to.minus(HOUR), limits);
        return UsagePattern.assess(new UsagePattern.Volume(lastHour[0], lastHour[1], week.requests(), week.tokens(),
                week.hours(), week.prior()), recent, older, task.expectedIntents(), limits);
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

    private Baseline baseline(String key, TaskInfo task, String username, Instant now, Instant hourAgo,
                              UsagePattern.Limits limits) {
        Baseline known = baselines.get(key);
        if (known != null && known.readAt().plus(HOUR).isAfter(now)) {
            return known;
        }
        if (baselines.size() > 100_000) {
            baselines.clear();
        }
        UsageHistory.ActivitySpan week = usage.activitySpan(task.tenantId(), username, hourAgo.minus(WEEK), hourAgo);
        double hours = week.first() == null ? 0
                : Math.max(0, Duration.between(week.first(), hourAgo).toMillis() / 3_600_000.0);
        UsagePattern.Prior prior = hours >= UsagePattern.FULL_HISTORY_HOURS ? UsagePattern.Prior.NONE
                : prior(task, key, now, limits);
        Baseline read = new Baseline(now, task.id(), week.requests(), week.tokens(), hours, prior);
        baselines.put(key, read);
        return read;
    }

    /**
     * The rate expected of a member new to {@code task}: the median hourly rate of the other members of the task (or,
     * with fewer than {@link #MIN_PEERS} of them, of the tenant) with a day of history whose baselines were read in the
     * last day, never below the configured new-member rate.
     */
    private UsagePattern.Prior prior(TaskInfo task, String key, Instant now, UsagePattern.Limits limits) {
        String tenantPrefix = task.tenantId() + "/";
        Instant recent = now.minus(Duration.ofDays(1));
        List<Baseline> tenant = new ArrayList<>();
        List<Baseline> sameTask = new ArrayList<>();
        for (Map.Entry<String, Baseline> e : baselines.entrySet()) {
            Baseline b = e.getValue();
            if (e.getKey().startsWith(tenantPrefix) && !e.getKey().equals(key) && b.full() && b.readAt().isAfter(recent)) {
                tenant.add(b);
                if (b.taskId().equals(task.id())) {
                    sameTask.add(b);
                }
                if (tenant.size() >= MAX_PEERS) {
                    break;
                }
            }
        }
        UsagePattern.Prior floor = limits.newMemberPrior();
        List<Baseline> peers = sameTask.size() >= MIN_PEERS ? sameTask : tenant;
        if (peers.isEmpty()) {
            return floor;
        }
        double requests = median(peers.stream().mapToDouble(Baseline::hourlyRequests).toArray());
        double tokens = median(peers.stream().mapToDouble(Baseline::hourlyTokens).toArray());
        if (requests <= floor.hourlyRequests() && tokens <= floor.hourlyTokens()) {
            return floor;
        }
        String who = peers == sameTask ? "the task's" : "the tenant's";
        return new UsagePattern.Prior(Math.max(requests, floor.hourlyRequests()), Math.max(tokens, floor.hourlyTokens()),
                String.format(Locale.ROOT, "the typical rate of %s other members (%d), at least %s", who, peers.size(),
                        floor.source()));
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
