package com.streetgov.ui.chart;

import com.streetgov.platform.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Bar and line options for {@link EChart}, built with Jakarta JSON-P: categories on the x axis, one or
 * more series of numbers (null is a gap), optionally shown as percentages, a lower bound for the value
 * axis and horizontal reference lines (a baseline, the district's figure).
 */
public final class ChartOptions {

    /** Colours of the series, in order: blue, green, orange, purple, teal, red. */
    static final List<String> PALETTE = List.of("#1676f3", "#2ba471", "#f5a623", "#8e5cd9", "#13a8a8", "#e8503a");

    private record Series(String name, String type, List<? extends Number> values) {}

    private record Mark(String label, Number value) {}

    private final String type;
    private final List<String> categories;
    private final List<Series> series = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private String suffix;
    private Number min;
    private Number max;
    private boolean legend = true;
    private boolean integers;

    private ChartOptions(String type, List<String> categories) {
        this.type = type;
        this.categories = List.copyOf(categories);
    }

    /** A bar chart over {@code categories}. */
    public static ChartOptions bar(List<String> categories) {
        return new ChartOptions("bar", categories);
    }

    /** A line chart over {@code categories} (periods, usually). */
    public static ChartOptions line(List<String> categories) {
        return new ChartOptions("line", categories);
    }

    /** A series of the chart's own type; {@code values} line up with the categories. */
    public ChartOptions series(String name, List<? extends Number> values) {
        return series(name, type, values);
    }

    /** A series of another type ("line" over bars, say). */
    public ChartOptions series(String name, String seriesType, List<? extends Number> values) {
        series.add(new Series(name, seriesType, new ArrayList<>(values)));
        return this;
    }

    /** Values are percentages: axis labels and tooltips get a "%". */
    public ChartOptions percent() {
        this.suffix = "%";
        return this;
    }

    public ChartOptions min(Number min) {
        this.min = min;
        return this;
    }

    public ChartOptions max(Number max) {
        this.max = max;
        return this;
    }

    /** Values are counts: the value axis shows whole numbers only. */
    public ChartOptions integers() {
        this.integers = true;
        return this;
    }

    public ChartOptions withoutLegend() {
        this.legend = false;
        return this;
    }

    /** A dashed horizontal line at {@code value}, labelled. */
    public ChartOptions mark(String label, Number value) {
        if (value != null) {
            marks.add(new Mark(label, value));
        }
        return this;
    }

    public JsonObject build() {
        JsonObjectBuilder option = Json.createObjectBuilder();
        option.add("animation", false);
        option.add("color", strings(PALETTE));
        option.add("tooltip", Json.createObjectBuilder().add("trigger", "axis"));
        if (legend && series.size() > 1) {
            option.add("legend", Json.createObjectBuilder().add("top", 0));
        }
        int rotate = categories.size() > 8 ? 35 : 0;
        option.add(
                "grid",
                Json.createObjectBuilder()
                        .add("left", 8)
                        .add("right", marks.isEmpty() ? 16 : 72)
                        .add("top", legend && series.size() > 1 ? 36 : 16)
                        .add("bottom", 8)
                        .add("containLabel", true));
        option.add(
                "xAxis",
                Json.createObjectBuilder()
                        .add("type", "category")
                        .add("data", strings(categories))
                        .add(
                                "axisLabel",
                                Json.createObjectBuilder()
                                        .add("interval", 0)
                                        .add("rotate", rotate)
                                        .add("hideOverlap", true)));
        JsonObjectBuilder yAxis = Json.createObjectBuilder().add("type", "value");
        if (min != null) {
            yAxis.add("min", number(min));
        }
        if (max != null) {
            yAxis.add("max", number(max));
        }
        if (integers) {
            yAxis.add("minInterval", 1);
        }
        if (suffix != null) {
            yAxis.add("axisLabel", Json.createObjectBuilder().add("formatter", "{value}" + suffix));
            option.add("valueSuffix", suffix);
        }
        option.add("yAxis", yAxis);
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            all.add(series(series.get(i), i == 0));
        }
        option.add("series", all);
        return option.build();
    }

    private JsonObjectBuilder series(Series s, boolean first) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", s.name()).add("type", s.type());
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (Number v : s.values()) {
            if (v == null) {
                data.addNull();
            } else {
                data.add(number(v));
            }
        }
        b.add("data", data);
        if ("line".equals(s.type())) {
            b.add("connectNulls", false).add("symbolSize", 6);
        } else {
            b.add("barMaxWidth", 28);
        }
        if (first && !marks.isEmpty()) {
            JsonArrayBuilder lines = Json.createArrayBuilder();
            for (Mark m : marks) {
                lines.add(Json.createObjectBuilder()
                        .add("yAxis", number(m.value()))
                        .add("name", m.label())
                        .add(
                                "label",
                                Json.createObjectBuilder()
                                        .add("formatter", m.label() + " {c}" + (suffix == null ? "" : suffix))
                                        .add("position", "end")));
            }
            b.add(
                    "markLine",
                    Json.createObjectBuilder()
                            .add("symbol", "none")
                            .add("silent", true)
                            .add("lineStyle", Json.createObjectBuilder().add("type", "dashed"))
                            .add("data", lines));
        }
        return b;
    }

    /** A rate (0 … 1) as a percentage with two decimals, or null. */
    public static BigDecimal percentOf(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static jakarta.json.JsonNumber number(Number n) {
        BigDecimal value = n instanceof BigDecimal d ? d : new BigDecimal(n.toString());
        return Json.createValue(value);
    }
}
