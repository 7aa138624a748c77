package com.streetgov.tenantconfig.demo;

import com.streetgov.assessment.domain.Period;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.Grid;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.StreetAssignment;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.GeneratedMatter;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.tenantconfig.community.TemplateCommunities;
import com.streetgov.tenantconfig.duty.TemplateDuties;
import com.streetgov.tenantconfig.format.Templates;
import com.streetgov.tenantconfig.results.TemplateRules;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A year of generated matters for a demo district (DD011's rule: generated volume says so): the 12
 * complete assessment periods before the one containing {@code today}, each with its matters answered
 * and closed, return visits done (a few invalid), a few approved exclusions and whistles, calibrated
 * so that the district's rates follow a rising trend to the period's targets.
 *
 * <p>Volumes: Xicheng about 11,600 matters a month over its 15 streets (the source's figure). The
 * sources give no volume for the other demo districts; they get a tenth of Xicheng's rate per street
 * (an assumption, so that the demo stays small: about 39,000 matters a year for the three together
 * over their 41 streets).
 *
 * <p>Targets: Xicheng's latest complete period computes to 解决率 91.40 % and 满意率 95.57 % (the
 * sources' figures), rising from about 85 % / 90 % a year before; the other districts' trends are
 * illustrative. Everything is deterministic (seeded by the district's id).
 */
public final class DemoHistory {

    /** Xicheng's monthly volume and streets (source: about 11,600 a month over its 15 streets). */
    static final int XICHENG_MONTHLY = 11_600;

    static final int XICHENG_STREETS = 15;

    /** Other demo districts: this share of Xicheng's volume per street (assumption, see above). */
    static final double OTHER_SHARE = 0.1;

    /** Periods generated: the twelve complete ones before the running one. */
    public static final int PERIODS = 12;

    /** A trend of targets, percentages with two decimals: the first period's, and the latest's. */
    record Trend(
            BigDecimal resolutionFrom,
            BigDecimal resolutionTo,
            BigDecimal satisfactionFrom,
            BigDecimal satisfactionTo) {
        static Trend of(String resolutionFrom, String resolutionTo, String satisfactionFrom, String satisfactionTo) {
            return new Trend(
                    new BigDecimal(resolutionFrom),
                    new BigDecimal(resolutionTo),
                    new BigDecimal(satisfactionFrom),
                    new BigDecimal(satisfactionTo));
        }
    }

    static final Map<String, Trend> TRENDS = Map.of(
            "xicheng", Trend.of("85.12", "91.40", "90.08", "95.57"),
            "dongcheng", Trend.of("84.30", "90.20", "88.90", "94.30"),
            "luohu", Trend.of("86.50", "92.10", "90.40", "95.00"),
            "chenghua", Trend.of("82.00", "88.60", "87.50", "93.10"));

    /** Everything the generator draws from: the district's model, duty list, communities, limits. */
    public record Setting(
            String district,
            ReformModel model,
            List<DutyItem> items,
            List<StreetAssignment> assignments,
            List<Community> communities,
            List<Grid> grids,
            List<TimeLimit> limits,
            int periodStartDay,
            int monthlyVolume,
            Trend trend) {}

    private final Setting setting;
    private final List<Period> periods;

    DemoHistory(Setting setting, LocalDate today) {
        this.setting = setting;
        int startDay = setting.periodStartDay();
        Period latest = Period.containing(today, startDay).previous(startDay);
        this.periods = latest.lastPeriods(PERIODS, startDay);
    }

    /**
     * A demo district's history as its seed template installs it: the template's model, duty list
     * with the street assignments of its leads by layout,
     * communities (generated the same way as at installation) and the default time limits.
     */
    public static DemoHistory forTemplate(String district, LocalDate today) {
        ReformModel model = Templates.load(district);
        TemplateDuties duties = TemplateDuties.load(district);
        TemplateCommunities communities =
                TemplateCommunities.generate(duties.communities(), model, district.hashCode());
        int streets = model.streets().size();
        int volume = district.equals("xicheng")
                ? XICHENG_MONTHLY
                : (int) Math.round((double) XICHENG_MONTHLY / XICHENG_STREETS * OTHER_SHARE * streets);
        return new DemoHistory(
                new Setting(
                        district,
                        model,
                        duties.items(),
                        // the street assignments its leads by layout install (Chenghua's agri streets)
                        duties.layoutAssignments(model, today),
                        communities.communities(),
                        communities.grids(),
                        MatterService.DEFAULT_LIMITS,
                        // the periods of the rules the district's template installs
                        TemplateRules.load(district).rules().periodStartDay(),
                        volume,
                        TRENDS.getOrDefault(district, Trend.of("85.00", "90.00", "88.00", "93.00"))),
                today);
    }

    public String district() {
        return setting.district();
    }

    /** The generated periods, oldest first; the last is the latest complete period. */
    public List<Period> periods() {
        return periods;
    }

    /** The counts of period {@code index} (0 = oldest). */
    HistoryPlan plan(int index) {
        Random random = new Random(seed() * 31 + index);
        int matters = (int) Math.round(setting.monthlyVolume() * (0.96 + 0.08 * random.nextDouble()));
        return HistoryPlan.calibrate(
                matters,
                target(setting.trend().resolutionFrom(), setting.trend().resolutionTo(), index, random),
                target(setting.trend().satisfactionFrom(), setting.trend().satisfactionTo(), index, random));
    }

    /** Rising with a diminishing step, a little noise between the first and the latest period. */
    private static BigDecimal target(BigDecimal from, BigDecimal to, int index, Random random) {
        if (index == PERIODS - 1) {
            return to;
        }
        double f = Math.pow(index / (double) (PERIODS - 1), 0.7);
        double noise = index == 0 ? 0 : (random.nextDouble() - 0.5) * 0.5;
        double value = from.doubleValue() + (to.doubleValue() - from.doubleValue()) * f + noise;
        return BigDecimal.valueOf(Math.min(value, to.doubleValue())).setScale(2, RoundingMode.HALF_UP);
    }

    /** The matters of period {@code index} (0 = oldest), numbered by received day. */
    public List<GeneratedMatter> period(int index) {
        return new PeriodMatters(setting, periods.get(index), plan(index), seed() * 1_000 + index).generate();
    }

    /** All periods, oldest first, each generated only when iterated to. */
    public Iterable<List<GeneratedMatter>> batches() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < periods.size();
            }

            @Override
            public List<GeneratedMatter> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return period(next++);
            }
        };
    }

    /** The total of matters over all periods. */
    public int matters() {
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            counts.add(plan(i).matters());
        }
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    private long seed() {
        return setting.district().hashCode();
    }
}
