package com.streetgov.evaluation.application;

import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.domain.Coverage;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.CaseFigures;
import com.streetgov.evaluation.domain.CaseFigures.Overdue;
import com.streetgov.evaluation.domain.FigureSource.Figure;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The system figures counted from cases rather than return visits, for the round's days {@code [from,
 * to)} as of its end — or now, while the round runs (a day not yet reached is not judged):
 *
 * <ul>
 *   <li>逾期占比: of the matters received in the days, the percentage overdue by then
 *       ({@link CaseFigures#overdue}, the product's own "overdue");
 *   <li>覆盖问题: every problem the duty list's {@link Coverage} reports for a street on that day (no
 *       lead, several leads, an unknown unit, an idle unit); the district's is the streets' sum;
 *   <li>准入退回: admission applications refused in the days — the register is the district's and names
 *       no street, so every street is given the district's count, its text saying so.
 * </ul>
 */
@ApplicationScoped
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
class CaseFigureCounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    CaseFigures cases;

    @Inject
    DutyListService duty;

    @Inject
    MatterClock clock;

    Map<String, Figure> overdueShare(LocalDate from, LocalDate to) {
        LocalDateTime end = to.atStartOfDay();
        LocalDateTime asOf = clock.now().isBefore(end) ? clock.now() : end;
        Map<String, Overdue> counts = new HashMap<>(cases.overdue(from, to, asOf));
        counts.put(AssessmentRound.DISTRICT, counts.values().stream().reduce(new Overdue(0, 0), Overdue::plus));
        Map<String, Figure> out = new HashMap<>();
        counts.forEach((subject, c) -> {
            if (c.received() > 0) {
                BigDecimal share = BigDecimal.valueOf(c.overdue())
                        .multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(c.received()), 10, RoundingMode.HALF_UP);
                out.put(
                        subject,
                        new Figure(
                                share,
                                Text.of("evaluation.figure.overdue", percent(share), c.received(), c.overdue())));
            }
        });
        return out;
    }

    Map<String, Figure> coverageProblems(LocalDate to) {
        LocalDate day = lastDay(to);
        Map<String, Figure> out = new HashMap<>();
        int[] district = new int[Coverage.Problem.Kind.values().length];
        duty.coverageOfStreets(day).forEach((street, coverage) -> {
            int[] kinds = new int[district.length];
            coverage.problems().forEach(p -> kinds[p.kind().ordinal()]++);
            for (int i = 0; i < kinds.length; i++) {
                district[i] += kinds[i];
            }
            out.put(street, coverage(kinds, day, "evaluation.figure.coverage"));
        });
        if (!out.isEmpty()) {
            out.put(AssessmentRound.DISTRICT, coverage(district, day, "evaluation.figure.coverageDistrict"));
        }
        return out;
    }

    Map<String, Figure> admissionRefusals(LocalDate from, LocalDate to) {
        long refused = cases.admissionRefusals(from, to);
        LocalDate last = to.minusDays(1);
        Map<String, Figure> out = new HashMap<>();
        Figure street = new Figure(
                BigDecimal.valueOf(refused), Text.of("evaluation.figure.refusalsStreet", refused, from, last));
        duty.streets().forEach(s -> out.put(s.code(), street));
        out.put(
                AssessmentRound.DISTRICT,
                new Figure(BigDecimal.valueOf(refused), Text.of("evaluation.figure.refusals", refused, from, last)));
        return out;
    }

    /** The round's last day, or today while the round runs. */
    private LocalDate lastDay(LocalDate to) {
        LocalDate today = clock.now().toLocalDate();
        LocalDate last = to.minusDays(1);
        return today.isBefore(last) ? today : last;
    }

    private static Figure coverage(int[] kinds, LocalDate day, String key) {
        int total = 0;
        for (int k : kinds) {
            total += k;
        }
        return new Figure(
                BigDecimal.valueOf(total),
                Text.of(
                        key,
                        total,
                        kinds[Coverage.Problem.Kind.GAP.ordinal()],
                        kinds[Coverage.Problem.Kind.DOUBLE_LEAD.ordinal()],
                        kinds[Coverage.Problem.Kind.UNKNOWN_UNIT.ordinal()],
                        kinds[Coverage.Problem.Kind.IDLE_UNIT.ordinal()],
                        day));
    }

    private static String percent(BigDecimal share) {
        return share.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
