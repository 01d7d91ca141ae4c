package io.taskgate.core.infrastructure.security;

import io.taskgate.core.MutableClock;
import io.taskgate.core.application.access.InvalidCredentialsException;

import com.sun.net.httpserver.HttpServer;
import io.taskgate.api.pipeline.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemoteJwksKeySourceTest {

    static final Duration MIN_REFETCH = Duration.ofSeconds(10);
    static final Duration MAX_AGE = Duration.ofHours(12);
    static final KeyPair OLD_KEY = TestTokens.rsaKeyPair();
    static final KeyPair NEW_KEY = TestTokens.rsaKeyPair();
    static final KeyPair EC_KEY = TestTokens.ecKeyPair();

    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> jwks = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private RemoteJwksKeySource source;

    @BeforeEach
    void startServer() throws IOException {
        jwks.set(TestTokens.jwks(TestTokens.rsaJwk("old", (RSAPublicKey) OLD_KEY.getPublic())));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/certs", exchange -> {
            fetches.incrementAndGet();
            byte[] body = jwks.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status.get(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/certs");
        source = new RemoteJwksKeySource(uri, MIN_REFETCH, MAX_AGE, clock);
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private JwtVerifier verifier() {
        return new JwtVerifier(source, JwtVerifierTest.ISSUER, JwtVerifierTest.AUDIENCE, Duration.ofSeconds(30),
                java.time.Clock.fixed(JwtVerifierTest.NOW, java.time.ZoneOffset.UTC));
    }

    @Test
    void knownKidIsFetchedOnceAndThenServedFromCache() {
        assertTrue(source.key("old").isPresent());
        assertTrue(source.key("old").isPresent());
        assertTrue(source.key("old").isPresent());

        assertArrayEquals(OLD_KEY.getPublic().getEncoded(), source.key("old").orElseThrow().getEncoded());
        assertEquals(1, fetches.get());
    }

    @Test
    void rotatedKeyWithNewKidVerifiesBecauseUnknownKidTriggersRefetch() throws Exception {
        JwtVerifier verifier = verifier();
        verifier.verify(TestTokens.token("RS256", "old", OLD_KEY.getPrivate(), JwtVerifierTest.claims()));
        assertEquals(1, fetches.get());

        jwks.set(TestTokens.jwks(TestTokens.rsaJwk("old", (RSAPublicKey) OLD_KEY.getPublic()),
                TestTokens.rsaJwk("new", (RSAPublicKey) NEW_KEY.getPublic())));
        clock.advance(MIN_REFETCH.plusSeconds(1));

        Caller caller = verifier.verify(TestTokens.token("RS256", "new", NEW_KEY.getPrivate(), JwtVerifierTest.claims()));

        assertEquals("user-123", caller.subject());
        assertEquals(2, fetches.get());
    }

    @Test
    void unknownKidWithinMinimumIntervalIsNotRefetchedUntilTheIntervalPassed() {
        assertTrue(source.key("old").isPresent());
        jwks.set(TestTokens.jwks(TestTokens.rsaJwk("new", (RSAPublicKey) NEW_KEY.getPublic())));
        clock.advance(MIN_REFETCH.minusSeconds(1));

        assertTrue(source.key("new").isEmpty());
        assertEquals(1, fetches.get());

        clock.advance(Duration.ofSeconds(2));
        assertTrue(source.key("new").isPresent());
        assertEquals(2, fetches.get());
    }

    @Test
    void tokenWithNewKidIsRejectedWhileRefetchIsThrottled() {
        assertTrue(source.key("old").isPresent());
        jwks.set(TestTokens.jwks(TestTokens.rsaJwk("new", (RSAPublicKey) NEW_KEY.getPublic())));

        String token = TestTokens.token("RS256", "new", NEW_KEY.getPrivate(), JwtVerifierTest.claims());
        InvalidCredentialsException e = assertThrows(InvalidCredentialsException.class, () -> verifier().verify(token));
        assertEquals("invalid_token", e.code());
    }

    @Test
    void manyUnknownKidsWithinMinimumIntervalCauseAtMostOneExtraFetch() {
        assertTrue(source.key("old").isPresent());
        assertEquals(1, fetches.get());
        clock.advance(MIN_REFETCH.plusSeconds(1));

        for (int i = 0; i < 200; i++) {
            assertTrue(source.key("garbage-" + i).isEmpty());
            if (i % 20 == 0) {
                clock.advance(Duration.ofMillis(500)); // still well within the interval
            }
        }

        assertEquals(2, fetches.get());
    }

    @Test
    void concurrentUnknownKidLookupsCauseAtMostOneExtraFetch() throws Exception {
        assertTrue(source.key("old").isPresent());
        clock.advance(MIN_REFETCH.plusSeconds(1));

        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 25; i++) {
                    source.key("garbage-" + id + "-" + i);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join(10_000);
        }

        assertEquals(2, fetches.get());
    }

    @Test
    void keysOlderThanMaxAgeAreRefetched() {
        assertTrue(source.key("old").isPresent());
        clock.advance(MAX_AGE.plusSeconds(1));

        assertTrue(source.key("old").isPresent());

        assertEquals(2, fetches.get());
    }

    @Test
    void failedRefetchKeepsThePreviouslyLoadedKeys() {
        assertTrue(source.key("old").isPresent());
        status.set(500);
        clock.advance(MAX_AGE.plusSeconds(1));

        assertTrue(source.key("old").isPresent());
        assertEquals(2, fetches.get());
    }

    @Test
    void emptyKeySetDoesNotReplaceLoadedKeys() {
        assertTrue(source.key("old").isPresent());
        jwks.set("{\"keys\":[]}");
        clock.advance(MAX_AGE.plusSeconds(1));

        assertTrue(source.key("old").isPresent());
    }

    @Test
    void notReadyUntilKeysCouldBeLoaded() {
        status.set(503);
        assertFalse(source.ready());

        status.set(200);
        assertFalse(source.ready(), "a retry within the minimum interval must not fetch");
        clock.advance(MIN_REFETCH.plusSeconds(1));
        assertTrue(source.ready());
        assertEquals(2, fetches.get());
    }

    @Test
    void unreachableJwksEndpointLeavesSourceNotReadyWithoutThrowing() {
        server.stop(0);
        assertTrue(source.key("old").isEmpty());
        assertFalse(source.ready());
    }

    @Test
    void ecKeysFromTheJwksVerifyEs256Tokens() throws Exception {
        jwks.set(TestTokens.jwks(TestTokens.ecJwk("ec", (ECPublicKey) EC_KEY.getPublic())));

        Caller caller = verifier().verify(TestTokens.token("ES256", "ec", EC_KEY.getPrivate(), JwtVerifierTest.claims()));

        assertEquals("user-123", caller.subject());
    }
}
