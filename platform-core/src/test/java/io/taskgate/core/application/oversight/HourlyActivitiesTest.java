package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.HourlyActivity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HourlyActivitiesTest {

    @Test
    void requestsFallIntoTheirClockHourAndTheBaselineIsTheWeeksHourlyAverage() {
        Instant now = Instant.parse("2026-12-01T10:20:00Z");
        HourlyActivity activity = HourlyActivities.of(
                List.of(Instant.parse("2026-12-01T08:59:59Z"), Instant.parse("2026-12-01T10:05:00Z"),
                        Instant.parse("2026-12-01T10:15:00Z"), Instant.parse("2026-12-01T07:00:00Z")),
                List.of(100L, 10L, 20L, 5L), now, 3, new long[]{336, 16_800});
        assertEquals("2026-12-01T08:00:00Z", activity.hours().get(0).start());
        assertEquals(new HourlyActivity.Hour("2026-12-01T08:00:00Z", 1, 100), activity.hours().get(0));
        assertEquals(new HourlyActivity.Hour("2026-12-01T09:00:00Z", 0, 0), activity.hours().get(1));
        assertEquals(new HourlyActivity.Hour("2026-12-01T10:00:00Z", 2, 30), activity.hours().get(2));
        assertEquals(2.0, activity.baselineRequestsPerHour());
        assertEquals(100.0, activity.baselineTokensPerHour());
    }
}
