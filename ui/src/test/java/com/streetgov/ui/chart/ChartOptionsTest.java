package com.streetgov.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartOptionsTest {

    @Test
    void a_bar_option_carries_categories_series_gaps_percent_axis_and_marks() {
        JsonObject option = ChartOptions.bar(List.of("德胜街道", "什刹海街道"))
                .series("解决率", Arrays.asList(new BigDecimal("91.40"), null))
                .series("综合", "line", List.of(new BigDecimal("90.1"), new BigDecimal("88")))
                .percent()
                .min(60)
                .mark("改革前", new BigDecimal("39.17"))
                .build();
        assertEquals(
                List.of("德胜街道", "什刹海街道"),
                option.getJsonObject("xAxis")
                        .getJsonArray("data")
                        .getValuesAs((JsonValue v) -> ((jakarta.json.JsonString) v).getString()));
        JsonArray series = option.getJsonArray("series");
        assertEquals(2, series.size());
        assertEquals("bar", series.getJsonObject(0).getString("type"));
        assertEquals("line", series.getJsonObject(1).getString("type"));
        assertEquals(
                new BigDecimal("91.40"),
                series.getJsonObject(0).getJsonArray("data").getJsonNumber(0).bigDecimalValue());
        assertEquals(
                JsonValue.NULL, series.getJsonObject(0).getJsonArray("data").get(1), "a missing rate is a gap");
        assertEquals(
                "{value}%",
                option.getJsonObject("yAxis").getJsonObject("axisLabel").getString("formatter"));
        assertEquals(60, option.getJsonObject("yAxis").getInt("min"));
        assertEquals("%", option.getString("valueSuffix"));
        assertTrue(series.getJsonObject(0).containsKey("markLine"));
        assertFalse(series.getJsonObject(1).containsKey("markLine"));
        assertTrue(option.containsKey("legend"), "two series get a legend");
    }

    @Test
    void a_rate_becomes_a_percentage_with_two_decimals() {
        assertEquals(new BigDecimal("91.40"), ChartOptions.percentOf(new BigDecimal("0.9140000000")));
        assertEquals(new BigDecimal("95.57"), ChartOptions.percentOf(new BigDecimal("0.95566")));
        assertEquals(null, ChartOptions.percentOf(null));
    }

    /** The script path EChart loads is the one the build unpacks (ui/pom.xml echarts.version). */
    @Test
    void the_echarts_version_matches_the_one_the_war_carries() throws Exception {
        Matcher m = Pattern.compile("<echarts.version>([^<]+)</echarts.version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        assertEquals(m.group(1), EChart.ECHARTS_VERSION);
        assertTrue(Files.exists(Path.of("src/main/webapp/chart/echarts-chart.js")));
    }
}
