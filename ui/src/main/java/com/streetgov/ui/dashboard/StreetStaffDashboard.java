package com.streetgov.ui.dashboard;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.application.ReturnVisitService;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.ui.assessment.ResultsFormat;
import com.streetgov.ui.chart.ChartOptions;
import com.streetgov.ui.chart.EChart;
import com.streetgov.ui.matter.InboxView;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.RoleDashboard;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Street staff's home: their street's open work (due within 2 h, within 24 h, overdue, return visits
 * due) and the same per unit, then their street's rates in the latest complete period beside the
 * district's. Everything is the caller's own district (the services see no other).
 */
@RoleDashboard(Role.STREET_STAFF)
public class StreetStaffDashboard extends VerticalLayout {

    /** The states in which a matter's time limit runs. */
    static final List<MatterState> OPEN =
            List.of(MatterState.RECEIVED, MatterState.DISPATCHED, MatterState.ACCEPTED, MatterState.IN_PROGRESS);

    static final int MAX_OPEN = 2000;

    /** One unit's open work. */
    record UnitWork(String unit, long open, long dueIn2h, long dueIn24h, long overdue) {}

    @Inject
    public StreetStaffDashboard(
            RoleAccessControl access, ResultsService results, MatterService matters, ReturnVisitService visits) {
        setId("dashboard-staff");
        setPadding(false);
        setWidthFull();
        Optional<String> street = access.user().street().flatMap(matters::streetCodeNamed);
        String streetName = access.user().street().orElse(getTranslation("dashboard.noStreet"));
        LocalDateTime now = matters.now();
        List<MatterSummary> open = new ArrayList<>();
        for (MatterState state : OPEN) {
            open.addAll(matters.inbox(new InboxQuery(street.orElse(null), null, state, null, false, now), 0, MAX_OPEN));
        }
        Map<String, String> unitNames =
                street.map(s -> matters.units(s, now.toLocalDate())).orElse(Map.of());
        Map<String, UnitWork> byUnit = new TreeMap<>();
        for (MatterSummary m : open) {
            String unit = m.leadUnit() == null
                    ? getTranslation("dashboard.noUnit")
                    : unitNames.getOrDefault(m.leadUnit(), m.leadUnit());
            UnitWork w = byUnit.getOrDefault(unit, new UnitWork(unit, 0, 0, 0, 0));
            byUnit.put(
                    unit,
                    new UnitWork(
                            unit,
                            w.open() + 1,
                            w.dueIn2h() + (dueWithin(m, now, 2) ? 1 : 0),
                            w.dueIn24h() + (dueWithin(m, now, 24) ? 1 : 0),
                            w.overdue() + (m.overdue(now) ? 1 : 0)));
        }
        UnitWork total = byUnit.values().stream()
                .reduce(
                        new UnitWork("", 0, 0, 0, 0),
                        (a, b) -> new UnitWork(
                                "",
                                a.open() + b.open(),
                                a.dueIn2h() + b.dueIn2h(),
                                a.dueIn24h() + b.dueIn24h(),
                                a.overdue() + b.overdue()));

        add(Cards.section(
                "dashboard-work",
                getTranslation("dashboard.streetWork", streetName),
                Cards.row(
                        "dashboard-work-cards",
                        new FigureCard("dashboard-due-2h", getTranslation("dashboard.due2h"))
                                .value(String.valueOf(total.dueIn2h()))
                                .tone(total.dueIn2h() == 0 ? null : false),
                        new FigureCard("dashboard-due-24h", getTranslation("dashboard.due24h"))
                                .value(String.valueOf(total.dueIn24h())),
                        new FigureCard("dashboard-overdue", getTranslation("dashboard.overdue"))
                                .value(String.valueOf(total.overdue()))
                                .tone(total.overdue() == 0 ? null : false),
                        new FigureCard("dashboard-visits-due", getTranslation("dashboard.visitsDue"))
                                .value(String.valueOf(visits.countDue(street.orElse(null))))),
                byUnit.isEmpty()
                        ? new com.vaadin.flow.component.html.Span(getTranslation("dashboard.noOpen"))
                        : units(byUnit),
                new RouterLink(getTranslation("dashboard.toInbox"), InboxView.class)));

        Period latest = results.latestPeriod();
        Rates district = results.district(latest);
        Optional<Ranking.Row> own = street.flatMap(s -> results.figures(Dimension.STREET, latest).stream()
                .filter(r -> r.key().equals(s))
                .findFirst());
        Rates mine = own.map(Ranking.Row::rates).orElse(null);
        String rank = own.map(r -> r.rank() == null
                        ? getTranslation("results.ui.unranked")
                        : getTranslation("dashboard.rankOf", r.rank()))
                .orElse("—");
        add(Cards.section(
                "dashboard-rates",
                getTranslation("dashboard.streetRates", streetName, latest.label()),
                Cards.row(
                        "dashboard-rates-cards",
                        pair("dashboard-rate-response", "results.ui.response", mine, district, Rates::response),
                        pair("dashboard-rate-resolution", "results.ui.resolution", mine, district, Rates::resolution),
                        pair(
                                "dashboard-rate-satisfaction",
                                "results.ui.satisfaction",
                                mine,
                                district,
                                Rates::satisfaction),
                        pair("dashboard-rate-composite", "results.ui.composite", mine, district, Rates::composite),
                        new FigureCard("dashboard-rank", getTranslation("results.ui.rank")).value(rank)),
                chart(streetName, mine, district)));
    }

