package io.taskgate.api.admin;

import java.io.Serializable;

/** A member's deviation score at one instant; {@code signal} is true where a scored request raised it. */
public record ScorePoint(String at, double score, boolean signal) implements Serializable {
}
