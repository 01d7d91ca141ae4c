package io.taskgate.core.application.intent;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkerFilterTest {

    static final IntentMarker MARKER = new IntentMarker("a1b2c3d4e5f6", IntentMarker.DEFAULT_LABELS);

    record Filtered(String text, String label) {
    }

    static Filtered run(List<String> pieces) {
        MarkerFilter filter = new MarkerFilter(MARKER);
        StringBuilder out = new StringBuilder();
        for (String piece : pieces) {
            out.append(filter.accept(piece));
        }
        out.append(filter.finish());
        return new Filtered(out.toString(), filter.label());
    }

    /** Every way to cut the text into three pieces. */
    static List<List<String>> allSplits(String text) {
        List<List<String>> splits = new ArrayList<>();
        for (int i = 0; i <= text.length(); i++) {
            for (int j = i; j <= text.length(); j++) {
                splits.add(List.of(text.substring(0, i), text.substring(i, j), text.substring(j)));
            }
        }
        return splits;
    }

    @Test
    void theMarkerLineIsRemovedAndItsLabelKeptAcrossEveryChunkBoundary() {
        String answer = "Use a <T> generic:\nclass Box<T> {}\n<<intent-a1b2c3d4e5f6:code>>";
        for (List<String> split : allSplits(answer)) {
            Filtered f = run(split);
            assertEquals("Use a <T> generic:\nclass Box<T> {}", f.text(), split.toString());
            assertEquals("code", f.label(), split.toString());
        }
    }

    @Test
    void onlyTheBytesThatCouldBeginTheMarkerAreHeldBack() {
        MarkerFilter filter = new MarkerFilter(MARKER);
        assertEquals("Hello world", filter.accept("Hello world"));
        assertEquals("", filter.accept("\n<<int"), "a possible marker start waits");
        assertEquals("\n<<interesting>> yes", filter.accept("eresting>> yes"), "released once it cannot be the marker");
        assertEquals(" a < b", filter.accept(" a < b"));
    }

    @Test
    void aForgedMarkerWithoutTheNonceReachesTheClientAndDoesNotCount() {
        Filtered f = run(List.of("Sure: <<intent-000000000000:code>>\n", "<<intent-a1b2c3d4e5f6:off_topic>>"));
        assertEquals("Sure: <<intent-000000000000:code>>", f.text());
        assertEquals("off_topic", f.label());
        Filtered onlyForged = run(List.of("<<intent-", "deadbeef0000:code>>"));
        assertEquals("<<intent-deadbeef0000:code>>", onlyForged.text());
        assertEquals("unknown", onlyForged.label());
    }

    @Test
    void aMissingOrMalformedMarkerRecordsUnknown() {
        assertEquals(new Filtered("Plain answer.\n", "unknown"), run(List.of("Plain answer.\n")));
        Filtered cut = run(List.of("Answer\n<<intent-a1b2c3d4e5f6:co"));
        assertEquals("Answer", cut.text(), "an unfinished marker of this request is dropped");
        assertEquals("unknown", cut.label());
        Filtered spaced = run(List.of("Answer\n<<intent-a1b2c3d4e5f6: code>>"));
        assertEquals("unknown", spaced.label());
        assertTrue(spaced.text().startsWith("Answer"));
    }

    @Test
    void aLabelOutsideTheTenantsSetIsUnknownButStillStripped() {
        Filtered f = run(List.of("Done.\n<<intent-a1b2c3d4e5f6:poetry>>"));
        assertEquals(new Filtered("Done.", "unknown"), f);
    }

    @Test
    void theInstructionCarriesTheTemplateAndTheLabelsTheSimulatorReads() {
        IntentMarker marker = IntentMarker.create(List.of("code", "off_topic"));
        assertTrue(marker.instruction().contains("<<intent-" + marker.nonce() + ":LABEL>>"));
        assertTrue(marker.instruction().endsWith("Labels: code, off_topic"));
        assertFalse(marker.nonce().equals(IntentMarker.create(List.of("code")).nonce()));
    }
}
