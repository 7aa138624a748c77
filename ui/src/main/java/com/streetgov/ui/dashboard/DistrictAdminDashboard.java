package com.streetgov.ui.dashboard;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.matter.application.MatterService;
import com.streetgov.ui.assessment.RankingGrid;
import com.streetgov.ui.assessment.ReadSourceNote;
import com.streetgov.ui.assessment.ResultCharts;
import com.streetgov.ui.assessment.ResultsFormat;
import com.streetgov.ui.assessment.ResultsView;
import com.streetgov.ui.assessment.StreetRows;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.RoleDashboard;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The district administrator's home: the latest complete period's 响应率, 解决率, 满意率 and composite
 * against the period before (and the pre-reform baseline if entered), the running period's count, the
 * street ranking as bars and as a table (a click on a street's 解决率 opens the matters behind it), the
 * district's 12-period trend, then the work and governance panels ({@link DistrictPanels}).
 */
@RoleDashboard(Role.DISTRICT_ADMIN)
public class DistrictAdminDashboard extends VerticalLayout {

    static final int TREND_PERIODS = 12;

    @Inject
    public DistrictAdminDashboard(ResultsService results, MatterService matters, DistrictPanels panels) {
        setId("dashboard-admin");
        setPadding(false);
        setWidthFull();
        Period latest = results.latestPeriod();
        Period before = results.periodBefore(latest);
        Period running = results.runningPeriod();
        Rates now = results.district(latest);
        Rates then = results.district(before);
        Optional<Baseline> baseline = results.baseline();

        Paragraph period = new Paragraph(getTranslation(
                "dashboard.period",
                latest.label(),
                before.label(),
                running.label(),
                results.district(running).counts().visits()));
        period.setId("dashboard-period");
        add(period, ReadSourceNote.of("dashboard-read-source", results.readSource()));
        add(Cards.row(
                "dashboard-rates",
                card(
                        "dashboard-rate-response",
                        "results.ui.response",
                        now,
                        then,
                        Rates::response,
                        baseline.map(Baseline::response)),
                card(
                        "dashboard-rate-resolution",
                        "results.ui.resolution",
                        now,
                        then,
                        Rates::resolution,
                        baseline.map(Baseline::resolution)),
                card(
                        "dashboard-rate-satisfaction",
                        "results.ui.satisfaction",
                        now,
                        then,
                        Rates::satisfaction,
                        baseline.map(Baseline::satisfaction)),
                card("dashboard-rate-composite", "results.ui.composite", now, then, Rates::composite, Optional.empty()),
                new FigureCard("dashboard-valid-visits", getTranslation("results.ui.validVisits"))
                        .value(String.valueOf(now.counts().valid()))
                        .note(getTranslation(
                                "dashboard.visitsNote",
                                now.counts().invalid(),
                                now.counts().excluded()))));

        List<Ranking.Row> streets = StreetRows.all(
                results.figures(Dimension.STREET, latest), matters.streets(), results.rulesInForce(latest.start()));
        RankingGrid grid = new RankingGrid("dashboard-ranking-grid");
        grid.show(Dimension.STREET, latest, streets);
        Span hint = new Span(getTranslation("dashboard.rankingHint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(Cards.section(
                "dashboard-ranking",
                getTranslation("dashboard.ranking", latest.label()),
                ResultCharts.ranking(this, "dashboard-ranking-chart", Dimension.STREET, latest, streets),
                hint,
                grid,
                new RouterLink(getTranslation("dashboard.allResults"), ResultsView.class)));

        add(Cards.section(
                "dashboard-trend",
                getTranslation("dashboard.trend", TREND_PERIODS),
                ResultCharts.trend(this, "dashboard-trend-chart", results.trend(null, null, TREND_PERIODS), baseline)));
        add(panels);
    }

    private FigureCard card(
            String id,
            String labelKey,
            Rates now,
            Rates then,
            Function<Rates, BigDecimal> rate,
            Optional<BigDecimal> baseline) {
        BigDecimal value = rate.apply(now);
        BigDecimal previous = rate.apply(then);
        String change = ResultsFormat.points(value, previous);
        String note = change.isEmpty()
                ? getTranslation("dashboard.noPrevious")
                : getTranslation("dashboard.change", change, ResultsFormat.percent(previous));
        if (baseline.isPresent() && baseline.get() != null) {
            note += " · " + getTranslation("dashboard.baseline", ResultsFormat.percent(baseline.get()));
        }
        Boolean good = value == null || previous == null ? null : value.compareTo(previous) >= 0;
        return new FigureCard(id, getTranslation(labelKey))
                .value(ResultsFormat.percent(value))
                .note(note)
                .tone(good);
    }
}
