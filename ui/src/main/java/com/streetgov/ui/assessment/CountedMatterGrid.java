package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.CountedMatter;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The matters of a drill-down: number (opens the matter), title, street, unit, received, the visit's
 * outcome (reached, contacted, resolved, satisfaction) and any exclusion with its reason. Rows are
 * sent to the browser page by page as it scrolls.
 */
class CountedMatterGrid extends Grid<CountedMatter> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    CountedMatterGrid(String id, List<CountedMatter> rows) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setWidthFull();
        if (rows.size() <= 10) {
            setAllRowsVisible(true);
        } else {
            setHeight("420px");
        }
        addComponentColumn(m -> new Anchor("matters/" + m.number(), m.number()))
                .setHeader(getTranslation("results.ui.col.number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(CountedMatter::title)
                .setHeader(getTranslation("results.ui.col.title"))
                .setFlexGrow(1);
        addColumn(m -> m.streetName() == null ? m.street() : m.streetName())
                .setHeader(getTranslation("results.ui.col.street"))
                .setAutoWidth(true);
        addColumn(m -> m.unitName() == null ? m.leadUnit() : m.unitName())
                .setHeader(getTranslation("results.ui.col.unit"))
                .setAutoWidth(true);
        addColumn(m -> m.receivedAt() == null ? "" : m.receivedAt().format(TIME))
                .setHeader(getTranslation("results.ui.col.received"))
                .setAutoWidth(true);
        addColumn(m -> m.reached()
                        ? getTranslation("results.ui.reached")
                        : getTranslation("results.ui.unreached." + (m.unreached() == null ? "UNKNOWN" : m.unreached())))
                .setHeader(getTranslation("results.ui.col.visit"))
                .setAutoWidth(true);
        addColumn(m -> yesNo(m.contacted()))
                .setHeader(getTranslation("results.ui.col.contacted"))
                .setAutoWidth(true);
        addColumn(m -> yesNo(m.resolved()))
                .setHeader(getTranslation("results.ui.col.resolved"))
                .setAutoWidth(true);
        addColumn(m -> m.satisfaction() == null ? "" : getTranslation("results.ui.satisfaction." + m.satisfaction()))
                .setHeader(getTranslation("results.ui.col.satisfaction"))
                .setAutoWidth(true);
        addColumn(this::exclusion)
                .setHeader(getTranslation("results.ui.col.exclusion"))
                .setAutoWidth(true);
        setItems(rows);
    }

    private String exclusion(CountedMatter m) {
        if (m.exclusionState() == null) {
            return "";
        }
        return m.exclusionKind() + "（" + getTranslation("results.ui.exclusionState." + m.exclusionState()) + "）"
                + (m.exclusionReason() == null ? "" : m.exclusionReason());
    }

    private String yesNo(Boolean value) {
        return value == null ? "" : getTranslation(value ? "results.ui.yes" : "results.ui.no");
    }
}
