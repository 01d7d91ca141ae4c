package io.taskgate.core.application.misuse;

import io.taskgate.core.application.admin.AdminProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReviewRulingTest {

    @Test
    void aSuspensionIsReadWithItsEndWhateverTheCaseOfTheDecision() {
        ReviewDesk.Ruling ruling = ReviewDesk.Ruling.parse(" suspend ", "a break", "2026-12-06T00:00:00Z");
        assertEquals(ReviewDesk.Decision.SUSPEND, ruling.decision());
        assertEquals(Instant.parse("2026-12-06T00:00:00Z"), ruling.suspendedUntil());
        assertNull(ReviewDesk.Ruling.parse("BAN", null, null).suspendedUntil());
    }

    @Test
    void anUnknownOrMissingDecisionAndAnUnreadableInstantAre400() {
        AdminProblem unknown = assertThrows(AdminProblem.class, () -> ReviewDesk.Ruling.parse("FORGIVE", null, null));
        assertEquals(400, unknown.status());
        assertEquals("decision must be REENABLE, SUSPEND or BAN.", unknown.getMessage());
        assertEquals(400, assertThrows(AdminProblem.class, () -> ReviewDesk.Ruling.parse(null, null, null)).status());
        assertEquals(400, assertThrows(AdminProblem.class,
                () -> ReviewDesk.Ruling.parse("SUSPEND", null, "tomorrow")).status());
    }
}
