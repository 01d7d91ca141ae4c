package io.taskgate.api.admin;

import java.io.Serializable;

/** Usage today, this week (from Monday) and this month, in the tenant's time zone. */
public record PeriodTotals(UsageTotals today, UsageTotals week, UsageTotals month) implements Serializable {
}
