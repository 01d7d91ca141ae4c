package io.taskgate.core.infrastructure.plugins;

import io.taskgate.api.pipeline.Stage;
import io.taskgate.api.spi.PreCallMisuseStageFactory;
import io.taskgate.api.spi.StageFactory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A request waits for the detectors beside earlier calls: every plugin is told ({@link PluginRegistry#hurry}). */
class HurryTest {

    private static class Detector implements PreCallMisuseStageFactory {
        private final String id;
        final AtomicInteger told = new AtomicInteger();

        Detector(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Stage create() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void hurry() {
            told.incrementAndGet();
        }
    }

    @Test
    void aPluginThatFailsWhenToldToHurryIsReportedOnceAndTheOthersAreStillTold() {
        Detector broken = new Detector("broken") {
            @Override
            public void hurry() {
                super.hurry();
                throw new IllegalStateException("broken");
            }
        };
        Detector moderation = new Detector("moderation");
        Set<String> failed = new HashSet<>();
        List<StageFactory> plugins = List.of(broken, moderation);
        PluginRegistry.hurry(plugins, failed);
        PluginRegistry.hurry(plugins, failed);
        assertEquals(2, broken.told.get());
        assertEquals(2, moderation.told.get(), "told after the broken one failed, both times");
        assertEquals(Set.of("misuse-pre/broken"), failed);
    }
}
