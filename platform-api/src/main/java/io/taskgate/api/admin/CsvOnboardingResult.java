package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A CSV onboarding: one result per row, and how many rows succeeded and failed. */
public record CsvOnboardingResult(List<CsvRowResult> rows, long succeeded, long failed) implements Serializable {
}
