package io.taskgate.core.domain.model.task;

import java.util.regex.Pattern;

/** The value of an {@code X-Task-Id} header: 1-64 letters, digits, dots, dashes or underscores. */
public record TaskId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public TaskId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A task id has 1-64 letters, digits, '.', '-' or '_'");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
