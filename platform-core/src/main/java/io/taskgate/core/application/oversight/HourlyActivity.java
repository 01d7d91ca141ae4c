package io.taskgate.core.application.oversight;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The member's requests and tokens per hour over the last hours, against their own baseline: the hourly average of
 * the week before those hours (what the usage-pattern detector compares with).
 */
public record HourlyActivity(List<Hour> hours, double baselineRequestsPerHour, double baselineTokensPerHour) {

    /** One clock hour starting at {@code start}. */
    public record Hour(Instant start, long requests, long tokens) {
    }

    /**
     * @param rowTimes  the times of the member's requests in the window, with their tokens
     * @param hours     how many clock hours, the last one being the current (unfinished) hour
     * @param baseline  requests and tokens in the week before the window
     */
    public static HourlyActivity of(List<Instant> rowTimes, List<Long> rowTokens, Instant now, int hours, long[] baseline) {
        Instant first = now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
        long[] requests = new long[hours];
        long[] tokens = new long[hours];
        for (int i = 0; i < rowTimes.size(); i++) {
            long index = Duration.between(first, rowTimes.get(i)).toHours();
            if (!rowTimes.get(i).isBefore(first) && index < hours) {
                requests[(int) index]++;
                tokens[(int) index] += rowTokens.get(i);
            }
        }
        List<Hour> list = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            list.add(new Hour(first.plus(Duration.ofHours(i)), requests[i], tokens[i]));
        }
        double weekHours = 7 * 24;
        return new HourlyActivity(list, SignalView.round(baseline[0] / weekHours), SignalView.round(baseline[1] / weekHours));
    }

    /** Where the window starts for {@code hours} clock hours ending with the current one. */
    public static Instant windowStart(Instant now, int hours) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
    }
}