    private static boolean dueWithin(MatterSummary m, LocalDateTime now, int hours) {
        return !m.overdue(now) && m.dueAt() != null && !m.dueAt().isAfter(now.plusHours(hours));
    }

    private Grid<UnitWork> units(Map<String, UnitWork> byUnit) {
        Grid<UnitWork> grid = new Grid<>();
        grid.setId("dashboard-units");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(UnitWork::unit)
                .setHeader(getTranslation("dashboard.unit"))
                .setFlexGrow(1);
        grid.addColumn(UnitWork::open)
                .setHeader(getTranslation("dashboard.open"))
                .setAutoWidth(true);
        grid.addColumn(UnitWork::dueIn2h)
                .setHeader(getTranslation("dashboard.due2hShort"))
                .setAutoWidth(true);
        grid.addColumn(UnitWork::dueIn24h)
                .setHeader(getTranslation("dashboard.due24hShort"))
                .setAutoWidth(true);
        grid.addColumn(UnitWork::overdue)
                .setHeader(getTranslation("dashboard.overdue"))
                .setAutoWidth(true);
        grid.setItems(byUnit.values());
        return grid;
    }

    private FigureCard pair(String id, String key, Rates mine, Rates district, Function<Rates, BigDecimal> rate) {
        BigDecimal own = mine == null ? null : rate.apply(mine);
        BigDecimal all = rate.apply(district);
        return new FigureCard(id, getTranslation(key))
                .value(ResultsFormat.percent(own))
                .note(getTranslation("dashboard.districtIs", ResultsFormat.percent(all)))
                .tone(own == null || all == null ? null : own.compareTo(all) >= 0);
    }

    private EChart chart(String streetName, Rates mine, Rates district) {
        List<String> labels = List.of(
                getTranslation("results.ui.response"),
                getTranslation("results.ui.resolution"),
                getTranslation("results.ui.satisfaction"),
                getTranslation("results.ui.composite"));
        EChart chart = new EChart("dashboard-street-chart");
        chart.setHeight("280px");
        chart.setOption(ChartOptions.bar(labels)
                .series(streetName, values(mine))
                .series(getTranslation("dashboard.district"), values(district))
                .percent()
                .min(0)
                .max(100)
                .build());
        return chart;
    }

    private static List<BigDecimal> values(Rates r) {
        List<BigDecimal> v = new ArrayList<>();
        v.add(r == null ? null : ChartOptions.percentOf(r.response()));
        v.add(r == null ? null : ChartOptions.percentOf(r.resolution()));
        v.add(r == null ? null : ChartOptions.percentOf(r.satisfaction()));
        v.add(r == null ? null : ChartOptions.percentOf(r.composite()));
        return v;
    }
}
