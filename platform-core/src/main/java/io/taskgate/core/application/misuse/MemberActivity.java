package io.taskgate.core.application.misuse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * What the usage-pattern look remembers of one member between looks, so that each look reads only what was written
 * to the ledger since the one before: requests and tokens per minute for the last hour, and the newest intent labels.
 * Rows are added once each, in the order they were written; {@link #readUpTo()} is where the next read starts.
 */
final class MemberActivity {

    private static final int MINUTES = 61;
    private static final Duration HOUR = Duration.ofHours(1);

    private final long[] minute = new long[MINUTES];
    private final long[] requests = new long[MINUTES];
    private final long[] tokens = new long[MINUTES];
    private final Deque<String> intents = new ArrayDeque<>();
    private final int intentCapacity;
    private Instant readUpTo;

    /** Starts with no rows, read up to {@code readUpTo}, and the {@code newestFirst} intents read before the rows. */
    MemberActivity(Instant readUpTo, List<String> newestFirst, int intentCapacity) {
        this.readUpTo = readUpTo;
        this.intentCapacity = intentCapacity;
        Arrays.fill(minute, Long.MIN_VALUE);
        newestFirst.stream().limit(intentCapacity).forEach(intents::addLast);
    }

    Instant readUpTo() {
        return readUpTo;
    }

    int intentCapacity() {
        return intentCapacity;
    }

    /**
     * Adds one ledger row, counted in the minute its request arrived; {@code intent} may be null (rows without a label
     * do not count as intents). A row whose minute has left the window (a stream over an hour) counts no volume.
     */
    void add(Instant at, long rowTokens, String intent) {
        addIntent(intent);
        count(Math.floorDiv(at.getEpochSecond(), 60), 1, rowTokens);
    }

    private void count(long m, long addRequests, long addTokens) {
        int slot = (int) Math.floorMod(m, (long) MINUTES);
        if (minute[slot] > m) {
            return;
        }
        if (minute[slot] != m) {
            minute[slot] = m;
            requests[slot] = 0;
            tokens[slot] = 0;
        }
        requests[slot] += addRequests;
        tokens[slot] += addTokens;
    }

    private void addIntent(String intent) {
        if (intent != null) {
            intents.addFirst(intent);
            if (intents.size() > intentCapacity) {
                intents.removeLast();
            }
        }
    }

    /**
     * Adds what was written to the ledger from {@link #readUpTo()} until {@code to}: counted in the minute of
     * {@code to}, with its intents newest first; reading continues from {@code to}.
     */
    void addWritten(Instant to, long writtenRequests, long writtenTokens, List<String> newestFirst) {
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            addIntent(newestFirst.get(i));
        }
        count(Math.floorDiv(to.getEpochSecond(), 60), writtenRequests, writtenTokens);
        readTo(to);
    }

    /** Everything before {@code to} has been added. */
    void readTo(Instant to) {
        readUpTo = to;
    }

    /** Requests and tokens in the hour before {@link #readUpTo()}, to the minute. */
    long[] lastHour() {
        long first = Math.floorDiv(readUpTo.minus(HOUR).getEpochSecond(), 60);
        long[] sum = new long[2];
        for (int i = 0; i < MINUTES; i++) {
            if (minute[i] >= first) {
                sum[0] += requests[i];
                sum[1] += tokens[i];
            }
        }
        return sum;
    }

    /** Intent labels, newest first, skipping {@code offset}. */
    List<String> intents(int offset, int limit) {
        List<String> page = new ArrayList<>(Math.min(limit, intents.size()));
        Iterator<String> it = intents.iterator();
        for (int i = 0; it.hasNext() && page.size() < limit; i++) {
            String label = it.next();
            if (i >= offset) {
                page.add(label);
            }
        }
        return page;
    }
}
