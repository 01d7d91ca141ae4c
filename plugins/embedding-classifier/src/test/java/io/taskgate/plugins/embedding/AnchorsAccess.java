package io.taskgate.plugins.embedding;

import java.util.List;
import java.util.Map;

/** Test access to package-private defaults. */
public final class AnchorsAccess {
    private AnchorsAccess() {
    }

    public static Map<String, List<String>> defaults() {
        return Anchors.DEFAULTS;
    }

    public static List<String> meta() {
        return Anchors.META;
    }
}
