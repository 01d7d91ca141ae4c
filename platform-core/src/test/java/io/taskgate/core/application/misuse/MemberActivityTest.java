package io.taskgate.core.application.misuse;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MemberActivityTest {

    static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theLastHourCountsRequestsAndTokensOfTheMinutesBeforeWhereReadingStopped() {
        MemberActivity activity = new MemberActivity(T0, List.of(), 10);
        activity.add(T0.plusSeconds(10), 100, null);
        activity.add(T0.plusSeconds(20), 50, null);
        activity.add(T0.plusSeconds(1800), 7, null);
        activity.readTo(T0.plusSeconds(1860));

        assertArrayEquals(new long[]{3, 157}, activity.lastHour());
    }

    @Test
    void rowsOlderThanAnHourDropOutOfTheLastHour() {
        MemberActivity activity = new MemberActivity(T0, List.of(), 10);
        activity.add(T0.plusSeconds(10), 100, null);
        activity.add(T0.plusSeconds(3000), 5, null);
        activity.readTo(T0.plusSeconds(3600 + 120));

        assertArrayEquals(new long[]{1, 5}, activity.lastHour(), "minute 0 is more than an hour back");
    }

    @Test
    void aMinuteSlotReusedAnHourLaterStartsFromZero() {
        MemberActivity activity = new MemberActivity(T0, List.of(), 10);
        activity.add(T0.plusSeconds(5), 100, null);
        activity.add(T0.plusSeconds(61 * 60 + 5), 1, null);
        activity.readTo(T0.plusSeconds(61 * 60 + 30));

        assertArrayEquals(new long[]{1, 1}, activity.lastHour());
    }

    @Test
    void intentsComeNewestFirstAfterThoseReadBeforeAndAreBoundedByCapacity() {
        MemberActivity activity = new MemberActivity(T0, List.of("older-2", "older-1"), 4);
        activity.add(T0.plusSeconds(1), 0, "a");
        activity.add(T0.plusSeconds(2), 0, null);
        activity.add(T0.plusSeconds(3), 0, "b");

        assertEquals(List.of("b", "a", "older-2", "older-1"), activity.intents(0, 10));
        activity.add(T0.plusSeconds(4), 0, "c");
        assertEquals(List.of("c", "b", "a", "older-2"), activity.intents(0, 10), "the oldest fell out");
        assertEquals(List.of("a", "older-2"), activity.intents(2, 2));
    }

    @Test
    void aRowFromBeforeTheWindowCountsNoVolumeButItsIntent() {
        MemberActivity activity = new MemberActivity(T0, List.of(), 10);
        activity.add(T0.plusSeconds(61 * 60), 5, null);
        activity.add(T0.plusSeconds(10), 1_000, "design");
        activity.readTo(T0.plusSeconds(61 * 60 + 30));

        assertArrayEquals(new long[]{1, 5}, activity.lastHour(), "a request of over an hour ago, written late");
        assertEquals(List.of("design"), activity.intents(0, 10));
    }

    @Test
    void whatWasWrittenSinceTheLastLookCountsInTheMinuteItWasReadAndLeavesAnHourLater() {
        MemberActivity activity = new MemberActivity(T0, List.of("old"), 10);
        activity.addWritten(T0.plusSeconds(60), 500, 9_000, List.of("newest", "middle"));

        assertArrayEquals(new long[]{500, 9_000}, activity.lastHour());
        assertEquals(List.of("newest", "middle", "old"), activity.intents(0, 10));
        assertEquals(T0.plusSeconds(60), activity.readUpTo());

        activity.addWritten(T0.plusSeconds(3600 + 120), 1, 1, List.of());
        assertArrayEquals(new long[]{1, 1}, activity.lastHour(), "the 500 were written more than an hour ago");
    }
}
