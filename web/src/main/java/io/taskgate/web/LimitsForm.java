package io.taskgate.web;

import io.taskgate.api.admin.MemberLimitsView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Edits a member's limits (PUT .../limits replaces them all; an empty field means no limit). */
@Named
@ViewScoped
public class LimitsForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] NUMBERS = {"dailyTokens", "monthlyTokens", "budgetUsd", "requestsPerMinute",
            "tokensPerMinute", "maxTokensPerRequest", "maxConcurrentStreams"};

    @Inject
    transient CoreApi core;

    @Inject
    MemberPage page;

    private Map<String, Object> values;
    private String budgetPeriod;

    /** What a person reads beside each limit: words, the unit and when it resets. */
    private static final Map<String, String> LABELS = Map.of(
            "dailyTokens", "Tokens per day (resets at midnight, tenant time)",
            "monthlyTokens", "Tokens per month (resets on the 1st)",
            "budgetUsd", "Budget in USD (per budget period below)",
            "requestsPerMinute", "Requests per minute",
            "tokensPerMinute", "Tokens per minute, per model",
            "maxTokensPerRequest", "Largest answer per request (tokens)",
            "maxConcurrentStreams", "Streams open at once");

    public String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The form's values, taken from the member once. */
    public Map<String, Object> getValues() {
        if (values == null) {
            values = new LinkedHashMap<>();
            MemberLimitsView limits = page.getMember() == null ? null : page.getMember().limits();
            for (String name : NUMBERS) {
                Object v = limits == null ? null : number(limits, name);
                values.put(name, v == null ? null : new BigDecimal(v.toString()));
            }
            budgetPeriod = limits == null ? null : limits.budgetPeriod();
        }
        return values;
    }

    /** One of the numeric limits by its field name. */
    static Object number(MemberLimitsView limits, String name) {
        return switch (name) {
            case "dailyTokens" -> limits.dailyTokens();
            case "monthlyTokens" -> limits.monthlyTokens();
            case "budgetUsd" -> limits.budgetUsd();
            case "requestsPerMinute" -> limits.requestsPerMinute();
            case "tokensPerMinute" -> limits.tokensPerMinute();
            case "maxTokensPerRequest" -> limits.maxTokensPerRequest();
            case "maxConcurrentStreams" -> limits.maxConcurrentStreams();
            default -> throw new IllegalArgumentException("Unknown limit " + name);
        };
    }

    public void save() {
        StringBuilder body = new StringBuilder("{");
        getValues().forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                body.append(body.length() > 1 ? "," : "").append('"').append(name).append("\":")
                        .append(new BigDecimal(value.toString().strip()).toPlainString());
            }
        });
        if (budgetPeriod != null && !budgetPeriod.isBlank()) {
            body.append(body.length() > 1 ? "," : "").append("\"budgetPeriod\":").append(Plain.quote(budgetPeriod));
        }
        try {
            core.put(page.base() + "/limits", body.append('}').toString());
            Notices.done("Limits of " + page.getUsername() + " saved");
            page.load();
        } catch (CoreApi.CoreApiException e) {
            Notices.failed("Limits not saved", e);
        }
    }

    public String getBudgetPeriod() {
        getValues();
        return budgetPeriod;
    }

    public void setBudgetPeriod(String budgetPeriod) {
        this.budgetPeriod = budgetPeriod;
    }
}
