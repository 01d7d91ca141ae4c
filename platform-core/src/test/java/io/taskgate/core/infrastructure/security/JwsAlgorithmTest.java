package io.taskgate.core.infrastructure.security;

import org.junit.jupiter.api.Test;

import java.security.KeyPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwsAlgorithmTest {

    static final KeyPair RSA = TestTokens.rsaKeyPair();
    static final KeyPair EC = TestTokens.ecKeyPair();

    @Test
    void noneAndHmacAlgorithmsAreNotAccepted() {
        for (String name : new String[]{"none", "None", "NONE", "HS256", "HS384", "HS512", "", "rs256"}) {
            assertTrue(JwsAlgorithm.byName(name).isEmpty(), name);
        }
    }

    @Test
    void asymmetricAlgorithmsAreFoundByTheirJwsName() {
        assertEquals(JwsAlgorithm.RS256, JwsAlgorithm.byName("RS256").orElseThrow());
        assertEquals(JwsAlgorithm.ES256, JwsAlgorithm.byName("ES256").orElseThrow());
        assertEquals(JwsAlgorithm.PS512, JwsAlgorithm.byName("PS512").orElseThrow());
        assertEquals("SHA256withRSA", JwsAlgorithm.RS256.jcaName());
        assertEquals("SHA256withECDSA", JwsAlgorithm.ES256.jcaName());
    }

    @Test
    void ecAlgorithmsFitOnlyEcKeysAndRsaAlgorithmsOnlyRsaKeys() {
        assertTrue(JwsAlgorithm.ES256.fits(EC.getPublic()));
        assertFalse(JwsAlgorithm.ES256.fits(RSA.getPublic()));
        assertTrue(JwsAlgorithm.RS256.fits(RSA.getPublic()));
        assertTrue(JwsAlgorithm.PS256.fits(RSA.getPublic()));
        assertFalse(JwsAlgorithm.RS256.fits(EC.getPublic()));
        assertFalse(JwsAlgorithm.PS256.fits(EC.getPublic()));
    }
}
