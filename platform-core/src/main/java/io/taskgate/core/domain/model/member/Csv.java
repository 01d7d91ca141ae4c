package io.taskgate.core.domain.model.member;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Sets of ids stored as one comma-separated column. */
final class Csv {
    private Csv() {
    }

    static String join(Set<String> values) {
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).sorted().collect(Collectors.joining(","));
    }

    static Set<String> split(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
