package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.domain.model.usage.UsageHistory;
import io.taskgate.core.application.intent.ToolCalls;
import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read side of the usage ledger. */
@ApplicationScoped
/*
 * Every read runs in a transaction (joining the caller's, else its own), so it has a container-managed
 * EntityManager on whatever thread calls it: the detectors' and the stream relay's threads read through the
 * request-path caches too, and an EntityManager outside a transaction is not usable there.
 */
@Transactional(Transactional.TxType.REQUIRED)
public class UsageQueries implements UsageHistory {

    @PersistenceContext(unitName = "taskgate")
    EntityManager em;

    @Override
    public List<UsageRecord> recentOf(String subject, int limit) {
        return em.createQuery("select u from UsageRecord u where u.subject = :s order by u.createdAt desc", UsageRecord.class)
                .setParameter("s", subject).setMaxResults(limit).getResultList();
    }

    /** The facts of a tenant's requests in [from, to), for grouping in the tenant's time zone. */
    @Override
    public List<UsageFact> facts(String tenantId, Instant from, Instant to) {
        return facts(tenantId, null, from, to);
    }

    /** The same, of one member only when {@code username} is set. */
    @Override
    public List<UsageFact> facts(String tenantId, String username, Instant from, Instant to) {
        TypedQuery<Object[]> query = em.createQuery("select u.createdAt, u.username, u.taskId, u.status, u.promptTokens, "
                        + "u.completionTokens, u.costUsd from UsageRecord u where u.tenantId = :t "
                        + (username == null ? "" : "and u.username = :u ")
                        + "and u.createdAt >= :from and u.createdAt < :to", Object[].class)
                .setParameter("t", tenantId).setParameter("from", from).setParameter("to", to);
        if (username != null) {
            query.setParameter("u", username);
        }
        return query.getResultList().stream().map(r -> new UsageFact((Instant) r[0], (String) r[1], (String) r[2],
                ((Number) r[3]).intValue(), ((Number) r[4]).longValue(), ((Number) r[5]).longValue(),
                (BigDecimal) r[6])).toList();
    }

    /** The tenant's ledger rows with these request ids (evidence on review). */
    @Override
    public List<UsageRecord> byIds(String tenantId, java.util.Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from UsageRecord u where u.tenantId = :t and u.id in :ids", UsageRecord.class)
                .setParameter("t", tenantId).setParameter("ids", ids).getResultList();
    }

    /** Requests and tokens of one member's requests in [from, to). */
    @Override
    public long[] activity(String tenantId, String username, Instant from, Instant to) {
        return countAndTokens("createdAt", tenantId, username, from, to);
    }

