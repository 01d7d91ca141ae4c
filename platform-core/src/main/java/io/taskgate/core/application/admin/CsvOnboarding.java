package io.taskgate.core.application.admin;

import io.taskgate.api.admin.CsvRowResult;
import io.taskgate.core.domain.model.member.BudgetPeriod;
import io.taskgate.core.domain.model.member.MemberLimits;
import io.taskgate.core.domain.model.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Bulk onboarding from CSV with a header row: {@code username,email,tasks} and optionally {@code role,endpoints,
 * models,accessExpiresAt} and any limit ({@code dailyTokens, monthlyTokens, budgetUsd, budgetPeriod,
 * requestsPerMinute, tokensPerMinute, maxTokensPerRequest, maxConcurrentStreams}). Lists inside a field are
 * separated by {@code ;} or spaces. Each row is onboarded on its own; a bad row is reported, the others go in.
 */
@ApplicationScoped
public class CsvOnboarding {

    public static final int MAX_ROWS = 1000;
    private static final List<String> REQUIRED = List.of("username", "email", "tasks");
    private static final Set<String> KNOWN = Set.of("username", "email", "tasks", "role", "endpoints", "models",
            "accessexpiresat", "dailytokens", "monthlytokens", "budgetusd", "budgetperiod", "requestsperminute",
            "tokensperminute", "maxtokensperrequest", "maxconcurrentstreams");

    @Inject
    MemberAdministration members;

    public List<CsvRowResult> onboard(String actor, Tenant tenant, String csv) {
        List<List<String>> records = CsvRecords.parse(csv == null ? "" : csv);
        if (records.isEmpty()) {
            throw AdminProblem.invalid("The CSV is empty. Start with a header row: username,email,tasks");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.containsAll(REQUIRED)) {
            throw AdminProblem.invalid("The CSV header must name at least username,email,tasks; it has " + header + ".");
        }
        header.stream().filter(h -> !KNOWN.contains(h)).findFirst().ifPresent(h -> {
            throw AdminProblem.invalid("Unknown CSV column '" + h + "'. Known columns: " + KNOWN.stream().sorted().toList() + ".");
        });
        if (records.size() - 1 > MAX_ROWS) {
            throw AdminProblem.invalid("At most " + MAX_ROWS + " rows per upload; split the file.");
        }
        List<CsvRowResult> results = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            results.add(row(actor, tenant, header, records.get(i), i + 1));
        }
        return results;
    }

    private CsvRowResult row(String actor, Tenant tenant, List<String> header, List<String> fields, int line) {
        Map<String, String> row = new HashMap<>();
        for (int c = 0; c < header.size() && c < fields.size(); c++) {
            String value = fields.get(c).strip();
            if (!value.isEmpty()) {
                row.put(header.get(c), value);
            }
        }
        String username = row.get("username");
        try {
            if (fields.size() > header.size()) {
                throw AdminProblem.invalid("The row has " + fields.size() + " fields; the header has " + header.size() + ".");
            }
            MemberLimits limits = new MemberLimits(number(row, "dailytokens", Long::valueOf),
                    number(row, "monthlytokens", Long::valueOf), number(row, "budgetusd", BigDecimal::new),
                    number(row, "budgetperiod", v -> BudgetPeriod.valueOf(v.toUpperCase(Locale.ROOT))),
                    number(row, "requestsperminute", Integer::valueOf), number(row, "tokensperminute", Long::valueOf),
                    number(row, "maxtokensperrequest", Long::valueOf), number(row, "maxconcurrentstreams", Integer::valueOf));
            var done = members.onboard(actor, tenant, new MemberAdministration.Onboarding(username, row.get("email"),
                    row.get("role"), list(row.get("tasks")), listOrNull(row.get("endpoints")),
                    listOrNull(row.get("models")), row.get("accessexpiresat"), limits));
            return new CsvRowResult(line, done.membership().username(), done.identityCreated() ? "created" : "linked",
                    null, null, done.invitation() == null ? null : done.invitation().view());
        } catch (AdminProblem e) {
            return new CsvRowResult(line, username, "failed", e.code(), e.getMessage(), null);
        }
    }

    private static <T> T number(Map<String, String> row, String column, Function<String, T> parse) {
        String value = row.get(column);
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw AdminProblem.invalid("Column " + column + " has an invalid value '" + value + "'.");
        }
    }

    private static Set<String> list(String value) {
        return value == null ? Set.of() : new LinkedHashSet<>(Arrays.stream(value.split("[;\\s]+"))
                .filter(v -> !v.isBlank()).toList());
    }

    private static Set<String> listOrNull(String value) {
        return value == null ? null : list(value);
    }
}
