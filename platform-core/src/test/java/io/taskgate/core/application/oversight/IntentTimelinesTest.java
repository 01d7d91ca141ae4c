package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.IntentTimeline;
import io.taskgate.core.domain.model.usage.UsageHistory.IntentFact;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentTimelinesTest {

    @Test
    void requestsAreCountedPerTaskLabelAndDayInTheTenantsTimeZone() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        LocalDate first = LocalDate.parse("2026-12-03");
        IntentTimeline timeline = IntentTimelines.of(List.of(
                new IntentFact(Instant.parse("2026-12-03T23:30:00Z"), "acme-docs", "doc"), // 4 Dec in Berlin
                new IntentFact(Instant.parse("2026-12-03T10:00:00Z"), "acme-docs", "doc"),
                new IntentFact(Instant.parse("2026-12-05T10:00:00Z"), "acme-docs", null),
                new IntentFact(Instant.parse("2026-12-05T10:00:00Z"), "acme-checkout", "off_topic"),
                new IntentFact(Instant.parse("2026-12-01T10:00:00Z"), "acme-docs", "doc")), berlin, first, 3);
        assertEquals(List.of("2026-12-03", "2026-12-04", "2026-12-05"), timeline.days());
        assertEquals(List.of("acme-checkout", "acme-docs"), timeline.tasks().stream().map(IntentTimeline.TaskSeries::task).toList());
        assertArrayEquals(new long[]{1, 1, 0}, timeline.tasks().get(1).labels().get("doc"));
        assertArrayEquals(new long[]{0, 0, 1}, timeline.tasks().get(1).labels().get("unknown"));
        assertArrayEquals(new long[]{0, 0, 1}, timeline.tasks().get(0).labels().get("off_topic"));
    }
}
