package io.taskgate.core.domain.model.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of a personal API key, {@code tg_<keyId>_<secret>}: the key id is visible and indexed,
 * the secret is 32 random bytes and only its hash is kept.
 */
public final class ApiKeySecret {

    public static final String PREFIX = "tg_";
    private static final Pattern FORMAT = Pattern.compile("tg_([a-z0-9]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final String keyId;
    private final String plainText;

    private ApiKeySecret(String keyId, String plainText) {
        this.keyId = keyId;
        this.plainText = plainText;
    }

    public static ApiKeySecret generate() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new ApiKeySecret(id.toString(), PREFIX + id + "_" + encoded);
    }

    /** Parses a presented key; empty when it does not have the key format at all. */
    public static Optional<ApiKeySecret> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presented);
        return m.matches() ? Optional.of(new ApiKeySecret(m.group(1), presented)) : Optional.empty();
    }

    public static boolean looksLikeApiKey(String bearer) {
        return bearer != null && bearer.startsWith(PREFIX);
    }

    public String keyId() {
        return keyId;
    }

    public String plainText() {
        return plainText;
    }

    public String hash() {
        return HexFormat.of().formatHex(sha256(plainText));
    }

    /** Constant-time comparison of this key's hash against a stored hash. */
    public boolean matches(String storedHash) {
        byte[] stored;
        try {
            stored = HexFormat.of().parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(sha256(plainText), stored);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + keyId + "_***";
    }
}
