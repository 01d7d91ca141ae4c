package io.taskgate.api.admin;

import java.io.Serializable;
import java.util.List;

/** A tenant's usage grouped by member, task or day over dates {@code from} (inclusive) to {@code to} (exclusive). */
public record UsageReportView(String tenantId, String groupBy, String from, String to, String timeZone,
                              List<UsageRow> rows) implements Serializable {
}
