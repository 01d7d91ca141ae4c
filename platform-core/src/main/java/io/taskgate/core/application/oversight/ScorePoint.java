package io.taskgate.core.application.oversight;

import java.time.Instant;

/** The member's deviation score at one instant; {@code signal} is true where a scored request raised it. */
public record ScorePoint(Instant at, double score, boolean signal) {
}
