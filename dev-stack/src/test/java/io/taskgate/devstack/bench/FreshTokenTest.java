package io.taskgate.devstack.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FreshTokenTest {

    @Test
    void aTokenIsGrantedOnceUntilItReachesItsAgeThenGrantedAgain() {
        AtomicLong now = new AtomicLong();
        AtomicInteger grants = new AtomicInteger();
        FreshToken token = new FreshToken(Duration.ofMinutes(5), () -> "token-" + grants.incrementAndGet(), now::get);
        assertEquals("token-1", token.get());
        now.set(Duration.ofMinutes(4).toNanos());
        assertEquals("token-1", token.get());
        now.set(Duration.ofMinutes(5).toNanos());
        assertEquals("token-2", token.get());
        assertEquals("token-2", token.get());
        assertEquals(2, grants.get());
    }
}
