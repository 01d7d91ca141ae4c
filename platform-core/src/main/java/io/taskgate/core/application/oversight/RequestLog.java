package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.RequestLogPage;
import io.taskgate.api.admin.RequestRow;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.application.admin.Inputs;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.misuse.MisuseEvidence;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageHistory.RequestFilter;
import io.taskgate.core.domain.model.usage.UsageHistory.Verdict;
import io.taskgate.core.domain.model.usage.UsageHistory;
import io.taskgate.core.domain.model.usage.UsageRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant's request log: filtered, paged, each request with its signals; and the same as CSV. */
@ApplicationScoped
public class RequestLog {

    /** The most rows one CSV export holds (newest first). */
    public static final int MAX_CSV_ROWS = 10_000;

    @Inject
    UsageHistory usage;

    @Inject
    MisuseEvidence evidence;

    /**
     * The filters as the admin API takes them; null or blank is "any". {@code verdict}: {@code signalled} (any
     * detector signal), {@code clean} (none), {@code major}, {@code slight} (only slight ones); {@code source}: a
     * detector.
     */
    public record Query(String member, String task, String intent, Integer status, String from, String to,
                        String verdict, String source) {
    }

    public RequestLogPage page(Tenant tenant, Query query, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw AdminProblem.invalid("offset must be 0 or more and limit between 1 and 500.");
        }
        RequestFilter filter = filter(tenant, query);
        return new RequestLogPage(usage.countRequests(filter), offset, limit,
                rows(tenant, usage.requests(filter, offset, limit)));
    }

    /** Up to {@link #MAX_CSV_ROWS} of the filtered requests, newest first, as CSV. */
    public String csv(Tenant tenant, Query query) {
        return RequestLogCsv.of(rows(tenant, usage.requests(filter(tenant, query), 0, MAX_CSV_ROWS)));
    }

    private List<RequestRow> rows(Tenant tenant, List<UsageRecord> records) {
        Set<String> ids = records.stream().map(UsageRecord::id).collect(Collectors.toSet());
        Map<String, List<MisuseEvent>> signals = evidence.ofRequests(tenant.id(), ids).stream()
                .collect(Collectors.groupingBy(MisuseEvent::requestId));
        return records.stream().map(r -> RequestRows.of(r, signals.getOrDefault(r.id(), List.of()).stream()
                .map(e -> SignalViews.of(e, null)).toList())).toList();
    }

    static RequestFilter filter(Tenant tenant, Query q) {
        return new RequestFilter(tenant.id(), blank(q.member()), blank(q.task()), blank(q.intent()), q.status(),
                Inputs.instant(q.from(), "from"), Inputs.instant(q.to(), "to"), verdict(q.verdict()), blank(q.source()));
    }

    static Verdict verdict(String value) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Verdict.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AdminProblem.invalid("verdict must be signalled, clean, major or slight.");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
