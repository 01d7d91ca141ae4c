package io.taskgate.api.admin;

import java.io.Serializable;

/** One member's tokens per day, in the order of {@link DailyTokens#days()}. */
public record MemberTokens(String member, long[] tokens) implements Serializable {
}
