package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.SignalView;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SignalViewsTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theConfidenceIsReadOffTheEvidenceAndTheLineSaysWhatTheDetectorSaw() {
        MisuseEvent event = new MisuseEvent("acme", "bob", "req-1", "acme-docs", AT, "embedding", "MAJOR", "off_topic",
                1.0, 1.2345, "similarity to task 0.05 [confidence 0.93]");
        SignalView view = SignalViews.of(event, new UsageRecordBuilder("req-1", AT, "chat.completions")
                .prompt("Plan my vacation in Rome").intent("off_topic").build());
        assertEquals(0.93, view.confidence());
        assertEquals("similarity to task 0.05", view.evidence());
        assertEquals(1.235, view.scoreAfter());
        assertEquals("Plan my vacation in Rome", view.prompt());
        assertEquals("embedding: MAJOR off_topic (confidence 0.93) on acme-docs · similarity to task 0.05", view.why());
        assertNull(view.weighing(), "an event scored before the note was kept has none");
    }

    @Test
    void aRepeatedPromptsSignalKeepsItsConfidenceAndSaysItWasNotCountedAgain() {
        MisuseEvent event = MisuseEvent.of("acme", "bob", "req-1", "acme-docs", AT, new io.taskgate.api.pipeline.Finding(
                "embedding", io.taskgate.api.pipeline.Finding.Severity.MAJOR, "off_topic", 0.86, "p(misuse) 0.86"),
                0, 1.0, io.taskgate.core.domain.model.misuse.PromptKey.NONE, true);
        SignalView view = SignalViews.of(event, null);
        assertEquals(0.86, view.confidence());
        assertEquals("p(misuse) 0.86 " + MisuseEvent.REPEAT_NOTE, view.evidence());
        assertEquals("embedding: MAJOR off_topic (confidence 0.86) on acme-docs · p(misuse) 0.86 "
                + MisuseEvent.REPEAT_NOTE, view.why());
    }

    @Test
    void theNoteOfWhyTheSignalWeighedWhatItDidIsPassedOn() {
        MisuseEvent event = new MisuseEvent("acme", "bob", "req-1", "acme-docs", AT, "embedding", "MAJOR", "off_topic",
                0.7, 0.7, "similarity to task 0.05 [confidence 0.91]")
                .weighed("0.70, 0.7 of a major deviation: only this detector flagged the request, at confidence 0.91");
        assertEquals("0.70, 0.7 of a major deviation: only this detector flagged the request, at confidence 0.91",
                SignalViews.of(event, null).weighing());
    }

    @Test
    void withoutARetainedPromptOrConfidenceTheViewSaysNothingOfThem() {
        MisuseEvent event = new MisuseEvent("globex", "ivan", null, null, AT, "usage-patterns", "SLIGHT", null, 0.1,
                0.1, "requests in the last hour 60 against 2.0 per hour");
        SignalView view = SignalViews.of(event, null);
        assertNull(view.confidence());
        assertNull(view.prompt());
        assertEquals("usage-patterns: SLIGHT · requests in the last hour 60 against 2.0 per hour", view.why());
    }
}
