package com.streetgov.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 吹哨报到 double assessment (Art. 33 of Beijing's 接诉即办 regulation) of one period's summonses: the
 * departments that report in, ranked by on-time share, and the streets that blow, ranked by the
 * resolved share of their whistles; ties by volume; below the minimum volume shown but not ranked.
 *
 * <p>Invariant: every count of a {@link DepartmentResult} or {@link StreetWhistleResult} is
 * {@link #lines(WhistleFigure, String)}{@code .size()} of its figure, because both use
 * {@link WhistleFigure#counts}: the drill-down lists exactly the whistles behind a number.
 */
public final class DoubleAssessment {

    private final List<SummonsFact> summonses;
    private final LocalDateTime now;
    private final BigDecimal basicWeight;
    private final long minimumSummonses;
    private final long minimumWhistles;

    /**
     * @param summonses the period's summonses (whistles blown in it)
     * @param now when awaiting and missed are told apart
     * @param basicWeight the weight of a basically-satisfied rating in the rating score (0 … 1)
     * @param minimumSummonses a department is ranked from this many summonses due
     * @param minimumWhistles a street is ranked from this many whistles
     */
    public DoubleAssessment(
            List<SummonsFact> summonses,
            LocalDateTime now,
            BigDecimal basicWeight,
            long minimumSummonses,
            long minimumWhistles) {
        this.summonses = List.copyOf(summonses);
        this.now = now;
        this.basicWeight = basicWeight;
        this.minimumSummonses = minimumSummonses;
        this.minimumWhistles = minimumWhistles;
    }

    /** Every summoned department, ranked first, then the unranked by name. */
    public List<DepartmentResult> departments() {
        List<DepartmentResult> rows = new ArrayList<>();
        for (String department : keys(WhistleFigure.Scope.DEPARTMENT)) {
            long rated = count(WhistleFigure.RATED, department);
            long satisfied = count(WhistleFigure.SATISFIED, department);
            long basically = count(WhistleFigure.BASICALLY_SATISFIED, department);
            long summoned = count(WhistleFigure.SUMMONED, department);
            long awaiting = count(WhistleFigure.AWAITING, department);
            long onTime = count(WhistleFigure.ON_TIME, department);
            rows.add(new DepartmentResult(
                    department,
                    summoned,
                    count(WhistleFigure.REPORTED_IN, department),
                    onTime,
                    count(WhistleFigure.LATE, department),
                    count(WhistleFigure.NOT_REPORTED, department),
                    awaiting,
                    count(WhistleFigure.MISSED, department),
                    rated,
                    satisfied,
                    basically,
                    count(WhistleFigure.NOT_SATISFIED, department),
                    ShareRanking.share(onTime, summoned - awaiting),
                    score(satisfied, basically, rated),
                    null));
        }
        return ShareRanking.rank(
                        rows,
                        DepartmentResult::department,
                        DepartmentResult::onTimeShare,
                        DepartmentResult::due,
                        minimumSummonses)
                .stream()
                .map(r -> r.item().ranked(r.rank()))
                .toList();
    }

    /** Every street that blew a whistle, ranked first, then the unranked by code. */
    public List<StreetWhistleResult> streets() {
        Map<String, String> names = new TreeMap<>();
        summonses.forEach(s -> names.putIfAbsent(s.street(), s.streetName()));
        List<StreetWhistleResult> rows = new ArrayList<>();
        names.forEach((street, name) -> {
            long whistles = count(WhistleFigure.BLOWN, street);
            long resolved = count(WhistleFigure.RESOLVED, street);
            long sent = count(WhistleFigure.STREET_SUMMONS, street);
            long reported = count(WhistleFigure.STREET_REPORTED_IN, street);
            rows.add(new StreetWhistleResult(
                    street,
                    name,
                    whistles,
                    resolved,
                    count(WhistleFigure.ANSWERED, street),
                    count(WhistleFigure.OPEN, street),
                    sent,
                    reported,
                    ShareRanking.share(resolved, whistles),
                    ShareRanking.share(reported, sent),
                    null));
        });
        return ShareRanking.rank(
                        rows,
                        StreetWhistleResult::street,
                        StreetWhistleResult::resolvedShare,
                        StreetWhistleResult::whistles,
                        minimumWhistles)
                .stream()
                .map(r -> r.item().ranked(r.rank()))
                .toList();
    }

    /** The number {@code figure} shows for {@code key} (a department, or a street's code). */
    public long count(WhistleFigure figure, String key) {
        return lines(figure, key).size();
    }

    /**
     * The whistles behind {@code figure} of {@code key}, by time blown: one line per summons, or per
     * whistle for a per-whistle figure.
     */
    public List<WhistleLine> lines(WhistleFigure figure, String key) {
        List<SummonsFact> matching = summonses.stream()
                .filter(s -> figure.keyOf(s).equals(key) && figure.counts(s, now))
                .sorted(Comparator.comparing(SummonsFact::blownAt)
                        .thenComparing(SummonsFact::whistleId)
                        .thenComparing(SummonsFact::department))
                .toList();
        if (!figure.perWhistle()) {
            return matching.stream()
                    .map(s -> new WhistleLine(
                            s.whistleId(),
                            s.matterNumber(),
                            s.street(),
                            s.streetName(),
                            s.department(),
                            s.blownAt(),
                            s.deadline(),
                            s.reportedAt(),
                            s.rating(),
                            s.matterState()))
                    .toList();
        }
        Map<String, List<SummonsFact>> byWhistle = new LinkedHashMap<>();
        matching.forEach(s -> byWhistle
                .computeIfAbsent(s.whistleId(), id -> new ArrayList<>())
                .add(s));
        return byWhistle.values().stream()
                .map(group -> {
                    SummonsFact s = group.get(0);
                    String departments =
                            group.stream().map(SummonsFact::department).collect(Collectors.joining("、"));
                    return new WhistleLine(
                            s.whistleId(),
                            s.matterNumber(),
                            s.street(),
                            s.streetName(),
                            departments,
                            s.blownAt(),
                            s.deadline(),
                            null,
                            null,
                            s.matterState());
                })
                .toList();
    }

    private List<String> keys(WhistleFigure.Scope scope) {
        WhistleFigure any = scope == WhistleFigure.Scope.DEPARTMENT ? WhistleFigure.SUMMONED : WhistleFigure.BLOWN;
        return summonses.stream().map(any::keyOf).distinct().sorted().toList();
    }

    private BigDecimal score(long satisfied, long basically, long rated) {
        if (rated == 0) {
            return null;
        }
        return BigDecimal.valueOf(satisfied)
                .add(basicWeight.multiply(BigDecimal.valueOf(basically)))
                .divide(BigDecimal.valueOf(rated), new MathContext(30))
                .setScale(ShareRanking.SCALE, RoundingMode.HALF_UP);
    }
}
