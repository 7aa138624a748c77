package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.PeriodMatter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The matters behind a hotspot or the monthly theme, in a dialog: "N 件" over exactly N rows. */
class MattersDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    MattersDialog(String title, long count, List<PeriodMatter> rows) {
        setHeaderTitle(title);
        setWidth("min(60rem, 95vw)");
        Span header = new Span(getTranslation("results.ui.matters.count", count, rows.size()));
        header.setId("matters-dialog-count");
        Grid<PeriodMatter> grid = new Grid<>();
        grid.setId("matters-dialog-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("24rem");
        grid.addComponentColumn(m -> new Anchor("matters/" + m.number(), m.number()))
                .setHeader(getTranslation("results.ui.col.number"))
                .setAutoWidth(true);
        grid.addColumn(PeriodMatter::title)
                .setHeader(getTranslation("results.ui.col.title"))
                .setFlexGrow(1);
        grid.addColumn(m -> m.receivedAt().format(TIME))
                .setHeader(getTranslation("results.ui.col.received"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.category() == null ? "" : m.category())
                .setHeader(getTranslation("results.ui.dimension.category"))
                .setAutoWidth(true);
        grid.addColumn(m -> getTranslation("matter.state." + m.state().name()))
                .setHeader(getTranslation("results.ui.col.state"))
                .setAutoWidth(true);
        grid.setItems(rows);
        add(header, grid);
        getFooter().add(new Button(getTranslation("results.ui.close"), e -> close()));
    }
}
