package com.streetgov.assessment.application;

import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.assessment.domain.CountedMatter;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.Dimension;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.assessment.domain.Findings;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Ranking;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.ResultsRepository;
import com.streetgov.assessment.domain.RulesBook;
import com.streetgov.assessment.domain.TrendPoint;
import com.streetgov.assessment.domain.VisitCounts;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.tenancy.CurrentDistrict;
import com.streetgov.tenancy.ReadSource;
import com.streetgov.tenancy.StandbyRead;
import com.streetgov.tenancy.Standbys;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The current district's results (DD024): its assessment rules versions, and 响应率 / 解决率 / 满意率
 * with the composite per period for the district, per street, unit, duty area and category, ranked,
 * as trends, against the pre-reform baseline, and drilled down to exactly the matters behind each
 * figure. Every figure is computed on demand by one grouped SQL query under the rules in force for its
 * period; none is stored. A matter counts in the period containing the day it was received.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class ResultsService {

    /** The most periods a trend may span (three years). */
    static final int MAX_TREND = 36;

    /** Where the defaults apply from when a district has neither saved rules nor a template. */
    static final LocalDate DEFAULTS_FROM = LocalDate.of(2000, 1, 1);

    @Inject
    ResultsRepository repository;

    @Inject
    ResultNames names;

    @Inject
    Instance<RulesTemplates> templates;

    @Inject
    ConfigChanges changes;

    @Inject
    CurrentCaller caller;

    @Inject
    CurrentDistrict district;

    @Inject
    MatterClock clock;

    @Inject
    Standbys standbys;

    // ---- rules -------------------------------------------------------------------------------------

    /**
     * The rules in force on {@code day}: the saved version with the greatest effective date on or
     * before it; before any (or without any) the district's template rules, else the defaults.
     */
    public AssessmentRules rulesInForce(LocalDate day) {
        return book().inForce(day);
    }

    /** Every saved version, newest effective date first (empty while the template or defaults apply). */
    public List<AssessmentRules> rulesHistory() {
        return repository.rules();
    }

    /**
     * Saves a new version (versions are never edited); refused when its findings are not empty, the
     * reason is blank, or its version name or effective date is taken. Audited with the reason.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveRules(AssessmentRules rules, String reason) throws RefusedException {
        if (rules == null) {
            throw new RefusedException(Text.of("assessment.rules.missing"), "rules");
        }
        Findings.refuse(rules.findings());
        String why = reason(reason);
        for (AssessmentRules saved : repository.rules()) {
            if (saved.version().equals(rules.version().strip())) {
                throw new RefusedException(Text.of("assessment.rules.versionTaken", saved.version()), "version");
            }
            if (saved.effectiveFrom().equals(rules.effectiveFrom())) {
                throw new RefusedException(
                        Text.of("assessment.rules.dateTaken", rules.effectiveFrom(), saved.version()), "effectiveFrom");
            }
        }
        store(rules, why);
    }

    /**
     * Installs {@code rules} (a seed template's) if the district has saved none; start-up seeding
     * only: no role but the system may call it. True if installed.
     */
    @Allowed({})
    public boolean installRulesIfAbsent(AssessmentRules rules, String reason) {
        if (!repository.rules().isEmpty()) {
            return false;
        }
        store(rules, reason);
        return true;
    }

    private void store(AssessmentRules rules, String reason) {
        AssessmentRules clean = new AssessmentRules(
                rules.version().strip(),
                rules.effectiveFrom(),
                rules.periodStartDay(),
                rules.denominator(),
                rules.basicWeight(),
                rules.weightResponse(),
                rules.weightResolution(),
                rules.weightSatisfaction(),
                rules.minValidVisits(),
                rules.exclusionKinds());
        repository.addRules(clean, actor(), clock.now(), reason);
        changes.record(ConfigArea.ASSESSMENT_RULES, summary(clean), reason);
    }

    /** "考核规则版本“v2”自2026-01-19起：…" — what the audit shows. */
    static String summary(AssessmentRules r) {
        return "考核规则版本“" + r.version() + "”自" + r.effectiveFrom() + "起："
                + (r.periodStartDay() == 1 ? "自然月" : "每月" + r.periodStartDay() + "日起")
                + "，分母" + (r.denominator() == Denominator.VALID_VISITS ? "有效回访" : "全部回访")
                + "，基本满意权重" + r.basicWeight().toPlainString()
                + "，综合权重" + r.weightResponse().toPlainString() + "/"
                + r.weightResolution().toPlainString()
                + "/" + r.weightSatisfaction().toPlainString()
                + "，最少有效回访" + r.minValidVisits()
                + "，不计入情形" + r.exclusionKinds().size() + "项";
    }

    // ---- periods -----------------------------------------------------------------------------------

    /** The latest complete period: the one before the period containing today (the dashboard's headline). */
    public Period latestPeriod() {
        return book().latestComplete(today());
    }

    /** The period containing today, still running (counts only). */
    public Period runningPeriod() {
        return book().running(today());
    }

    /** The period named by {@code month} (the month it ends in), cut by the rules in force then. */
    public Period period(YearMonth month) {
        return book().periodOf(month.atDay(1));
    }

    /** The period before {@code period} (what a headline is compared with). */
    public Period periodBefore(Period period) {
        return book().periodOf(period.start().minusDays(1));
    }

    // ---- figures -----------------------------------------------------------------------------------

    /**
     * Where this district's figures, drill-downs and their exports read from now (DD040): the primary,
     * or its shard's standby with the replay lag, or the primary and why not the standby.
     */
    public ReadSource readSource() {
        return standbys.source(district.require());
    }

    /**
     * The residents' public board (issue 13): a period's district rates and its street ranking —
     * counts and rates only, never a case — for the district's resident channel as well as its staff.
     */
    @StandbyRead
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public Board board(Period period) {
        return new Board(period, district(period), figures(Dimension.STREET, period));
    }

    /** The running period for the public board (the resident channel may ask which it is). */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF, CallerRole.RESIDENT_CHANNEL})
    public Period boardPeriod(boolean running) {
        return running ? runningPeriod() : latestPeriod();
    }

    /** A period's district rates and street ranking, as the public board shows them. */
    public record Board(Period period, Rates district, List<Ranking.Row> streets) {}

    /** The whole district's rates in {@code period}. */
    @StandbyRead
    public Rates district(Period period) {
        RulesBook book = book();
        VisitCounts total = repository.daily(null, null, period.start(), period.end()).values().stream()
                .reduce(VisitCounts.NONE, VisitCounts::plus);
        return total.rates(book.rulesFor(period));
    }

    /** One row per street / unit / area / category with visits in {@code period}, ranked, with names. */
    @StandbyRead
    public List<Ranking.Row> figures(Dimension dimension, Period period) {
        return figuresUnder(book().rulesFor(period), dimension, period);
    }

    /**
     * The same under {@code rules} instead of the rules in force for the period — how a draft of the
     * rules would rate and rank (a what-if, issue 16). Nothing is saved.
     */
    public List<Ranking.Row> figuresUnder(AssessmentRules rules, Dimension dimension, Period period) {
        Map<String, VisitCounts> counts = repository.counts(dimension, period.start(), period.end());
        ResultNames.Names named = dimension == Dimension.STREET || dimension == Dimension.UNIT
                ? names.on(period.end().minusDays(1))
                : null;
        List<Ranking.Entry> entries = new ArrayList<>();
        counts.forEach((key, c) -> entries.add(new Ranking.Entry(key, name(dimension, key, named), c.rates(rules))));
        return Ranking.rank(entries);
    }

    private static String name(Dimension dimension, String key, ResultNames.Names named) {
        return switch (dimension) {
            case STREET -> named.street(key);
            case UNIT -> {
                int slash = key.indexOf('/');
                String street = key.substring(0, slash);
                String unit = key.substring(slash + 1);
                yield named.street(street) + " " + named.unit(street, unit.isEmpty() ? null : unit);
            }
            case AREA, CATEGORY -> key;
        };
    }

    /**
     * The rates of one street / unit / area / category ({@code key} null: the district) in each of the
     * {@code periods} periods ending with the latest complete one, oldest first, each under its own rules.
     */
    @StandbyRead
    public List<TrendPoint> trend(Dimension dimension, String key, int periods) {
        if (periods < 1 || periods > MAX_TREND) {
            throw new IllegalArgumentException("a trend spans 1 to " + MAX_TREND + " periods");
        }
        if (key != null && dimension == null) {
            throw new IllegalArgumentException("a key needs its dimension");
        }
        RulesBook book = book();
        List<Period> span = book.ending(book.latestComplete(today()), periods);
        Map<LocalDate, VisitCounts> daily = repository.daily(
                dimension, key, span.get(0).start(), span.get(span.size() - 1).end());
        List<TrendPoint> trend = new ArrayList<>();
        for (Period p : span) {
            VisitCounts sum = daily.entrySet().stream()
                    .filter(e -> p.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .reduce(VisitCounts.NONE, VisitCounts::plus);
            trend.add(new TrendPoint(p, sum.rates(book.rulesFor(p))));
        }
        return trend;
    }

    /**
     * Every matter received in {@code period} with a done return visit, of one street / unit / area /
     * category ({@code key} null: the district), each flagged counted or not under the period's rules;
     * the counted rows are exactly the denominator of the same figure.
     */
    @StandbyRead
    public List<CountedMatter> drillDown(Dimension dimension, String key, Period period) {
        return drillDownUnder(book().rulesFor(period), dimension, key, period);
    }

    /** The same under {@code rules} instead of the rules in force for the period (a what-if, issue 16). */
    public List<CountedMatter> drillDownUnder(AssessmentRules rules, Dimension dimension, String key, Period period) {
        if (key != null && dimension == null) {
            throw new IllegalArgumentException("a key needs its dimension");
        }
        ResultNames.Names named = names.on(period.end().minusDays(1));
        return repository.matters(dimension, key, period.start(), period.end(), rules.denominator()).stream()
                .map(m -> m.named(
                        named.street(m.street()),
                        named.unit(m.street(), m.leadUnit()),
                        m.exclusionKind() == null ? null : kindName(rules, m.exclusionKind())))
                .toList();
    }

    private static String kindName(AssessmentRules rules, String code) {
        return rules.exclusionKinds().stream()
                .filter(k -> k.code().equals(code))
                .map(ExclusionKind::name)
                .findFirst()
                .orElse(code);
    }

    // ---- baseline ----------------------------------------------------------------------------------

    /** The district's pre-reform rates, if entered. */
    public Optional<Baseline> baseline() {
        return repository.baseline();
    }

    /** Enters or replaces the pre-reform baseline; audited with the reason. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveBaseline(Baseline baseline, String reason) throws RefusedException {
        if (baseline == null) {
            throw new RefusedException(Text.of("assessment.baseline.missing"), "baseline");
        }
        Findings.refuse(baseline.findings());
        String why = reason(reason);
        repository.saveBaseline(baseline, actor(), clock.now());
        changes.record(
                ConfigArea.BASELINE,
                "改革前基线“" + baseline.label() + "”：响应率" + Rates.percent(baseline.response()) + "，解决率"
                        + Rates.percent(baseline.resolution()) + "，满意率" + Rates.percent(baseline.satisfaction()),
                why);
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private RulesBook book() {
        return new RulesBook(repository.rules(), fallback());
    }

    private AssessmentRules fallback() {
        if (templates != null && templates.isResolvable()) {
            Optional<AssessmentRules> template =
                    templates.get().rules(district.require().value());
            if (template.isPresent()) {
                return template.get();
            }
        }
        return AssessmentRules.defaults(DEFAULTS_FROM);
    }

    private static String reason(String reason) throws RefusedException {
        if (reason == null || reason.isBlank()) {
            throw new RefusedException(Text.of("assessment.reason.missing"), "reason");
        }
        if (reason.strip().length() > 1000) {
            throw new RefusedException(Text.of("assessment.reason.tooLong"), "reason");
        }
        return reason.strip();
    }

    private String actor() {
        return caller.get().map(Caller::name).orElse("system");
    }

    private LocalDate today() {
        return clock.now().toLocalDate();
    }
}
