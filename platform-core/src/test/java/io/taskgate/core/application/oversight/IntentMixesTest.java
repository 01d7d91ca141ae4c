package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.IntentMix;
import io.taskgate.core.domain.model.usage.UsageHistory.IntentCount;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IntentMixesTest {

    @Test
    void labelsAreCountedPerTaskMostFrequentFirstAndMissingLabelsAreUnknown() {
        List<IntentMix> mix = IntentMixes.of(List.of(new IntentCount("acme-docs", "doc", 7),
                new IntentCount("acme-docs", "off_topic", 2), new IntentCount("acme-docs", null, 1),
                new IntentCount("acme-checkout", "code", 3), new IntentCount("acme-docs", "", 1)));
        assertEquals(2, mix.size());
        assertEquals(new IntentMix("acme-checkout", 3, new LinkedHashMap<>(Map.of("code", 3L))), mix.get(0));
        assertEquals("acme-docs", mix.get(1).task());
        assertEquals(11, mix.get(1).requests());
        assertEquals(List.of("doc", "off_topic", "unknown"), List.copyOf(mix.get(1).labels().keySet()));
        assertEquals(2L, mix.get(1).labels().get("unknown"));
    }
}