    /** Requests and tokens of one member's requests in [from, to), and the first one's time: one aggregate query. */
    @Override
    public ActivitySpan activitySpan(String tenantId, String username, Instant from, Instant to) {
        Object[] row = em.createQuery("select count(u), sum(u.promptTokens + u.completionTokens), min(u.createdAt) "
                        + "from UsageRecord u where u.tenantId = :t and u.username = :u and u.createdAt >= :from "
                        + "and u.createdAt < :to", Object[].class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        long requests = row[0] == null ? 0 : ((Number) row[0]).longValue();
        return new ActivitySpan(requests, row[1] == null ? 0 : ((Number) row[1]).longValue(),
                requests == 0 ? null : instant(row[2]));
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalStateException("min(createdAt) read as " + value.getClass().getName());
    }

    /** The member's rows of requests since {@code from} that were written before {@code writtenBefore}, oldest first. */
    @Override
    public List<ActivityRow> activityRows(String tenantId, String username, Instant from, Instant writtenBefore) {
        return em.createQuery("select u.createdAt, u.promptTokens + u.completionTokens, u.intent from UsageRecord u "
                        + "where u.tenantId = :t and u.username = :u and u.createdAt >= :from and u.createdAt < :to "
                        + "and (u.writtenAt is null or u.writtenAt < :to) order by u.createdAt", Object[].class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("from", from)
                .setParameter("to", writtenBefore).getResultList().stream()
                .map(r -> new ActivityRow((Instant) r[0], ((Number) r[1]).longValue(), labelOrNull((String) r[2])))
                .toList();
    }

    /** A tool call's row has no label the model chose: it counts no intent for the usage patterns. */
    private static String labelOrNull(String intent) {
        return ToolCalls.LABEL.equals(intent) ? null : intent;
    }

    /** Requests and tokens of the member's rows written in [from, to). */
    @Override
    public long[] writtenActivity(String tenantId, String username, Instant from, Instant to) {
        return countAndTokens("writtenAt", tenantId, username, from, to);
    }

    /**
     * Count and token sum of one member's rows whose {@code timeField} (a constant: {@code createdAt} or
     * {@code writtenAt}) is in [from, to).
     */
    private long[] countAndTokens(String timeField, String tenantId, String username, Instant from, Instant to) {
        Object[] row = em.createQuery("select count(u), sum(u.promptTokens + u.completionTokens) from UsageRecord u "
                        + "where u.tenantId = :t and u.username = :u and u." + timeField + " >= :from and u." + timeField
                        + " < :to", Object[].class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return new long[]{row[0] == null ? 0 : ((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /** The newest intent labels of the member's rows written in [from, to), newest first. */
    @Override
    public List<String> writtenIntents(String tenantId, String username, Instant from, Instant to, int limit) {
        return em.createQuery("select u.intent from UsageRecord u where u.tenantId = :t and u.username = :u "
                        + "and u.writtenAt >= :from and u.writtenAt < :to and u.intent is not null and u.intent <> :toolCall "
                        + "order by u.writtenAt desc", String.class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("from", from).setParameter("to", to)
                .setParameter("toolCall", ToolCalls.LABEL).setMaxResults(limit).getResultList();
    }

    /** The member's most recent intent labels of requests before {@code before} written before {@code writtenBefore}. */
    @Override
    public List<String> recentIntents(String tenantId, String username, Instant before, Instant writtenBefore, int limit) {
        return em.createQuery("select u.intent from UsageRecord u where u.tenantId = :t and u.username = :u "
                        + "and u.createdAt < :before and (u.writtenAt is null or u.writtenAt < :written) "
                        + "and u.intent is not null and u.intent <> :toolCall order by u.createdAt desc", String.class)
                .setParameter("t", tenantId).setParameter("u", username).setParameter("before", before)
                .setParameter("written", writtenBefore).setParameter("toolCall", ToolCalls.LABEL)
                .setMaxResults(limit).getResultList();
    }

    /** A page of the request log, newest first. */
    @Override
    public List<UsageRecord> requests(RequestFilter filter, int offset, int limit) {
        return query(filter, "select u from UsageRecord u", " order by u.createdAt desc, u.id", UsageRecord.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countRequests(RequestFilter filter) {
        return query(filter, "select count(u) from UsageRecord u", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(RequestFilter filter, String select, String order, Class<T> type) {
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        condition(where, params, "u.tenantId = :tenant", "tenant", filter.tenantId());
        condition(where, params, "u.username = :username", "username", filter.username());
        condition(where, params, "u.taskId = :task", "task", filter.taskId());
        condition(where, params, "u.intent = :intent", "intent", filter.intent());
        condition(where, params, "u.status = :status", "status", filter.status());
        condition(where, params, "u.createdAt >= :from", "from", filter.from());
        condition(where, params, "u.createdAt < :to", "to", filter.to());
        signals(where, params, filter);
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order;
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /** The verdict and detector filters: a (missing) misuse event of the request. */
    private static void signals(List<String> where, Map<String, Object> params, RequestFilter filter) {
        if (filter.verdict() == null && filter.source() == null) {
            return;
        }
        StringBuilder exists = new StringBuilder("select e.id from MisuseEvent e where e.requestId = u.id");
        if (filter.source() != null) {
            exists.append(" and e.source = :source");
            params.put("source", filter.source());
        }
        if (filter.verdict() == Verdict.MAJOR || filter.verdict() == Verdict.SLIGHT) {
            exists.append(" and e.severity = :severity");
            params.put("severity", filter.verdict().name());
        }
        where.add((filter.verdict() == Verdict.CLEAN ? "not exists (" : "exists (") + exists + ")");
        if (filter.verdict() == Verdict.SLIGHT) {
            where.add("not exists (select m.id from MisuseEvent m where m.requestId = u.id and m.severity = 'MAJOR')");
        }
    }

    private static void condition(List<String> where, Map<String, Object> params, String clause, String name, Object value) {
        if (value != null) {
            where.add(clause);
            params.put(name, value);
        }
    }

    /**
     * Answered requests (status below 400: a refused request has no intent) per (task, intent) of a tenant in
     * [from, to), of one member when {@code username} is set.
     */
    @Override
    public List<IntentCount> intentCounts(String tenantId, String username, Instant from, Instant to) {
        TypedQuery<Object[]> query = em.createQuery("select u.taskId, u.intent, count(u) from UsageRecord u "
                        + "where u.tenantId = :t " + (username == null ? "" : "and u.username = :u ")
                        + "and u.status < 400 and u.createdAt >= :from and u.createdAt < :to group by u.taskId, u.intent",
                        Object[].class)
                .setParameter("t", tenantId).setParameter("from", from).setParameter("to", to);
        if (username != null) {
            query.setParameter("u", username);
        }
        return query.getResultList().stream()
                .map(r -> new IntentCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    /** The tenant's answered requests (status below 400) in [from, to) with their task and intent. */
    @Override
    public List<IntentFact> intentFacts(String tenantId, Instant from, Instant to) {
        return em.createQuery("select u.createdAt, u.taskId, u.intent from UsageRecord u where u.tenantId = :t "
                        + "and u.status < 400 and u.createdAt >= :from and u.createdAt < :to", Object[].class)
                .setParameter("t", tenantId).setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(r -> new IntentFact((Instant) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** Refused requests of the tenant in [from, to) per refusal code (null: a refusal without a code). */
    @Override
    public Map<String, Long> refusals(String tenantId, Instant from, Instant to) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        em.createQuery("select u.refusalCode, count(u) from UsageRecord u where u.tenantId = :t and u.status >= 400 "
                        + "and u.createdAt >= :from and u.createdAt < :to group by u.refusalCode", Object[].class)
                .setParameter("t", tenantId).setParameter("from", from).setParameter("to", to).getResultList()
                .forEach(r -> counts.merge(r[0] == null ? "(no code)" : (String) r[0], ((Number) r[1]).longValue(), Long::sum));
        return counts;
    }
}
