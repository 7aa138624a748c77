package com.streetgov.ui.whatif;

import com.streetgov.ui.shell.Translations;
import com.streetgov.whatif.domain.LeaderlessDuty;
import com.streetgov.whatif.domain.Placement;
import com.streetgov.whatif.domain.ReplayedMatter;
import com.streetgov.whatif.domain.WhatIfReport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A what-if's effect per street and place — matters there today and under the draft, gained and lost —
 * the changed rows first; a row's click lists the matters behind its gains and losses, each with where
 * it actually went, where it goes today and where the draft sends it (and why, when nowhere). Then
 * the duties the draft leaves without a lead.
 */
class EffectGrid extends VerticalLayout {

    private final Checkbox changedOnly = new Checkbox();
    private final Grid<WhatIfReport.Effect> effects = new Grid<>();
    private final H4 drillTitle = new H4();
    private final Grid<ReplayedMatter> drill = new Grid<>();
    private final Grid<LeaderlessDuty> leaderless = new Grid<>();
    private final Details leaderlessTitle = new Details();
    private WhatIfReport report;

    EffectGrid(String id) {
        setPadding(false);
        changedOnly.setId(id + "-changed-only");
        changedOnly.setLabel(getTranslation("whatif.ui.changedOnly"));
        changedOnly.setValue(true);
        changedOnly.addValueChangeListener(e -> rows());
        effects.setId(id + "-effects");
        effects.addColumn(e -> report.streetName(e.street())).setHeader(getTranslation("whatif.ui.street"));
        effects.addColumn(e -> place(e.place()))
                .setHeader(getTranslation("whatif.ui.place"))
                .setFlexGrow(2);
        effects.addColumn(WhatIfReport.Effect::now).setHeader(getTranslation("whatif.ui.now"));
        effects.addColumn(WhatIfReport.Effect::draft).setHeader(getTranslation("whatif.ui.draft"));
        effects.addColumn(e -> e.gained().size()).setHeader(getTranslation("whatif.ui.gained"));
        effects.addColumn(e -> e.lost().size()).setHeader(getTranslation("whatif.ui.lost"));
        effects.setAllRowsVisible(true);
        effects.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        effects.addItemClickListener(e -> drill(e.getItem()));
        drillTitle.setId(id + "-drill-title");
        drill.setId(id + "-drill");
        drill.addColumn(m -> m.matter().number())
                .setHeader(getTranslation("whatif.ui.number"))
                .setAutoWidth(true);
        drill.addColumn(m -> m.matter().itemName() == null ? "" : m.matter().itemName())
                .setHeader(getTranslation("whatif.ui.item"))
                .setFlexGrow(2);
        drill.addColumn(m -> place(m.matter().actual())).setHeader(getTranslation("whatif.ui.actual"));
        drill.addColumn(m -> place(m.now())).setHeader(getTranslation("whatif.ui.now"));
        drill.addColumn(m -> place(m.draft())).setHeader(getTranslation("whatif.ui.draft"));
        drill.addColumn(m -> m.why() == null ? "" : Translations.of(m.why()))
                .setHeader(getTranslation("whatif.ui.why"))
                .setFlexGrow(3);
        // a unit may lose thousands of matters: the grid pages them in as the list scrolls
        drill.setHeight("28em");
        drill.addThemeVariants(GridVariant.LUMO_COMPACT);
        leaderless.setId(id + "-leaderless");
        leaderless.addColumn(d -> report.streetName(d.street())).setHeader(getTranslation("whatif.ui.street"));
        leaderless.addColumn(d -> d.itemCode()).setHeader(getTranslation("whatif.ui.code"));
        leaderless
                .addColumn(d -> d.itemName())
                .setHeader(getTranslation("whatif.ui.item"))
                .setFlexGrow(3);
        leaderless.setAllRowsVisible(true);
        leaderless.addThemeVariants(GridVariant.LUMO_COMPACT);
        leaderlessTitle.setId(id + "-leaderless-details");
        leaderlessTitle.add(leaderless);
        add(changedOnly, effects, drillTitle, drill, leaderlessTitle);
        show(null);
    }

    void show(WhatIfReport shown) {
        this.report = shown;
        boolean any = shown != null;
        effects.setVisible(any);
        changedOnly.setVisible(any);
        drillTitle.setVisible(false);
        drill.setVisible(false);
        leaderlessTitle.setVisible(any && !shown.leaderless().isEmpty());
        leaderless.setVisible(any && !shown.leaderless().isEmpty());
        if (any) {
            rows();
            leaderlessTitle.setSummaryText(
                    getTranslation("whatif.ui.leaderless", shown.leaderless().size()));
            leaderless.setItems(shown.leaderless());
        }
    }

    /** Every street's places, or (the default) only those that gain or lose matters. */
    private void rows() {
        if (report == null) {
            return;
        }
        effects.setItems(report.effects().stream()
                .filter(e -> !changedOnly.getValue()
                        || !e.gained().isEmpty()
                        || !e.lost().isEmpty())
                .toList());
    }

    private void drill(WhatIfReport.Effect effect) {
        Set<String> numbers = new HashSet<>(effect.gained());
        numbers.addAll(effect.lost());
        Map<String, ReplayedMatter> byNumber = report.matters().stream()
                .collect(Collectors.toMap(m -> m.matter().number(), Function.identity(), (a, b) -> a));
        drillTitle.setText(getTranslation(
                "whatif.ui.drill",
                report.streetName(effect.street()),
                place(effect.place()),
                effect.gained().size(),
                effect.lost().size()));
        drillTitle.setVisible(true);
        drill.setItems(numbers.stream().sorted().map(byNumber::get).toList());
        drill.setVisible(true);
    }

    private String place(Placement p) {
        return switch (p.kind()) {
            case UNIT, DEPARTMENT -> p.name();
            default -> getTranslation("whatif.ui.place." + p.kind().name());
        };
    }
}
