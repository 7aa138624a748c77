package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.application.WhistleResults;
import com.streetgov.assessment.domain.DepartmentResult;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.StreetWhistleResult;
import com.streetgov.assessment.domain.WhistleFigure;
import com.streetgov.assessment.domain.WhistleLine;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 吹哨报到 double assessment ({@code /results/whistles}): per district department, summonses received,
 * reported in, on time, missed and the streets' ratings, ranked; per street, whistles blown and what
 * became of them, ranked. Each count opens exactly the summonses or whistles behind it.
 */
@Route(value = "results/whistles", layout = MainLayout.class)
@Menu(title = "dashboard.nav.whistles", order = 80)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class WhistlesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    private final WhistleResults whistles;
    private final Select<Period> period;
    private final Grid<DepartmentResult> departments = new Grid<>();
    private final Grid<StreetWhistleResult> streets = new Grid<>();

    @Inject
    public WhistlesView(ResultsService results, WhistleResults whistles) {
        this.whistles = whistles;
        setWidthFull();
        period = ResultPeriods.select(results, "whistles-period", getTranslation("results.ui.period"), false);
        departments.setId("whistles-departments");
        departments.addThemeVariants(GridVariant.LUMO_COMPACT);
        departments.setAllRowsVisible(true);
        departments
                .addColumn(d -> d.rank() == null ? getTranslation("results.ui.unranked") : String.valueOf(d.rank()))
                .setHeader(getTranslation("results.ui.rank"))
                .setAutoWidth(true);
        departments
                .addColumn(DepartmentResult::department)
                .setHeader(getTranslation("dashboard.department"))
                .setFlexGrow(1);
        count(
                departments,
                "dashboard.summoned",
                WhistleFigure.SUMMONED,
                DepartmentResult::summoned,
                DepartmentResult::department);
        count(
                departments,
                "dashboard.reportedIn",
                WhistleFigure.REPORTED_IN,
                DepartmentResult::reportedIn,
                DepartmentResult::department);
        count(
                departments,
                "results.ui.whistles.onTime",
                WhistleFigure.ON_TIME,
                DepartmentResult::onTime,
                DepartmentResult::department);
        count(
                departments,
                "results.ui.whistles.missed",
                WhistleFigure.MISSED,
                DepartmentResult::missed,
                DepartmentResult::department);
        departments
                .addColumn(d -> ResultsFormat.percent(d.onTimeShare()))
                .setHeader(getTranslation("dashboard.onTime"))
                .setAutoWidth(true);
        departments
                .addColumn(d -> ResultsFormat.percent(d.ratingScore()))
                .setHeader(getTranslation("dashboard.rating"))
                .setAutoWidth(true);
        streets.setId("whistles-streets");
        streets.addThemeVariants(GridVariant.LUMO_COMPACT);
        streets.setAllRowsVisible(true);
        streets.addColumn(s -> s.rank() == null ? getTranslation("results.ui.unranked") : String.valueOf(s.rank()))
                .setHeader(getTranslation("results.ui.rank"))
                .setAutoWidth(true);
        streets.addColumn(StreetWhistleResult::streetName)
                .setHeader(getTranslation("results.ui.col.street"))
                .setFlexGrow(1);
        count(
                streets,
                "results.ui.whistles.blown",
                WhistleFigure.BLOWN,
                StreetWhistleResult::whistles,
                StreetWhistleResult::street);
        count(
                streets,
                "results.ui.whistles.resolved",
                WhistleFigure.RESOLVED,
                StreetWhistleResult::resolved,
                StreetWhistleResult::street);
        count(
                streets,
                "results.ui.whistles.open",
                WhistleFigure.OPEN,
                StreetWhistleResult::open,
                StreetWhistleResult::street);
        streets.addColumn(s -> ResultsFormat.percent(s.resolvedShare()))
                .setHeader(getTranslation("results.ui.whistles.resolvedShare"))
                .setAutoWidth(true);
        period.addValueChangeListener(e -> refresh());
        add(
                new H2(getTranslation("results.ui.whistles.title")),
                period,
                new H3(getTranslation("results.ui.whistles.departments")),
                departments,
                new H3(getTranslation("results.ui.whistles.streets")),
                streets);
        refresh();
    }

    private <T> void count(
            Grid<T> grid,
            String header,
            WhistleFigure figure,
            ValueProvider<T, Long> value,
            ValueProvider<T, String> key) {
        grid.addComponentColumn(row -> {
                    Button b = new Button(
                            String.valueOf(value.apply(row)), e -> open(figure, key.apply(row), value.apply(row)));
                    b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                    return b;
                })
                .setHeader(getTranslation(header))
                .setAutoWidth(true);
    }

    private void refresh() {
        departments.setItems(whistles.departments(period.getValue()));
        streets.setItems(whistles.streets(period.getValue()));
    }

    private void open(WhistleFigure figure, String key, long count) {
        List<WhistleLine> lines = whistles.whistles(period.getValue(), figure, key);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(key + " · " + period.getValue().label());
        dialog.setWidth("min(60rem, 95vw)");
        Grid<WhistleLine> grid = new Grid<>();
        grid.setId("whistles-lines");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(WhistleLine::matterNumber)
                .setHeader(getTranslation("results.ui.col.number"))
                .setAutoWidth(true);
        grid.addColumn(WhistleLine::streetName)
                .setHeader(getTranslation("results.ui.col.street"))
                .setAutoWidth(true);
        grid.addColumn(WhistleLine::department)
                .setHeader(getTranslation("dashboard.department"))
                .setFlexGrow(1);
        grid.addColumn(l -> time(l.blownAt()))
                .setHeader(getTranslation("results.ui.whistles.blownAt"))
                .setAutoWidth(true);
        grid.addColumn(l -> time(l.reportedAt()))
                .setHeader(getTranslation("results.ui.whistles.reportedAt"))
                .setAutoWidth(true);
        grid.setItems(lines);
        dialog.add(new Span(getTranslation("results.ui.matters.count", count, lines.size())), grid);
        dialog.getFooter().add(new Button(getTranslation("results.ui.close"), e -> dialog.close()));
        dialog.open();
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(TIME);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.whistles.title");
    }
}
