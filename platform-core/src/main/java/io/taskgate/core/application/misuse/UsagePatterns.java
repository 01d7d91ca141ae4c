package io.taskgate.core.application.misuse;

import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.TaskInfo;
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

/**
 * Looks at a member's recent usage in the ledger at most once per interval per member (the queries are not free)
 * and returns the usage-pattern findings of {@link UsagePattern}.
 */
@ApplicationScoped
public class UsagePatterns {

    @Inject
    UsageQueries usage;

    Clock clock = Clock.systemUTC();

    private final Map<String, Instant> lastLook = new ConcurrentHashMap<>();

    public List<Finding> look(TaskInfo task, String username, Duration interval, UsagePattern.Limits limits) {
        Instant now = clock.instant();
        String key = task.tenantId() + "/" + username;
        Instant previous = lastLook.get(key);
        if (previous != null && previous.plus(interval).isAfter(now)) {
            return List.of();
        }
        if (lastLook.size() > 100_000) {
            lastLook.clear();
        }
        lastLook.put(key, now);
        Instant hourAgo = now.minus(Duration.ofHours(1));
        long[] lastHour = usage.activity(task.tenantId(), username, hourAgo, now);
        long[] week = usage.activity(task.tenantId(), username, hourAgo.minus(Duration.ofDays(7)), hourAgo);
        List<String> recent = usage.recentIntents(task.tenantId(), username, 0, limits.switchWindow());
        List<String> older = usage.recentIntents(task.tenantId(), username, limits.switchWindow(), 10 * limits.switchWindow());
        return UsagePattern.assess(new UsagePattern.Volume(lastHour[0], lastHour[1], week[0], week[1]), recent, older,
                task.expectedIntents(), limits);
    }
}
