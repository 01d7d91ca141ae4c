package io.taskgate.core.application.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** One-time activation codes: {@code tga_} and 32 characters (192 random bits); only their SHA-256 is stored. */
public final class ActivationCode {

    public static final String PREFIX = "tga_";
    private static final Pattern FORMAT = Pattern.compile("tga_[A-Za-z0-9_-]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ActivationCode() {
    }

    public static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
