package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.HourlyActivity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** A member's {@link HourlyActivity}: requests and tokens per clock hour against their own weekly baseline. */
public final class HourlyActivities {

    private HourlyActivities() {
    }

    /**
     * @param rowTimes  the times of the member's requests in the window, with their tokens
     * @param hours     how many clock hours, the last one being the current (unfinished) hour
     * @param baseline  requests and tokens in the week before the window
     */
    public static HourlyActivity of(List<Instant> rowTimes, List<Long> rowTokens, Instant now, int hours, long[] baseline) {
        Instant first = windowStart(now, hours);
        long[] requests = new long[hours];
        long[] tokens = new long[hours];
        for (int i = 0; i < rowTimes.size(); i++) {
            long index = Duration.between(first, rowTimes.get(i)).toHours();
            if (!rowTimes.get(i).isBefore(first) && index < hours) {
                requests[(int) index]++;
                tokens[(int) index] += rowTokens.get(i);
            }
        }
        List<HourlyActivity.Hour> list = new ArrayList<>();
        for (int i = 0; i < hours; i++) {
            list.add(new HourlyActivity.Hour(first.plus(Duration.ofHours(i)).toString(), requests[i], tokens[i]));
        }
        double weekHours = 7 * 24;
        return new HourlyActivity(list, SignalViews.round(baseline[0] / weekHours),
                SignalViews.round(baseline[1] / weekHours));
    }

    /** Where the window starts for {@code hours} clock hours ending with the current one. */
    public static Instant windowStart(Instant now, int hours) {
        return now.truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(hours - 1L));
    }
}
