package com.streetgov.ui.api;

import com.streetgov.assessment.application.Hotspots;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.application.WhistleResults;
import com.streetgov.assessment.domain.DepartmentResult;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Hotspot;
import com.streetgov.assessment.domain.HotspotKind;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.TrendPoint;
import com.streetgov.tenancy.ReadSource;
import com.streetgov.ui.api.guard.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The caller's district's results for one period, as the district admin's dashboard shows them: the
 * district's 三率 and composite against the period before, the running period's visits, the street
 * ranking, the 12-period trend, the category hotspots and the departments' double assessment. Counts
 * only — no case contents; each figure's matters are in the drill-down screen. Rates are percentages
 * with two decimals (as published), null when nothing was counted. {@code readFrom} says whether the
 * figures came from a standby and how far behind it was (DD040). Roles as {@link ResultsService}.
 */
@Path("results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResultsResource {

    static final int TREND_PERIODS = 12;
    static final int HOTSPOTS = 5;

    @Inject
    ResultsService results;

    @Inject
    Hotspots hotspots;

    @Inject
    WhistleResults whistles;

    /** {@code period}: the month a period is named by (yyyy-MM); the latest complete period if absent. */
    @GET
    public Map<String, Object> summary(@QueryParam("period") String month) {
        Period period = month == null || month.isBlank() ? results.latestPeriod() : period(month);
        Period before = results.periodBefore(period);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", period(period));
        body.put("readFrom", readFrom(results.readSource()));
        body.put("rules", results.rulesInForce(period.start()).version());
        body.put("district", rates(results.district(period)));
        body.put("before", rates(results.district(before)));
        body.put(
                "runningVisits",
                results.district(results.runningPeriod()).counts().visits());
        body.put(
                "streets",
                results.figures(Dimension.STREET, period).stream()
                        .map(ResultsResource::row)
                        .toList());
        body.put(
                "trend",
                results.trend(null, null, TREND_PERIODS).stream()
                        .map(ResultsResource::point)
                        .toList());
        body.put(
                "hotspots",
                hotspots.report(period, HotspotKind.CATEGORY, HOTSPOTS).most().stream()
                        .map(ResultsResource::hotspot)
                        .toList());
        body.put(
                "departments",
                whistles.departments(period).stream()
                        .map(ResultsResource::department)
                        .toList());
        return body;
    }

    private Period period(String month) {
        YearMonth named;
        try {
            named = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("period", "period must be a month as yyyy-MM, e.g. 2026-11");
        }
        if (named.getYear() < 2000 || named.getYear() > 2100) {
            throw InvalidInputException.field("period", "period must be a month between 2000 and 2100");
        }
        return results.period(named);
    }

    /** Where the figures were read from (DD040): {@code primary} or {@code standby}, why, and the lag. */
    private static Map<String, Object> readFrom(ReadSource source) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("source", source.standby() ? "standby" : "primary");
        r.put("standby", source.kind().name().toLowerCase(java.util.Locale.ROOT));
        r.put("lagMillis", source.lagMillis());
        r.put("maxLagMillis", source.kind() == ReadSource.Kind.PRIMARY ? null : source.maxLagMillis());
        return r;
    }

    private static Map<String, Object> period(Period period) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("month", period.month().toString());
        p.put("from", period.start().toString());
        p.put("to", period.end().minusDays(1).toString());
        return p;
    }

    private static Map<String, Object> rates(Rates rates) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("visits", rates.counts().visits());
        r.put("valid", rates.counts().valid());
        r.put("denominator", rates.denominator());
        r.put("response", percent(rates.response()));
        r.put("resolution", percent(rates.resolution()));
        r.put("satisfaction", percent(rates.satisfaction()));
        r.put("composite", percent(rates.composite()));
        r.put("ranked", rates.ranked());
        return r;
    }

    private static BigDecimal percent(BigDecimal rate) {
        return rate == null ? null : rate.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> row(Ranking.Row row) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("street", row.key());
        r.put("name", row.name());
        r.put("rank", row.rank());
        r.putAll(rates(row.rates()));
        return r;
    }

    private static Map<String, Object> point(TrendPoint point) {
        Map<String, Object> p = period(point.period());
        p.putAll(rates(point.rates()));
        return p;
    }

    private static Map<String, Object> hotspot(Hotspot hotspot) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("rank", hotspot.rank());
        h.put("category", hotspot.name());
        h.put("matters", hotspot.count());
        h.put("previousAverage", hotspot.previousAverage());
        h.put("rise", hotspot.rise());
        return h;
    }

    private static Map<String, Object> department(DepartmentResult d) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("department", d.department());
        r.put("summoned", d.summoned());
        r.put("reportedIn", d.reportedIn());
        r.put("onTime", d.onTime());
        r.put("late", d.late());
        r.put("missed", d.missed());
        return r;
    }
}
