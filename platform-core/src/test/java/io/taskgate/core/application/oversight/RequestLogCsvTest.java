package io.taskgate.core.application.oversight;

import io.taskgate.api.admin.RequestRow;
import io.taskgate.core.application.admin.AdminProblem;
import io.taskgate.core.domain.model.misuse.MisuseEvent;
import io.taskgate.core.domain.model.tenant.Tenant;
import io.taskgate.core.domain.model.usage.UsageRecordBuilder;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RequestLogCsvTest {

    static final Instant AT = Instant.parse("2026-12-05T09:00:00Z");

    @Test
    void eachRequestIsOneRecordWithItsSignalsPlainCostAndAPromptThatCannotRunAsAFormula() throws IOException {
        RequestRow row = RequestRows.of(new UsageRecordBuilder("req-1", AT, "chat.completions")
                        .caller("s", "bob", "TOKEN", null).task("acme", "acme-docs").model("gpt-4o-mini").outcome(200, null)
                        .prompt("=HYPERLINK(\"http://x\"), then a line\nbreak").usage(12, 30, false).intent("off_topic")
                        .cost(new BigDecimal("0.00000000")).build(),
                List.of(SignalViews.of(new MisuseEvent("acme", "bob", "req-1", "acme-docs", AT, "intent-marker", "MAJOR",
                        "off_topic", 1, 1, "e [confidence 1.00]"), null)));
        String csv = RequestLogCsv.of(List.of(row));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(1, records.size());
        CSVRecord r = records.get(0);
        assertEquals("bob", r.get("member"));
        assertEquals("intent-marker MAJOR off_topic", r.get("signals"));
        assertEquals("42", r.get("total_tokens"));
        assertEquals("0", r.get("cost_usd"), "never 0E-8");
        assertEquals("'=HYPERLINK(\"http://x\"), then a line\nbreak", r.get("prompt"));
        assertEquals("2026-12-05T09:00:00Z", r.get("time"));
    }

    @Test
    void anUnknownVerdictIsA400ThatNamesTheChoices() {
        AdminProblem problem = assertThrows(AdminProblem.class, () -> RequestLog.filter(new Tenant("acme", "Acme",
                ZoneId.of("UTC"), 0), new RequestLog.Query(null, null, null, null, null, null, "guilty", null)));
        assertEquals(400, problem.status());
        assertEquals("verdict must be signalled, clean, major or slight.", problem.getMessage());
    }

    @Test
    void aPageOutsideTheLimitsIsA400BeforeAnyQuery() {
        RequestLog log = new RequestLog();
        Tenant acme = new Tenant("acme", "Acme", ZoneId.of("UTC"), 0);
        RequestLog.Query any = new RequestLog.Query(null, null, null, null, null, null, null, null);
        assertEquals(400, assertThrows(AdminProblem.class, () -> log.page(acme, any, 0, 501)).status());
        assertEquals(400, assertThrows(AdminProblem.class, () -> log.page(acme, any, -1, 10)).status());
    }
}
