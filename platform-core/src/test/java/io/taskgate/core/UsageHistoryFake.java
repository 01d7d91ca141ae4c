package io.taskgate.core;

import io.taskgate.core.domain.model.usage.UsageHistory;
import io.taskgate.core.domain.model.usage.UsageRecord;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A usage history for tests: override what the test reads; anything else fails loudly. */
public class UsageHistoryFake implements UsageHistory {

    @Override
    public List<UsageRecord> recentOf(String subject, int limit) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<UsageFact> facts(String tenantId, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<UsageFact> facts(String tenantId, String username, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<UsageRecord> byIds(String tenantId, Set<String> ids) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public long[] activity(String tenantId, String username, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public ActivitySpan activitySpan(String tenantId, String username, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<ActivityRow> activityRows(String tenantId, String username, Instant from, Instant writtenBefore) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public long[] writtenActivity(String tenantId, String username, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<String> writtenIntents(String tenantId, String username, Instant from, Instant to, int limit) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<String> recentIntents(String tenantId, String username, Instant before, Instant writtenBefore, int limit) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<UsageRecord> requests(RequestFilter filter, int offset, int limit) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public long countRequests(RequestFilter filter) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<IntentCount> intentCounts(String tenantId, String username, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public List<IntentFact> intentFacts(String tenantId, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }

    @Override
    public Map<String, Long> refusals(String tenantId, Instant from, Instant to) {
        throw new UnsupportedOperationException("not used by this test");
    }
}
