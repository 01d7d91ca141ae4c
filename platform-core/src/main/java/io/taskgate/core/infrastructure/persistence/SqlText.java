package io.taskgate.core.infrastructure.persistence;

/**
 * Text as both databases store it. PostgreSQL refuses U+0000 (NUL) in {@code text} and {@code varchar} columns
 * (H2 accepts it), so one NUL in a contractor's prompt would make the whole row, and every batch it is in, fail.
 * NUL is stored as the six characters {@code \u0000}, the way JSON writes it, so what the contractor sent stays
 * visible to the owner; every other character is stored as it is.
 */
public final class SqlText {

    static final String NUL_ESCAPE = "\\u0000";

    private SqlText() {
    }

    public static String storable(String text) {
        if (text == null || text.indexOf('\u0000') < 0) {
            return text;
        }
        return text.replace("\u0000", NUL_ESCAPE);
    }
}
