package io.taskgate.core.domain.model.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read port of the usage ledger: the figures, the request log and the activity the use cases read. The adapter is
 * {@code infrastructure.persistence.UsageQueries} (JPA on H2 and PostgreSQL, contract-tested on both).
 */
public interface UsageHistory {

    /** One request as the figures need it. */
    public record UsageFact(Instant at, String username, String taskId, int status, long promptTokens,
                            long completionTokens, BigDecimal costUsd) {
    }

    /** Filters of the request log; {@code null} means any. */
    public record RequestFilter(String tenantId, String username, String taskId, String intent, Integer status,
                                Instant from, Instant to, Verdict verdict, String source) {
    }

    /** What the detectors said of a request: any signal, none, a major one, only slight ones. */
    public enum Verdict { SIGNALLED, CLEAN, MAJOR, SLIGHT }

    /** Requests and tokens of one member in a span, and when the first of those requests arrived (null: none). */
    public record ActivitySpan(long requests, long tokens, Instant first) {
    }

    /** One ledger row as the usage-pattern look needs it. */
    public record ActivityRow(Instant at, long tokens, String intent) {
    }

    /** The number of requests of one (task, intent) pair. */
    public record IntentCount(String task, String intent, long requests) {
    }

    /** When a request came, on which task, and its intent label. */
    public record IntentFact(Instant at, String task, String intent) {
    }

    List<UsageRecord> recentOf(String subject, int limit);

    List<UsageFact> facts(String tenantId, Instant from, Instant to);

    List<UsageFact> facts(String tenantId, String username, Instant from, Instant to);

    List<UsageRecord> byIds(String tenantId, Set<String> ids);

    long[] activity(String tenantId, String username, Instant from, Instant to);

    ActivitySpan activitySpan(String tenantId, String username, Instant from, Instant to);

    List<ActivityRow> activityRows(String tenantId, String username, Instant from, Instant writtenBefore);

    long[] writtenActivity(String tenantId, String username, Instant from, Instant to);

    List<String> writtenIntents(String tenantId, String username, Instant from, Instant to, int limit);

    List<String> recentIntents(String tenantId, String username, Instant before, Instant writtenBefore, int limit);

    List<UsageRecord> requests(RequestFilter filter, int offset, int limit);

    long countRequests(RequestFilter filter);

    List<IntentCount> intentCounts(String tenantId, String username, Instant from, Instant to);

    List<IntentFact> intentFacts(String tenantId, Instant from, Instant to);

    Map<String, Long> refusals(String tenantId, Instant from, Instant to);
}
