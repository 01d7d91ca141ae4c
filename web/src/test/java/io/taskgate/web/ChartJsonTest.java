package io.taskgate.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartJsonTest {

    @Test
    void stackedBarsHaveOneDatasetPerMemberAndStackedScales() {
        Map<String, List<Number>> series = new LinkedHashMap<>();
        series.put("bob", List.of(1, 2));
        series.put("carol", List.of(3, 4));
        JsonObject chart = Json.createReader(new StringReader(ChartJson.bars(List.of("d1", "d2"), series, true, false))).readObject();
        assertEquals("bar", chart.getString("type"));
        assertEquals(2, chart.getJsonObject("data").getJsonArray("datasets").size());
        assertEquals("carol", chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getString("label"));
        assertTrue(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getBoolean("stacked"));
    }

    @Test
    void labelsAreEscapedAsJson() {
        String json = ChartJson.doughnut(List.of("a\"b</script>"), List.of(1));
        assertEquals("a\"b</script>", Json.createReader(new StringReader(json)).readObject()
                .getJsonObject("data").getJsonArray("labels").getString(0));
    }
}
