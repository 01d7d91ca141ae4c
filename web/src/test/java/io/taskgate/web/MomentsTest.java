package io.taskgate.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MomentsTest {

    @Test
    void anApiTimestampReadsAsADateAndTimeInUtc() {
        assertEquals("25 Dec 2026, 05:18 UTC", Moments.format("2026-12-25T05:18:26.369093Z"));
    }

    @Test
    void noMomentReadsAsNeverAndSomethingElseIsShownAsItIs() {
        assertEquals("never", Moments.format(null));
        assertEquals("never", Moments.format(" "));
        assertEquals("tomorrow", Moments.format("tomorrow"));
    }
}
