package io.taskgate.core.infrastructure.keycloak;

import io.taskgate.core.application.IdentityDirectory.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ClaimAttributesTest {

    @Test
    void replacesTheFourClaimsAndKeepsOtherAttributes() {
        Map<String, List<String>> existing = Map.of("tenants", List.of("old"), "tasks", List.of("old-task"),
                "department", List.of("sales"));
        Map<String, List<String>> merged = ClaimAttributes.merge(existing,
                new Claims(Set.of("acme"), Set.of("acme-docs", "acme-checkout"), Set.of("models"), Set.of("gpt-4o-mini")));
        assertEquals(List.of("acme"), merged.get("tenants"));
        assertEquals(List.of("acme-checkout", "acme-docs"), merged.get("tasks"));
        assertEquals(List.of("models"), merged.get("endpoints"));
        assertEquals(List.of("gpt-4o-mini"), merged.get("models"));
        assertEquals(List.of("sales"), merged.get("department"));
    }

    @Test
    void emptySetsRemoveTheAttributeSoTokensCarryNoClaim() {
        Map<String, List<String>> merged = ClaimAttributes.merge(Map.of("tasks", List.of("x"), "models", List.of("m")),
                new Claims(Set.of("acme"), Set.of(), Set.of(), Set.of()));
        assertEquals(Map.of("tenants", List.of("acme")), merged);
    }

    @Test
    void aUserWithoutAttributesIsFine() {
        Map<String, List<String>> merged = ClaimAttributes.merge(null, new Claims(Set.of(), Set.of(), Set.of(), Set.of()));
        assertFalse(merged == null);
        assertEquals(Map.of(), merged);
    }
}
