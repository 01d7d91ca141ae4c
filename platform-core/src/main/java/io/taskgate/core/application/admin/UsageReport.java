package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Usage grouped by member, task or day (in the tenant's time zone): requests, refusals, tokens and cost. */
public final class UsageReport {

    /** How rows are grouped. */
    public enum GroupBy {
        MEMBER, TASK, DAY;

        public static GroupBy parse(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw AdminProblem.invalid("groupBy must be member, task or day.");
            }
        }
    }

    /** One group's totals. */
    public record Row(String key, long requests, long refused, long promptTokens, long completionTokens,
                      BigDecimal costUsd) {

        Row plus(UsageFact fact) {
            return new Row(key, requests + 1, refused + (fact.status() >= 400 ? 1 : 0),
                    promptTokens + fact.promptTokens(), completionTokens + fact.completionTokens(),
                    costUsd.add(fact.costUsd() == null ? BigDecimal.ZERO : fact.costUsd()));
        }

        public long totalTokens() {
            return promptTokens + completionTokens;
        }
    }

    private UsageReport() {
    }

    public static Collection<Row> group(Collection<UsageFact> facts, GroupBy groupBy, ZoneId zone) {
        Function<UsageFact, String> key = switch (groupBy) {
            case MEMBER -> f -> f.username() == null ? "(unknown)" : f.username();
            case TASK -> f -> f.taskId() == null ? "(none)" : f.taskId();
            case DAY -> f -> f.at().atZone(zone).toLocalDate().toString();
        };
        Map<String, Row> rows = new TreeMap<>();
        for (UsageFact fact : facts) {
            String k = key.apply(fact);
            rows.put(k, rows.getOrDefault(k, new Row(k, 0, 0, 0, 0, BigDecimal.ZERO)).plus(fact));
        }
        return rows.values();
    }

    /** The rows as CSV with a header line. */
    public static String csv(Collection<Row> rows, GroupBy groupBy) {
        StringBuilder out = new StringBuilder(groupBy.name().toLowerCase(Locale.ROOT))
                .append(",requests,refused,prompt_tokens,completion_tokens,total_tokens,cost_usd\n");
        for (Row r : rows) {
            out.append(csvField(r.key())).append(',').append(r.requests()).append(',').append(r.refused()).append(',')
                    .append(r.promptTokens()).append(',').append(r.completionTokens()).append(',')
                    .append(r.totalTokens()).append(',').append(r.costUsd().toPlainString()).append('\n');
        }
        return out.toString();
    }

    static String csvField(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n");
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value : value; // no formula injection when opened in a spreadsheet
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
