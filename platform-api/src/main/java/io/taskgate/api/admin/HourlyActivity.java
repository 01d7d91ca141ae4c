package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/**
 * A member's requests and tokens per clock hour over the last hours (the last one unfinished), against their own
 * baseline: the hourly average of the week before those hours (what the usage-pattern detector compares with).
 */
public record HourlyActivity(List<Hour> hours, double baselineRequestsPerHour, double baselineTokensPerHour)
        implements Serializable {

    /** One clock hour starting at {@code start}. */
    public record Hour(String start, long requests, long tokens) implements Serializable {
    }
}
