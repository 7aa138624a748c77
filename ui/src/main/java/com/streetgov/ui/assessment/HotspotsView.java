package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.Hotspots;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Hotspot;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.HotspotReport;
import com.streetgov.assessment.domain.Period;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.math.RoundingMode;
import java.util.List;

/**
 * Hotspots (主动治理, {@code /results/hotspots}): in a period, the categories, communities or grids with
 * the most matters and those rising fastest against the three periods before; a count opens exactly
 * the matters behind it.
 */
@Route(value = "results/hotspots", layout = MainLayout.class)
@Menu(title = "dashboard.nav.hotspots", order = 90)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class HotspotsView extends VerticalLayout implements HasDynamicTitle {

    static final int TOP = 10;

    private final Hotspots hotspots;
    private final Select<Period> period;
    private final Select<HotspotKind> kind = new Select<>();
    private final Grid<Hotspot> most = grid("hotspots-most");
    private final Grid<Hotspot> rising = grid("hotspots-rising");

    @Inject
    public HotspotsView(ResultsService results, Hotspots hotspots) {
        this.hotspots = hotspots;
        setWidthFull();
        period = ResultPeriods.select(results, "hotspots-period", getTranslation("results.ui.period"), true);
        kind.setId("hotspots-kind");
        kind.setLabel(getTranslation("results.ui.hotspots.kind"));
        kind.setItems(HotspotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("results.ui.hotspots.kind." + k.name()));
        kind.setValue(HotspotKind.CATEGORY);
        period.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        add(
                new H2(getTranslation("results.ui.hotspots.title")),
                new HorizontalLayout(period, kind),
                new H3(getTranslation("dashboard.hotspotsMost")),
                most,
                new H3(getTranslation("dashboard.hotspotsRising")),
                rising);
        refresh();
    }

    private Grid<Hotspot> grid(String id) {
        Grid<Hotspot> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Hotspot::rank)
                .setHeader(getTranslation("results.ui.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Hotspot::name)
                .setHeader(getTranslation("results.ui.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(h -> {
                    Button b = new Button(String.valueOf(h.count()), e -> open(h));
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    b.addClassName("hotspot-count");
                    return b;
                })
                .setHeader(getTranslation("dashboard.matters"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.previousAverage() == null
                        ? ""
                        : h.previousAverage().setScale(1, RoundingMode.HALF_UP).toPlainString())
                .setHeader(getTranslation("results.ui.hotspots.average"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.ratio() == null ? "" : ResultsFormat.percent(h.ratio()))
                .setHeader(getTranslation("results.ui.hotspots.ratio"))
                .setAutoWidth(true);
        return grid;
    }

    private void refresh() {
        HotspotReport report = hotspots.report(period.getValue(), kind.getValue(), TOP);
        most.setItems(report.most());
        rising.setItems(report.rising());
    }

    private void open(Hotspot h) {
        Period p = period.getValue();
        long count = hotspots.count(p, h.kind(), h.key());
        List<com.streetgov.assessment.domain.PeriodMatter> rows = hotspots.matters(p, h.kind(), h.key(), 0, 500);
        new MattersDialog(h.name() + " · " + p.label(), count, rows).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.hotspots.title");
    }
}
