package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A ranking as a table: rank (or 样本不足 below the minimum of valid visits), name, 响应率, 解决率,
 * 满意率, composite and valid visits. Every rate and the count is a link to the drill-down that lists
 * exactly the matters behind it (buttons with the classes {@code drill-response}, {@code
 * drill-resolution}, {@code drill-satisfaction}, {@code drill-visits}).
 */
public class RankingGrid extends Grid<Ranking.Row> {

    private Dimension dimension = Dimension.STREET;
    private Period period;

    public RankingGrid(String id) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(r -> r.rank() == null ? getTranslation("results.ui.unranked") : String.valueOf(r.rank()))
                .setHeader(getTranslation("results.ui.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(Ranking.Row::name)
                .setHeader(getTranslation("results.ui.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        rate("results.ui.response", "drill-response", Rates::response);
        rate("results.ui.resolution", "drill-resolution", Rates::resolution);
        rate("results.ui.satisfaction", "drill-satisfaction", Rates::satisfaction);
        addColumn(r -> ResultsFormat.percent(r.rates().composite()))
                .setHeader(getTranslation("results.ui.composite"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
        addComponentColumn(r -> link(r, String.valueOf(r.rates().counts().valid()), "drill-visits"))
                .setHeader(getTranslation("results.ui.validVisits"))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private void rate(String header, String className, Function<Rates, BigDecimal> rate) {
        addComponentColumn(r -> link(r, ResultsFormat.percent(rate.apply(r.rates())), className))
                .setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true);
    }

    private Button link(Ranking.Row row, String text, String className) {
        Button b = new Button(text, e -> DrillDownView.open(dimension, row.key(), period));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.addClassName(className);
        b.getElement().setAttribute("data-key", row.key());
        b.getElement().setAttribute("title", getTranslation("results.ui.drillHint"));
        return b;
    }

    /** Shows {@code rows} of {@code dimension} in {@code period}. */
    public void show(Dimension dimension, Period period, List<Ranking.Row> rows) {
        this.dimension = dimension;
        this.period = period;
        setItems(rows);
    }
}
