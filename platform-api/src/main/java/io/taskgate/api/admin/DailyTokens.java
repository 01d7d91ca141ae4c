package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** Daily tokens stacked by member: the dates, and one series per member. */
public record DailyTokens(List<String> days, List<MemberTokens> series) implements Serializable {
}
