package io.taskgate.core.application;

import java.time.Instant;

/**
 * Port: the shared log of changes to cached request-path records, written in the changing transaction and polled by
 * every instance ({@code internal.CacheCoherence}). The adapter is {@code infrastructure.persistence.JdbcCacheChanges}.
 * Each method throws {@link IllegalStateException} when the log cannot be read or written.
 */
public interface CacheChanges {

    /** What the log holds now; any committed announcement or purge changes it. */
    record Stamp(long rows, long newest, long sum) {
    }

    /** Announces that the cached record {@code key} of {@code kind} changed; joins the caller's transaction. */
    void record(String kind, String key, Instant at);

    Stamp stamp();

    /** Forgets announcements older than {@code cutoff}; how many. */
    int purgeOlderThan(Instant cutoff);
}
