package io.taskgate.core.domain.model.apikey;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiKeySecretTest {

    @Test
    void generatedKeyHasTheTgKeyIdSecretFormat() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertTrue(secret.plainText().matches("tg_[a-z0-9]{12}_[A-Za-z0-9_-]{43}"), secret.plainText());
        assertTrue(secret.plainText().startsWith("tg_" + secret.keyId() + "_"));
        assertEquals(12, secret.keyId().length());
    }

    @Test
    void generatedKeysAreUnique() {
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            ApiKeySecret secret = ApiKeySecret.generate();
            seen.add(secret.plainText());
            ids.add(secret.keyId());
        }
        assertEquals(100, seen.size());
        assertEquals(100, ids.size());
    }

    @Test
    void parsingAGeneratedKeyYieldsItsKeyIdAndMatchesItsHash() {
        ApiKeySecret generated = ApiKeySecret.generate();

        ApiKeySecret parsed = ApiKeySecret.parse(generated.plainText()).orElseThrow();

        assertEquals(generated.keyId(), parsed.keyId());
        assertEquals(generated.hash(), parsed.hash());
        assertTrue(parsed.matches(generated.hash()));
    }

    @Test
    void sameKeyIdWithAnotherSecretDoesNotMatch() {
        ApiKeySecret generated = ApiKeySecret.generate();
        String otherSecret = ApiKeySecret.generate().plainText().substring(16);
        ApiKeySecret forged = ApiKeySecret.parse("tg_" + generated.keyId() + "_" + otherSecret).orElseThrow();

        assertEquals(generated.keyId(), forged.keyId());
        assertFalse(forged.matches(generated.hash()));
    }

    @Test
    void hashIsSha256HexAndNeverThePlainText() {
        ApiKeySecret secret = ApiKeySecret.generate();
        String secretPart = secret.plainText().substring(16);

        assertNotEquals(secret.plainText(), secret.hash());
        assertFalse(secret.hash().contains(secretPart));
        assertTrue(secret.hash().matches("[0-9a-f]{64}"));
    }

    @Test
    void matchingAgainstAMalformedStoredHashIsFalse() {
        ApiKeySecret secret = ApiKeySecret.generate();

        assertFalse(secret.matches("not hex"));
        assertFalse(secret.matches(""));
        assertFalse(secret.matches(secret.plainText()));
        assertFalse(secret.matches(secret.hash().substring(2)));
    }

    @Test
    void toStringShowsTheKeyIdButHidesTheSecret() {
        ApiKeySecret secret = ApiKeySecret.generate();
        String secretPart = secret.plainText().substring(16);

        assertFalse(secret.toString().contains(secretPart));
        assertTrue(secret.toString().contains(secret.keyId()));
        assertFalse(ApiKeySecret.parse(secret.plainText()).orElseThrow().toString().contains(secretPart));
    }

    @Test
    void malformedKeysDoNotParse() {
        String valid = ApiKeySecret.generate().plainText();
        for (String bad : new String[]{null, "", "tg_", "tg_short_secret", valid + "x", valid.substring(0, valid.length() - 1),
                valid.replaceFirst("^tg_", "TG_"), valid.replaceFirst("^tg_", "sk_"), "tg_ABCDEFGHIJKL_" + valid.substring(16),
                valid.substring(0, 20) + "!" + valid.substring(21), " " + valid}) {
            assertTrue(ApiKeySecret.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }

    @Test
    void onlyTgPrefixedBearersLookLikeApiKeys() {
        assertTrue(ApiKeySecret.looksLikeApiKey("tg_anything"));
        assertFalse(ApiKeySecret.looksLikeApiKey("eyJhbGciOiJSUzI1NiJ9.e30.sig"));
        assertFalse(ApiKeySecret.looksLikeApiKey(null));
    }
}
