package io.taskgate.devstack.bench;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A credential granted again once it is older than a given age: a benchmark outlives the realm's 15-minute access
 * tokens. Thread-safe; one grant at a time.
 */
final class FreshToken implements Supplier<String> {

    private final long maxAgeNanos;
    private final Supplier<String> grant;
    private final LongSupplier clock;
    private String value;
    private long grantedAt;

    FreshToken(Duration maxAge, Supplier<String> grant, LongSupplier clock) {
        this.maxAgeNanos = maxAge.toNanos();
        this.grant = grant;
        this.clock = clock;
    }

    static FreshToken every(Duration maxAge, Supplier<String> grant) {
        return new FreshToken(maxAge, grant, System::nanoTime);
    }

    @Override
    public synchronized String get() {
        long now = clock.getAsLong();
        if (value == null || now - grantedAt >= maxAgeNanos) {
            value = grant.get();
            grantedAt = now;
        }
        return value;
    }
}
