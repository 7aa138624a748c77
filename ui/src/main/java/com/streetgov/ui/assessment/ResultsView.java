package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results page ({@code /results}): a period (the latest complete one by default), a dimension
 * (street, unit, duty area, category), the ranking as a chart and a table (every rate drills down),
 * the district's figure with its drill-down, its 12-period trend, and before/after the reform against
 * the baseline the district entered.
 */
@Route(value = "results", layout = MainLayout.class)
@Menu(title = "dashboard.nav.results", order = 70)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    private final ResultsService results;
    private final com.streetgov.matter.application.MatterService matters;
    private final Select<Period> period = new Select<>();
    private final Tabs tabs = new Tabs();
    private final Map<Dimension, Tab> byDimension = new EnumMap<>(Dimension.class);
    private final Div figures = new Div();
    private final RankingGrid grid = new RankingGrid("results-grid");

    @Inject
    public ResultsView(
            ResultsService results,
            com.streetgov.matter.application.MatterService matters,
            com.streetgov.ui.shell.RoleAccessControl access) {
        this.matters = matters;
        this.results = results;
        setWidthFull();
        List<Period> periods = ResultPeriods.complete(results);
        period.setId("results-period");
        period.setLabel(getTranslation("results.ui.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(Period::label);
        period.setValue(periods.get(0));
        for (Dimension d : Dimension.values()) {
            Tab tab = new Tab(getTranslation(ResultsFormat.dimensionKey(d)));
            tab.setId("results-tab-" + d.name().toLowerCase(java.util.Locale.ROOT));
            byDimension.put(d, tab);
            tabs.add(tab);
        }
        tabs.setId("results-dimension");
        figures.setWidthFull();
        HorizontalLayout links = new HorizontalLayout();
        if (access.user().hasRole(Role.DISTRICT_ADMIN)) {
            links.add(new RouterLink(getTranslation("results.ui.rulesLink"), RulesView.class));
        }
        HorizontalLayout top = new HorizontalLayout(period, links);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("results.ui.title")), top, figures, tabs, grid);
        period.addValueChangeListener(e -> refresh());
        tabs.addSelectedChangeListener(e -> refresh());
        refresh();
    }

    private Dimension dimension() {
        return byDimension.entrySet().stream()
                .filter(e -> e.getValue() == tabs.getSelectedTab())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(Dimension.STREET);
    }

    private void refresh() {
        Period p = period.getValue();
        Dimension d = dimension();
        figures.removeAll();
        Rates district = results.district(p);
        Button drill = new Button(
                getTranslation(
                        "results.ui.districtFigure",
                        ResultsFormat.percent(district.response()),
                        ResultsFormat.percent(district.resolution()),
                        ResultsFormat.percent(district.satisfaction()),
                        ResultsFormat.percent(district.composite()),
                        district.counts().valid()),
                e -> DrillDownView.open(d, null, p));
        drill.setId("results-district");
        drill.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Optional<Baseline> baseline = results.baseline();
        Paragraph before = new Paragraph(baseline.map(b -> getTranslation(
                        "results.ui.beforeAfter",
                        b.label(),
                        ResultsFormat.percent(b.resolution()),
                        ResultsFormat.percent(district.resolution()),
                        ResultsFormat.percent(b.satisfaction()),
                        ResultsFormat.percent(district.satisfaction())))
                .orElse(getTranslation("results.ui.noBaseline")));
        before.setId("results-baseline");
        figures.add(drill, before, ReadSourceNote.of("results-read-source", results.readSource()));
        figures.add(new H3(getTranslation("results.ui.trend")));
        figures.add(ResultCharts.trend(this, "results-trend-chart", results.trend(null, null, 12), baseline));
        List<Ranking.Row> rows = d == Dimension.STREET
                ? StreetRows.all(results.figures(d, p), matters.streets(), results.rulesInForce(p.start()))
                : results.figures(d, p);
        figures.add(
                new H3(getTranslation("results.ui.ranking", getTranslation(ResultsFormat.dimensionKey(d)), p.label())));
        if (d == Dimension.STREET || rows.size() <= 30) {
            figures.add(ResultCharts.ranking(this, "results-ranking-chart", d, p, rows));
        }
        grid.show(d, p, rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.title");
    }
}
