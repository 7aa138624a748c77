package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.AssessmentService.BaselineComparison;
import com.streetgov.evaluation.application.AssessmentService.RateRow;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The district's 响应率, 解决率 and 满意率 in a round beside the pre-reform baseline (改革前基线 / 本次测评),
 * each round's rate with how it was counted, or why there is none.
 */
class BaselineTable extends VerticalLayout {

    BaselineTable(Component in, BaselineComparison baseline) {
        setPadding(false);
        setSpacing(false);
        setId("report-baseline");
        add(new H3(in.getTranslation("eval.ui.baseline.title", baseline.label())));
        Grid<RateRow> grid = new Grid<>();
        grid.setId("report-baseline-rates");
        grid.addColumn(r -> in.getTranslation("eval.ui.measure." + r.measure().name()))
                .setHeader(in.getTranslation("eval.ui.baseline.rate"))
                .setAutoWidth(true);
        grid.addColumn(r -> percent(r.baseline())).setHeader(in.getTranslation("eval.ui.baseline.before"));
        grid.addColumn(r -> percent(r.round())).setHeader(in.getTranslation("eval.ui.baseline.now"));
        grid.addColumn(r -> change(r.baseline(), r.round())).setHeader(in.getTranslation("eval.ui.baseline.change"));
        grid.addColumn(r -> r.explanation() == null ? "" : Translations.of(r.explanation()))
                .setHeader(in.getTranslation("eval.ui.source"))
                .setFlexGrow(3);
        grid.setItems(baseline.rates());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(grid);
        if (baseline.source() != null && !baseline.source().isBlank()) {
            add(new Paragraph(in.getTranslation("eval.ui.baseline.source", baseline.source())));
        }
    }

    private static String percent(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String change(BigDecimal before, BigDecimal now) {
        if (before == null || now == null) {
            return "—";
        }
        BigDecimal d = now.subtract(before).setScale(2, RoundingMode.HALF_UP);
        return (d.signum() > 0 ? "+" : "") + d.toPlainString();
    }
}
