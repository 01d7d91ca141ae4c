package com.example.taskgate.secrets;

import io.taskgate.api.testing.TestExchange;
import io.taskgate.api.pipeline.Finding;
import io.taskgate.api.pipeline.Finding.Severity;
import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.pipeline.StageFamily;
import io.taskgate.api.spi.PluginConfig;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretLeakDetectorFactoryTest {

    static Stage stage(Map<String, String> settings) {
        SecretLeakDetectorFactory factory = new SecretLeakDetectorFactory();
        factory.init(key -> Optional.ofNullable(settings.get(key)));
        return factory.create();
    }

    @Test
    void isFoundByServiceLoaderAsAMisusePreDetector() {
        List<PreCallMisuseStageFactory> found = ServiceLoader.load(PreCallMisuseStageFactory.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size());
        assertEquals("secrets", found.get(0).id());
        assertEquals(StageFamily.MISUSE_PRE, found.get(0).family());
        assertEquals(List.of("enabled", "severity"), found.get(0).configMetadata().stream().map(p -> p.name()).toList());
    }

    @Test
    void reportsAPastedPrivateKeyWithoutQuotingIt() {
        TestExchange exchange = TestExchange.of("acme", "why does this fail?\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow...");
        assertFalse(stage(Map.of()).apply(exchange).refused());
        Finding f = exchange.findings().get(0);
        assertEquals("secrets", f.detector());
        assertEquals(Severity.SLIGHT, f.severity());
        assertEquals("secret", f.label());
        assertFalse(f.evidence().contains("MIIE"));
    }

    @Test
    void reportsAnAwsKeyIdWithTheConfiguredSeverity() {
        TestExchange exchange = TestExchange.of("acme", "aws configure with AKIAABCDEFGHIJKLMNOP please");
        stage(Map.of("severity", "major")).apply(exchange);
        assertEquals(Severity.MAJOR, exchange.findings().get(0).severity());
    }

    @Test
    void ordinaryPromptsReportNothing() {
        TestExchange exchange = TestExchange.of("acme", "Write a unit test for the cart; the key is the product id.");
        stage(Map.of()).apply(exchange);
        assertTrue(exchange.findings().isEmpty());
    }

    @Test
    void anUnknownSeverityFailsInit() {
        assertThrows(IllegalArgumentException.class,
                () -> new SecretLeakDetectorFactory().init(key -> key.equals("severity") ? Optional.of("huge") : Optional.empty()));
        new SecretLeakDetectorFactory().init(PluginConfig.EMPTY);
    }
}
