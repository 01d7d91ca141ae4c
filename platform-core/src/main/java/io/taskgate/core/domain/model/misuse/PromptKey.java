package io.taskgate.core.domain.model.misuse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What recognises a prompt sent again: the SHA-256 of its assessed text, with runs of white space made one space,
 * trimmed and lower-cased, so a retry or a "regenerate" of the same request has the same key. Only the key is kept,
 * never the text. {@link #NONE} stands for a request with nothing to assess (it never matches another).
 */
public record PromptKey(String value) {

    public static final PromptKey NONE = new PromptKey("");

    public PromptKey {
        value = value == null ? "" : value;
        if (!value.isEmpty() && !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("A prompt key is a SHA-256 in lower-case hex");
        }
    }

    public static PromptKey of(String assessedText) {
        if (assessedText == null || assessedText.isBlank()) {
            return NONE;
        }
        String normalized = assessedText.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return new PromptKey(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every JVM", e);
        }
    }

    public boolean isNone() {
        return value.isEmpty();
    }
}
