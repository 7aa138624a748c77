package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.TrendPoint;
import com.streetgov.ui.chart.ChartOptions;
import com.streetgov.ui.chart.EChart;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The results' charts: a ranking as bars (a click on a bar opens its drill-down) and a trend as lines. */
public final class ResultCharts {

    private ResultCharts() {}

    /**
     * Bars of 解决率, 满意率 and 响应率 for the ranked rows (then the unranked), the composite as a line;
     * clicking any bar or point of a row opens that row's drill-down.
     */
    public static EChart ranking(
            Component i18n, String id, Dimension dimension, Period period, List<Ranking.Row> rows) {
        EChart chart = new EChart(id);
        chart.setHeight("360px");
        List<String> names = rows.stream().map(Ranking.Row::name).toList();
        ChartOptions option = ChartOptions.bar(names)
                .series(i18n.getTranslation("results.ui.resolution"), values(rows, Rates::resolution))
                .series(i18n.getTranslation("results.ui.satisfaction"), values(rows, Rates::satisfaction))
                .series(i18n.getTranslation("results.ui.response"), values(rows, Rates::response))
                .series(i18n.getTranslation("results.ui.composite"), "line", values(rows, Rates::composite))
                .percent()
                .min(floor(rows.stream()
                        .flatMap(r -> java.util.stream.Stream.of(
                                r.rates().response(),
                                r.rates().resolution(),
                                r.rates().satisfaction()))
                        .toList()));
        chart.setOption(option.build());
        chart.addClickListener(e -> {
            if (e.dataIndex() >= 0 && e.dataIndex() < rows.size()) {
                DrillDownView.open(dimension, rows.get(e.dataIndex()).key(), period);
            }
        });
        return chart;
    }

    /** 12 periods' (or however many) rates as lines, with the baseline's rates as dashed marks. */
    public static EChart trend(Component i18n, String id, List<TrendPoint> trend, Optional<Baseline> baseline) {
        EChart chart = new EChart(id);
        List<String> labels = trend.stream().map(t -> t.period().label()).toList();
        List<BigDecimal> all = new ArrayList<>();
        ChartOptions option = ChartOptions.line(labels);
        series(i18n, option, "results.ui.resolution", trend, Rates::resolution, all);
        series(i18n, option, "results.ui.satisfaction", trend, Rates::satisfaction, all);
        series(i18n, option, "results.ui.response", trend, Rates::response, all);
        series(i18n, option, "results.ui.composite", trend, Rates::composite, all);
        baseline.ifPresent(b -> {
            option.mark(
                    b.label() + " " + i18n.getTranslation("results.ui.resolution"),
                    ChartOptions.percentOf(b.resolution()));
            option.mark(
                    b.label() + " " + i18n.getTranslation("results.ui.satisfaction"),
                    ChartOptions.percentOf(b.satisfaction()));
            all.add(b.resolution());
            all.add(b.satisfaction());
        });
        chart.setOption(option.percent().min(floor(all)).max(100).build());
        return chart;
    }

    private static void series(
            Component i18n,
            ChartOptions option,
            String key,
            List<TrendPoint> trend,
            Function<Rates, BigDecimal> rate,
            List<BigDecimal> all) {
        List<BigDecimal> values = trend.stream()
                .map(t -> ChartOptions.percentOf(rate.apply(t.rates())))
                .toList();
        trend.forEach(t -> all.add(rate.apply(t.rates())));
        option.series(i18n.getTranslation(key), values);
    }

    private static List<BigDecimal> values(List<Ranking.Row> rows, Function<Rates, BigDecimal> rate) {
        return rows.stream()
                .map(r -> ChartOptions.percentOf(rate.apply(r.rates())))
                .toList();
    }

    /** A lower bound for the value axis: 10 points under the lowest rate, in tens, at least 0. */
    static int floor(List<BigDecimal> rates) {
        return rates.stream()
                .filter(Objects::nonNull)
                .map(r -> r.movePointRight(2).intValue())
                .min(Integer::compare)
                .map(lowest -> Math.max(0, (lowest - 10) / 10 * 10))
                .orElse(0);
    }
}
