package io.taskgate.api.admin;

import java.io.Serializable;

/** When the current day, week and month of the limits end (the next reset), as ISO-8601 instants. */
public record PeriodEnds(String day, String week, String month) implements Serializable {
}
