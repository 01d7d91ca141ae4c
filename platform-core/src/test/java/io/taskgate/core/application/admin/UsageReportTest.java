package io.taskgate.core.application.admin;

import io.taskgate.core.domain.model.usage.UsageHistory.UsageFact;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UsageReportTest {

    static UsageFact fact(String at, String user, String task, int status, long in, long out, String cost) {
        return new UsageFact(Instant.parse(at), user, task, status, in, out, new BigDecimal(cost));
    }

    final List<UsageFact> facts = List.of(
            fact("2026-11-22T23:30:00Z", "bob", "acme-checkout", 200, 10, 20, "0.001"),
            fact("2026-11-23T08:00:00Z", "bob", "acme-docs", 429, 0, 0, "0"),
            fact("2026-11-23T09:00:00Z", "carol", "acme-docs", 200, 5, 5, "0.0005"));

    @Test
    void groupsByMemberWithRefusalsTokensAndCost() {
        var rows = List.copyOf(UsageReport.group(facts, UsageReport.GroupBy.MEMBER, ZoneId.of("UTC")));
        assertEquals("bob", rows.get(0).key());
        assertEquals(2, rows.get(0).requests());
        assertEquals(1, rows.get(0).refused());
        assertEquals(30, rows.get(0).totalTokens());
        assertEquals(new BigDecimal("0.001"), rows.get(0).costUsd());
    }

    @Test
    void daysFollowTheTenantsTimeZone() {
        var utc = List.copyOf(UsageReport.group(facts, UsageReport.GroupBy.DAY, ZoneId.of("UTC")));
        var berlin = List.copyOf(UsageReport.group(facts, UsageReport.GroupBy.DAY, ZoneId.of("Europe/Berlin")));
        assertEquals(List.of("2026-11-22", "2026-11-23"), utc.stream().map(UsageReport.Row::key).toList());
        assertEquals(List.of("2026-11-23"), berlin.stream().map(UsageReport.Row::key).toList(),
                "23:30 UTC is already the 23rd in Berlin (UTC+1)");
    }

    @Test
    void csvHasAHeaderAndNeutralisesSpreadsheetFormulas() {
        var rows = UsageReport.group(List.of(fact("2026-11-23T08:00:00Z", "=cmd()", "t,1", 200, 1, 1, "0")),
                UsageReport.GroupBy.MEMBER, ZoneId.of("UTC"));
        String csv = UsageReport.csv(rows, UsageReport.GroupBy.MEMBER);
        assertEquals("member,requests,refused,prompt_tokens,completion_tokens,total_tokens,cost_usd\n'=cmd(),1,0,1,1,2,0\n", csv);
        assertEquals("\"t,1\"", UsageReport.csvField("t,1"));
    }

    @Test
    void anUnknownGroupingIsRefused() {
        assertThrows(AdminProblem.class, () -> UsageReport.GroupBy.parse("weather"));
    }
}
