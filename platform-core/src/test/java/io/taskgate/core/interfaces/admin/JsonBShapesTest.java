package io.taskgate.core.interfaces.admin;

import io.taskgate.api.admin.DecisionView;
import io.taskgate.api.admin.HourlyActivity;
import io.taskgate.api.admin.IntentMix;
import io.taskgate.api.admin.IntentTimeline;
import io.taskgate.api.admin.MemberEvidence;
import io.taskgate.api.admin.MemberStanding;
import io.taskgate.api.admin.Outlook;
import io.taskgate.api.admin.PluginStatus;
import io.taskgate.api.admin.RequestLogPage;
import io.taskgate.api.admin.RequestRow;
import io.taskgate.api.admin.ReviewCaseView;
import io.taskgate.api.admin.ScorePoint;
import io.taskgate.api.admin.SignalView;
import io.taskgate.api.admin.TenantOversight;
import io.taskgate.api.spi.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The misuse and oversight answers moved into {@code io.taskgate.api.admin} are written byte for byte as JSON-B
 * (Yasson 3) wrote them while they were core records: absent parts left out, properties in alphabetical order. The
 * expected texts ({@code as-json-b-wrote-them.tsv}) are what Yasson wrote for the same values before the move.
 */
class JsonBShapesTest {

    static final String T = "2026-12-05T10:30:00Z";
    static final String T2 = "2026-12-05T10:30:00.123456Z";
    static final SignalView MAJOR = new SignalView("e1", T2, "r1", "acme-docs", "embedding", "MAJOR", "off_topic", 0.93,
            "far from the task", 1.0, 2.5, "hello", "doc", "embedding: MAJOR off_topic", null);
    static final SignalView SLIGHT = new SignalView("e2", T, null, null, "patterns", "SLIGHT", null, null, "", 0.25,
            0.333, null, null, "patterns: SLIGHT", null);
    static final DecisionView SUSPENDED = new DecisionView(T, "grace", "review.suspend", "SUSPENDED", null,
            "grace suspended the member");

    static Map<String, String> expected = new TreeMap<>();

    /** Lists of each kind, for their generic types. */
    List<ReviewCaseView> cases;
    List<PluginStatus> plugins;

    @BeforeAll
    static void readWhatJsonBWrote() throws IOException {
        try (InputStream in = JsonBShapesTest.class.getResourceAsStream("as-json-b-wrote-them.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.split("\t", 2);
                expected.put(parts[0], parts[1]);
            }
        }
    }

    static String written(Object answer, Type type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AdminRecordWriter().writeTo(answer, answer.getClass(), type, null, null, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void memberEvidenceLeavesOutWhatIsAbsentAndOrdersItsPropertiesAlphabetically() throws IOException {
        Outlook outlook = new Outlook("ACTIVE", null, null, 0.0, 3.0, null, null, "BLOCK", 3, 0, "Score 0.0 of 3.0.");
        HourlyActivity activity = new HourlyActivity(List.of(new HourlyActivity.Hour(T, 3, 120),
                new HourlyActivity.Hour(T2, 0, 0)), 0.012, 1.5E-4);
        LinkedHashMap<String, Long> labels = new LinkedHashMap<>();
        labels.put("doc", 7L);
        labels.put("off_topic", 2L);
        MemberEvidence evidence = new MemberEvidence("globex", "heidi", T, T2, outlook,
                List.of(new ScorePoint(T, 1.0, true), new ScorePoint(T2, 0.5, false)), List.of(MAJOR, SLIGHT),
                List.of(new IntentMix("acme-docs", 9, labels)), activity, List.of(SUSPENDED));
        assertEquals(expected.get("MemberEvidence"), written(evidence, MemberEvidence.class));
        Outlook flagged = new Outlook("SUSPENDED", "why", T, 1.25, 3.0, T2, "SUSPEND", "BLOCK", 1, 12, "w");
        assertEquals(expected.get("Outlook2"), written(flagged, Outlook.class));
    }

    @Test
    void theReviewQueueIsWrittenAsBefore() throws Exception {
        List<ReviewCaseView> queue = List.of(new ReviewCaseView("heidi", 2.5, 3.0, T, "BLOCK", "BLOCKED", null,
                List.of(MAJOR, SLIGHT), List.of(SUSPENDED)), new ReviewCaseView("ivan", 0, 3, null, null, "ACTIVE", null,
                List.of(), List.of()));
        assertEquals(expected.get("ReviewCaseView"), written(queue, getClass().getDeclaredField("cases").getGenericType()));
    }

    @Test
    void tenantOversightKeepsTheRefusalsInTheirOrderAndTheDailyCountsAsArrays() throws IOException {
        TreeMap<String, long[]> perDay = new TreeMap<>();
        perDay.put("doc", new long[]{0, 2});
        perDay.put("unknown", new long[]{1, 0});
        TreeMap<String, Long> refusals = new TreeMap<>();
        refusals.put("quota_exceeded", 4L);
        refusals.put("access_suspended", 1L);
        TenantOversight oversight = new TenantOversight("globex", "Europe/Berlin",
                new IntentTimeline(List.of("2026-12-04", "2026-12-05"), List.of(new IntentTimeline.TaskSeries("acme-docs", perDay))),
                List.of(new MemberStanding("heidi", "BLOCKED", null, null, 2.5, T, "BLOCK"),
                        new MemberStanding("ivan", "SUSPENDED", "a break", T2, 0.0, null, null)), refusals);
        assertEquals(expected.get("TenantOversight"), written(oversight, TenantOversight.class));
    }

    @Test
    void theRequestLogWritesCostsAsPlainDecimalsAndLeavesOutWhatTheLedgerDoesNotHold() throws IOException {
        RequestRow kept = new RequestRow("r1", T2, "heidi", "acme-docs", "chat.completions", "gpt-4o", 200, null, "doc",
                "hi", 10, 20, new BigDecimal("0.00012300").stripTrailingZeros(), 35, true, List.of(MAJOR));
        RequestRow refused = new RequestRow("r2", T, null, null, "chat.completions", null, 429, "quota_exceeded", null,
                null, 0, 0, BigDecimal.ZERO, 1, false, List.of());
        RequestRow tiny = new RequestRow("r3", T, "u", "t", "e", "m", 200, null, null, null, 1, 1,
                new BigDecimal("0.0000001"), 1, false, List.of());
        assertEquals(expected.get("RequestLogPage"), written(new RequestLogPage(3, 0, 50, List.of(kept, refused, tiny)),
                RequestLogPage.class));
    }

    @Test
    void pluginStatusesAndTheirSettingsAreWrittenAsBefore() throws Exception {
        List<PluginStatus> statuses = List.of(new PluginStatus("embedding", "detector", "plugins/x.jar", "ACTIVE", null,
                300, "desc", List.of(new ConfigProperty("threshold", ConfigProperty.Type.DECIMAL, "0.5", "the bar"),
                new ConfigProperty("m", ConfigProperty.Type.STRING, null, null)), "beside-call", 2, 0),
                new PluginStatus("x", "stage", "s", "BROKEN", "boom", 0, null, List.of(), "before-call", 0, 5));
        assertEquals(expected.get("PluginStatus"), written(statuses, getClass().getDeclaredField("plugins").getGenericType()));
    }
}
