package io.taskgate.core.stages;

import io.taskgate.core.domain.model.misuse.UsagePattern;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UsagePatternStageFactoryTest {

    static UsagePatternStageFactory init(Map<String, String> settings) {
        UsagePatternStageFactory factory = new UsagePatternStageFactory();
        factory.init(key -> Optional.ofNullable(settings.get(key)));
        return factory;
    }

    @Test
    void theNewMemberPriorDefaultsTo120RequestsAnHourAndCanBeSet() {
        assertEquals(120, new UsagePatternStageFactory().limits().newMemberHourlyRequests());
        UsagePatternStageFactory defaults = init(Map.of());
        assertEquals(UsagePattern.Limits.DEFAULTS, defaults.limits());
        assertEquals(200_000, defaults.limits().newMemberHourlyTokens());

        UsagePatternStageFactory set = init(Map.of("new-member-hourly-prior", "60", "new-member-hourly-token-prior", "50000"));
        assertEquals(60, set.limits().newMemberHourlyRequests());
        assertEquals(50_000, set.limits().newMemberHourlyTokens());
        assertTrue(set.configMetadata().stream().anyMatch(p -> p.name().equals("new-member-hourly-prior")
                && p.defaultValue().equals("120")));
    }

    @Test
    void aNewMemberPriorThatIsNotAPositiveNumberNamesItsKey() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> init(Map.of("new-member-hourly-prior", "0")));
        assertTrue(zero.getMessage().contains("gateway.misuse-post.usage-patterns.new-member-hourly-prior"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> init(Map.of("new-member-hourly-token-prior", "lots")));
    }
}
