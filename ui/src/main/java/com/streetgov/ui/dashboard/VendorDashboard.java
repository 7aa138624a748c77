package com.streetgov.ui.dashboard;

import com.streetgov.assessment.application.VendorActivity;
import com.streetgov.assessment.domain.DistrictActivity;
import com.streetgov.ui.chart.ChartOptions;
import com.streetgov.ui.chart.EChart;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.RoleDashboard;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The vendor operator's home: each district's volume (matters received this period and last, per day
 * over 30 days) and activity (open matters, return visits done and due). Counts only: {@link
 * VendorActivity} gives no matter's number, title, text, address or resident, so none can be shown.
 */
@RoleDashboard(Role.VENDOR_OPERATOR)
public class VendorDashboard extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    @Inject
    public VendorDashboard(VendorActivity activity) {
        setId("dashboard-vendor");
        setPadding(false);
        setWidthFull();
        List<DistrictActivity> districts = activity.districts();
        long received = districts.stream()
                .mapToLong(DistrictActivity::receivedThisPeriod)
                .sum();
        long open = districts.stream().mapToLong(DistrictActivity::open).sum();
        long due = districts.stream().mapToLong(DistrictActivity::visitsDue).sum();
        add(Cards.row(
                "dashboard-vendor-cards",
                new FigureCard("dashboard-districts", getTranslation("dashboard.districts"))
                        .value(String.valueOf(districts.size())),
                new FigureCard("dashboard-received", getTranslation("dashboard.receivedThisPeriod"))
                        .value(String.valueOf(received)),
                new FigureCard("dashboard-open", getTranslation("dashboard.openNow")).value(String.valueOf(open)),
                new FigureCard("dashboard-visits-due", getTranslation("dashboard.visitsDue"))
                        .value(String.valueOf(due))));

        List<String> names =
                districts.stream().map(DistrictActivity::districtName).toList();
        EChart volume = new EChart("dashboard-volume-chart");
        volume.setOption(ChartOptions.bar(names)
                .series(
                        getTranslation("dashboard.receivedLast"),
                        districts.stream()
                                .map(DistrictActivity::receivedLastPeriod)
                                .toList())
                .series(
                        getTranslation("dashboard.receivedThis"),
                        districts.stream()
                                .map(DistrictActivity::receivedThisPeriod)
                                .toList())
                .series(
                        getTranslation("dashboard.visitsDoneLast"),
                        districts.stream()
                                .map(DistrictActivity::visitsDoneLastPeriod)
                                .toList())
                .integers()
                .build());
        add(Cards.section("dashboard-volume", getTranslation("dashboard.volume"), volume));

        List<String> days = districts.isEmpty()
                ? List.of()
                : districts.get(0).perDay().stream()
                        .map(d -> d.day().format(DAY))
                        .toList();
        ChartOptions daily = ChartOptions.line(days);
        districts.forEach(d -> daily.series(
                d.districtName(),
                d.perDay().stream().map(DistrictActivity.DayCount::count).toList()));
        EChart perDay = new EChart("dashboard-daily-chart");
        perDay.setOption(daily.integers().build());
        add(Cards.section("dashboard-daily", getTranslation("dashboard.daily"), perDay));

        Grid<DistrictActivity> grid = new Grid<>();
        grid.setId("dashboard-activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(DistrictActivity::districtName)
                .setHeader(getTranslation("dashboard.districtName"))
                .setFlexGrow(1);
        grid.addColumn(d -> d.lastPeriod() + " / " + d.runningPeriod())
                .setHeader(getTranslation("dashboard.periods"))
                .setAutoWidth(true);
        grid.addColumn(DistrictActivity::receivedLastPeriod)
                .setHeader(getTranslation("dashboard.receivedLast"))
                .setAutoWidth(true);
        grid.addColumn(DistrictActivity::receivedThisPeriod)
                .setHeader(getTranslation("dashboard.receivedThis"))
                .setAutoWidth(true);
        grid.addColumn(DistrictActivity::open)
                .setHeader(getTranslation("dashboard.openNow"))
                .setAutoWidth(true);
        grid.addColumn(DistrictActivity::visitsDoneThisPeriod)
                .setHeader(getTranslation("dashboard.visitsDoneThis"))
                .setAutoWidth(true);
        grid.addColumn(DistrictActivity::visitsDue)
                .setHeader(getTranslation("dashboard.visitsDue"))
                .setAutoWidth(true);
        grid.setItems(districts);
        add(Cards.section("dashboard-activity", getTranslation("dashboard.activity"), grid));
    }
}
