package io.taskgate.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dashboard reads the core's answers (as the core writes them) into its figures, tables and charts. */
class DashboardPageTest {

    static final Map<String, String> ANSWERS = Map.of(
            "/api/tenant-dashboards/globex?days=14", """
                    {"tenantId":"globex","timeZone":"UTC",
                     "today":{"requests":2,"refused":1,"tokens":30,"costUsd":0.0004},
                     "week":{"requests":5,"refused":1,"tokens":90,"costUsd":0.0012},
                     "month":{"requests":9,"refused":2,"tokens":1500,"costUsd":1.25},
                     "members":{"heidi":{"today":{"requests":1,"refused":0,"tokens":10,"costUsd":0.0001},
                                         "week":{"requests":1,"refused":0,"tokens":10,"costUsd":0.0001},
                                         "month":{"requests":2,"refused":0,"tokens":100,"costUsd":0.05}},
                                "ivan":{"today":{"requests":1,"refused":1,"tokens":20,"costUsd":0.0003},
                                        "week":{"requests":4,"refused":1,"tokens":80,"costUsd":0.0011},
                                        "month":{"requests":7,"refused":2,"tokens":1400,"costUsd":1.2}}},
                     "daily":{"days":["2026-12-04","2026-12-05"],"series":[{"member":"heidi","tokens":[0,10]},
                              {"member":"ivan","tokens":[60,20]}]},
                     "flagged":1}""",
            "/api/tenants/globex/usage?groupBy=task", """
                    {"tenantId":"globex","groupBy":"task","from":"2026-11-06","to":"2026-12-06","timeZone":"UTC",
                     "rows":[{"key":"globex-etl","requests":9,"refused":2,"promptTokens":1000,"completionTokens":500,
                              "costUsd":1.25}]}""",
            "/api/tenant-dashboards/globex/oversight?days=14", """
                    {"attention":[{"flagAction":"BLOCK","flaggedAt":"2026-12-05T10:30:00Z","score":2.5,
                       "status":"BLOCKED","username":"heidi"}],
                     "intents":{"days":["2026-12-04","2026-12-05"],"tasks":[{"labels":{"doc":[0,2],"off_topic":[1,0]},
                       "task":"globex-etl"}]},
                     "refusals":{"access_suspended":1,"quota_exceeded":4},"tenantId":"globex","timeZone":"UTC"}""");

    final DashboardPage page = new DashboardPage();

    @BeforeEach
    void load() {
        page.core = new CoreApi() {
            @Override
            public <T> T get(String path, Class<T> type) {
                return AdminJson.read(ANSWERS.get(path), type);
            }
        };
        page.console = new Console() {
            @Override
            public String getTenant() {
                return "globex";
            }
        };
        page.load();
    }

    @Test
    void theFiguresAreThePeriodsTotalsAndTheFlaggedCount() {
        assertEquals(true, page.isLoaded(), page.getProblem());
        assertEquals(30L, page.figure("today", "tokens"));
        assertEquals("1.25", page.figure("month", "costUsd").toString());
        assertEquals(1L, page.figure("week", "refused"));
        assertEquals(1, page.getFlagged());
    }

    @Test
    void topMembersAreOrderedByTheirTokensThisMonth() {
        assertEquals(List.of("ivan", "heidi"), page.getTopMembers().stream().map(DashboardPage.TopMember::member).toList());
        assertEquals(1400, page.getTopMembers().get(0).month().tokens());
    }

    @Test
    void refusalsAreMostFrequentFirstAndTheIntentChartsReadMonthAndDay() {
        assertEquals(List.of("quota_exceeded", "access_suspended"),
                page.getRefusals().stream().map(Map.Entry::getKey).toList());
        assertEquals("heidi", page.getAttention().get(0).username());
        JsonObject chart = Json.createReader(new StringReader(page.getIntentCharts().get(0).json())).readObject();
        assertEquals(List.of("12-04", "12-05"), chart.getJsonObject("data").getJsonArray("labels")
                .getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("globex-etl", page.getIntentCharts().get(0).task());
        JsonObject daily = Json.createReader(new StringReader(page.getDailyChart())).readObject();
        assertEquals(2, daily.getJsonObject("data").getJsonArray("datasets").size(), "one series per member");
    }
}
