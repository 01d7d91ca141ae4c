package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.Outlook;
import io.taskgate.core.domain.model.member.MemberStatus;
import io.taskgate.core.domain.model.misuse.FlagAction;
import io.taskgate.core.domain.model.misuse.MisusePolicy;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutlooksTest {

    static MisusePolicy policy(FlagAction action) {
        MisusePolicy policy = MisusePolicy.defaults("globex");
        policy.apply(new MisusePolicy.Settings(null, null, null, null, action, 30, null, null, null));
        return policy;
    }

    @Test
    void anUnflaggedMemberReadsHowManySignalsReachTheThresholdAndWhatThenHappens() {
        Outlook outlook = Outlooks.of(MemberStatus.ACTIVE, null, null, 1.1, null, null, policy(FlagAction.BLOCK));
        assertEquals(1, outlook.majorSignalsToFlag());
        assertEquals(9, outlook.slightSignalsToFlag());
        assertEquals("Score 1.1 of 2.0. At 2.0 (one more major signal now; the score halves every 24 hours) the member "
                + "is blocked until an owner re-enables them.", outlook.words());
        assertNull(outlook.flaggedAt());
    }

    @Test
    void aMemberAtZeroNeedsTwoMajorSignalsUnderTheDefaults() {
        Outlook outlook = Outlooks.of(MemberStatus.ACTIVE, null, null, 0, null, null, policy(FlagAction.SUSPEND));
        assertEquals(2, outlook.majorSignalsToFlag());
        assertEquals("Score 0.0 of 2.0. At 2.0 (2 more major signals now; the score halves every 24 hours) the member "
                + "is suspended for 30 minutes and listed for review.", outlook.words());
    }

    @Test
    void aFlaggedMemberReadsThatTheDecisionIsTheOwners() {
        Instant flagged = Instant.parse("2026-12-01T10:00:00Z");
        Outlook outlook = Outlooks.of(MemberStatus.BLOCKED, "misuse detection", null, 2.3, flagged, FlagAction.BLOCK,
                policy(FlagAction.BLOCK));
        assertEquals("BLOCK", outlook.pendingAction());
        assertEquals("Score 2.3 of 2.0. Flagged (blocked until an owner re-enables them) and waiting for your decision;"
                + " further signals do not flag again until you decide.", outlook.words());
    }
}
