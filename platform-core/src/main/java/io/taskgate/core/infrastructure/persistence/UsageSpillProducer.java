package io.taskgate.core.infrastructure.persistence;

import io.taskgate.core.application.UsageSpillStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.nio.file.Path;

/**
 * The usage ledger's local spill ({@link UsageSpill}) in {@code gateway.ledger.spill-dir} (default
 * {@code ./taskgate-data/usage-spill}), bounded by {@code gateway.ledger.spill-max-bytes} (default 256 MiB).
 */
@ApplicationScoped
public class UsageSpillProducer {

    @Produces
    @Singleton
    UsageSpillStore spill(Config config) {
        return new UsageSpill(
                Path.of(config.getOptionalValue("gateway.ledger.spill-dir", String.class).orElse("./taskgate-data/usage-spill")),
                config.getOptionalValue("gateway.ledger.spill-max-bytes", Long.class).orElse(268_435_456L));
    }
}
