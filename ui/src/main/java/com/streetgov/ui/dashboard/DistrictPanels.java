package com.streetgov.ui.dashboard;

import com.streetgov.assessment.application.ExclusionService;
import com.streetgov.assessment.application.Hotspots;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.application.WhistleResults;
import com.streetgov.assessment.domain.DepartmentResult;
import com.streetgov.assessment.domain.Hotspot;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.HotspotReport;
import com.streetgov.assessment.domain.Period;
import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.Coverage;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.application.ReturnVisitService;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.StreetPlanProgress;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.ui.assessment.ResultsFormat;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The district administrator's work and governance at a glance: overdue matters, return visits due
 * and exclusions awaiting a decision; the latest period's hotspots (most matters, fastest rise); the
 * departments' double assessment; and the reform's progress (street plans filed against the deadline,
 * coverage problems in the streets' duty lists today).
 */
public class DistrictPanels extends VerticalLayout {

    static final int TOP = 5;

    @Inject
    public DistrictPanels(
            ResultsService results,
            MatterService matters,
            ReturnVisitService visits,
            ExclusionService exclusions,
            Hotspots hotspots,
            WhistleResults whistles,
            ReformModelService reform,
            DutyListService duties) {
        setPadding(false);
        setWidthFull();
        Period latest = results.latestPeriod();
        LocalDateTime now = matters.now();
        int overdue = matters.count(new InboxQuery(null, null, null, null, true, now));
        add(Cards.section(
                "dashboard-work",
                getTranslation("dashboard.work"),
                Cards.row(
                        "dashboard-work-cards",
                        new FigureCard("dashboard-overdue", getTranslation("dashboard.overdue"))
                                .value(String.valueOf(overdue))
                                .tone(overdue == 0 ? null : false),
                        new FigureCard("dashboard-visits-due", getTranslation("dashboard.visitsDue"))
                                .value(String.valueOf(visits.countDue())),
                        new FigureCard("dashboard-exclusions", getTranslation("dashboard.exclusionsPending"))
                                .value(String.valueOf(exclusions.pending().size())))));
        add(Cards.section(
                "dashboard-hotspots",
                getTranslation("dashboard.hotspots", latest.label()),
                hotspots(hotspots.report(latest, HotspotKind.CATEGORY, TOP))));
        add(Cards.section(
                "dashboard-whistles",
                getTranslation("dashboard.whistles", latest.label()),
                departments(whistles.departments(latest))));
        add(Cards.section(
                "dashboard-reform", getTranslation("dashboard.reform"), reform(reform, duties, now.toLocalDate())));
    }

    private Div hotspots(HotspotReport report) {
        Grid<Hotspot> most = hotspotGrid("dashboard-hotspots-most", report.most(), "dashboard.hotspotsMost");
        Grid<Hotspot> rising = hotspotGrid("dashboard-hotspots-rising", report.rising(), "dashboard.hotspotsRising");
        return Cards.row("dashboard-hotspots-tables", most, rising);
    }

    private Grid<Hotspot> hotspotGrid(String id, List<Hotspot> rows, String header) {
        Grid<Hotspot> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.getStyle().set("flex", "1 1 20rem");
        grid.addColumn(Hotspot::name).setHeader(getTranslation(header)).setFlexGrow(1);
        grid.addColumn(Hotspot::count)
                .setHeader(getTranslation("dashboard.matters"))
                .setAutoWidth(true);
        grid.addColumn(h -> h.rise() == null
                        ? ""
                        : h.rise().setScale(0, java.math.RoundingMode.HALF_UP).toPlainString())
                .setHeader(getTranslation("dashboard.rise"))
                .setAutoWidth(true);
        grid.setItems(rows);
        return grid;
    }

    private Grid<DepartmentResult> departments(List<DepartmentResult> rows) {
        Grid<DepartmentResult> grid = new Grid<>();
        grid.setId("dashboard-whistles-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.rank() == null ? getTranslation("results.ui.unranked") : String.valueOf(d.rank()))
                .setHeader(getTranslation("results.ui.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DepartmentResult::department)
                .setHeader(getTranslation("dashboard.department"))
                .setFlexGrow(1);
        grid.addColumn(DepartmentResult::summoned)
                .setHeader(getTranslation("dashboard.summoned"))
                .setAutoWidth(true);
        grid.addColumn(DepartmentResult::reportedIn)
                .setHeader(getTranslation("dashboard.reportedIn"))
                .setAutoWidth(true);
        grid.addColumn(d -> ResultsFormat.percent(d.onTimeShare()))
                .setHeader(getTranslation("dashboard.onTime"))
                .setAutoWidth(true);
        grid.addColumn(d -> ResultsFormat.percent(d.ratingScore()))
                .setHeader(getTranslation("dashboard.rating"))
                .setAutoWidth(true);
        grid.setItems(rows.stream().limit(TOP * 2L).toList());
        return grid;
    }

    private Div reform(ReformModelService reform, DutyListService duties, LocalDate today) {
        List<StreetPlanProgress> plans =
                reform.current().map(m -> StreetPlanProgress.of(m, today)).orElse(List.of());
        long filed = plans.stream()
                .filter(p -> p.plan()
                        .map(v -> v.status().tookEffect() || v.status() == VersionStatus.FILED)
                        .orElse(false))
                .count();
        long late = plans.stream().filter(StreetPlanProgress::overdue).count();
        long problems = 0;
        long streetsWithProblems = 0;
        for (Coverage coverage : duties.coverageOfStreets(today).values()) {
            long gaps = coverage.problems().stream()
                    .filter(p -> p.kind() != Coverage.Problem.Kind.IDLE_UNIT)
                    .count();
            problems += gaps;
            streetsWithProblems += gaps > 0 ? 1 : 0;
        }
        return Cards.row(
                "dashboard-reform-cards",
                new FigureCard("dashboard-plans", getTranslation("dashboard.plans"))
                        .value(filed + " / " + plans.size())
                        .note(getTranslation("dashboard.plansLate", late))
                        .tone(late == 0 ? null : false),
                new FigureCard("dashboard-coverage", getTranslation("dashboard.coverage"))
                        .value(String.valueOf(problems))
                        .note(getTranslation("dashboard.coverageStreets", streetsWithProblems))
                        .tone(problems == 0 ? true : null));
    }
}
