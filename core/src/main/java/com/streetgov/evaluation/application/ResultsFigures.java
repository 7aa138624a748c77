package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.application.WhistleResults;
import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.ResultsRepository;
import com.streetgov.assessment.domain.StreetWhistleResult;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.FigureSource;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The system figures of a round, for each street (the reform model's street codes) and the district:
 * 响应率, 解决率 and 满意率 over the round's periods, counted from the return visits under the
 * assessment rules in force on the last day (the same counts the results screens show) — none, with
 * the reason, for a subject with fewer valid visits than the rules' minimum sample — and the share of
 * summonses reported in on time; the others come from {@link CaseFigureCounts} (overdue share, coverage
 * problems, admission refusals).
 */
@ApplicationScoped
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class ResultsFigures implements FigureSource {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    ResultsRepository results;

    @Inject
    ResultsService service;

    @Inject
    WhistleResults whistles;

    @Inject
    CaseFigureCounts cases;

    @Override
    public Map<String, Figure> figures(Measure measure, YearMonth first, YearMonth last) {
        LocalDate from = service.period(first).start();
        LocalDate to = service.period(last).end();
        return switch (measure) {
            case RESPONSE_RATE ->
                rates(from, to, Rates::response, VisitCounts::contacted, "evaluation.figure.response");
            case RESOLUTION_RATE ->
                rates(from, to, Rates::resolution, VisitCounts::resolved, "evaluation.figure.resolution");
            case SATISFACTION_RATE ->
                rates(from, to, Rates::satisfaction, VisitCounts::satisfied, "evaluation.figure.satisfaction");
            case WHISTLES_ON_TIME -> whistles(first, last);
            case OVERDUE_SHARE -> cases.overdueShare(from, to);
            case COVERAGE_PROBLEMS -> cases.coverageProblems(to);
            case ADMISSION_REFUSALS -> cases.admissionRefusals(from, to);
        };
    }

    private Map<String, Figure> rates(
            LocalDate from,
            LocalDate to,
            Function<Rates, BigDecimal> rate,
            Function<VisitCounts, Long> numerator,
            String key) {
        AssessmentRules rules = service.rulesInForce(to.minusDays(1));
        Map<String, VisitCounts> counts = new HashMap<>(results.counts(Dimension.STREET, from, to));
        counts.put(
                AssessmentRound.DISTRICT,
                results.daily(null, null, from, to).values().stream().reduce(VisitCounts.NONE, VisitCounts::plus));
        Map<String, Figure> out = new HashMap<>();
        counts.forEach((subject, c) -> {
            Rates r = c.rates(rules);
            BigDecimal value = rate.apply(r);
            if (value != null && c.valid() < rules.minValidVisits()) {
                out.put(subject, Figure.none(Text.of("evaluation.figure.sample", c.valid(), rules.minValidVisits())));
            } else if (value != null) {
                out.put(
                        subject,
                        new Figure(
                                value.multiply(HUNDRED),
                                Text.of(
                                        key,
                                        Rates.percent(value),
                                        numerator.apply(c),
                                        r.denominator(),
                                        c.basicallySatisfied())));
            }
        });
        return out;
    }

    private Map<String, Figure> whistles(YearMonth first, YearMonth last) {
        Map<String, long[]> sums = new HashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            for (StreetWhistleResult s : whistles.streets(service.period(month))) {
                for (String subject : new String[] {s.street(), AssessmentRound.DISTRICT}) {
                    long[] sum = sums.computeIfAbsent(subject, k -> new long[2]);
                    sum[0] += s.summonses();
                    sum[1] += s.reportedIn();
                }
            }
        }
        Map<String, Figure> out = new HashMap<>();
        sums.forEach((subject, s) -> {
            if (s[0] > 0) {
                BigDecimal share = BigDecimal.valueOf(s[1])
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(s[0]), 10, RoundingMode.HALF_UP);
                out.put(
                        subject,
                        new Figure(
                                share,
                                Text.of(
                                        "evaluation.figure.whistles",
                                        share.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                                        s[1],
                                        s[0])));
            }
        });
        return out;
    }
}
