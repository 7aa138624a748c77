package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.Baseline;
import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.AssessorEntry;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationRepository;
import com.streetgov.evaluation.domain.FigureSource;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.ItemValue;
import com.streetgov.evaluation.domain.RoundRepository;
import com.streetgov.evaluation.domain.Scorecard;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.Caller;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.tenancy.CurrentCaller;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Assessment rounds (DD035): a round names its periods and indicator version; its report scores the
 * district and every street — each item's value from its source (system figure, answers given in the
 * round's periods, assessor's score), each group and the total as weighted means — beside the previous
 * round's totals, and the district's 响应率, 解决率 and 满意率 beside the pre-reform baseline where one
 * is saved. Assessors' scores are entered with a reason and audited. Streets are the reform
 * model's street codes, the keys the figures and answers carry ({@link ResultNames}).
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class AssessmentService {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    @Inject
    RoundRepository rounds;

    @Inject
    EvaluationRepository models;

    @Inject
    ResultNames names;

    @Inject
    RoundScoring scoring;

    @Inject
    ResultsService results;

    @Inject
    FigureSource figures;

    @Inject
    ConfigChanges changes;

    @Inject
    CurrentCaller caller;

    @Inject
    MatterClock clock;

    /** One subject's scorecard in a round, and its total in the previous round (null if none). */
    public record SubjectCard(String subject, String name, Scorecard card, BigDecimal previousTotal) {}

    /**
     * A round's report: the district first, then the streets by total, best first; the district's rates
     * beside the pre-reform baseline when one is saved.
     */
    public record Report(
            AssessmentRound round,
            EvaluationModel model,
            List<SubjectCard> subjects,
            Optional<BaselineComparison> baseline) {}

    /** The pre-reform baseline ({@code label}, {@code source}) and the round's district rates beside it. */
    public record BaselineComparison(String label, String source, List<RateRow> rates) {}

    /**
     * One rate before the reform and in the round, as percentages (0–100; null where the baseline gives
     * none, or the round has no figure); {@code explanation} says how the round's was counted or why
     * there is none (null when nothing was counted).
     */
    public record RateRow(Measure measure, BigDecimal baseline, BigDecimal round, Text explanation) {}

    /** The rates a baseline gives, in the order reports show them. */
    static final List<Measure> BASELINE_RATES =
            List.of(Measure.RESPONSE_RATE, Measure.RESOLUTION_RATE, Measure.SATISFACTION_RATE);

    public List<AssessmentRound> rounds() {
        return rounds.rounds();
    }

    /** Opens a round over the periods {@code first} to {@code last} with {@code version}. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AssessmentRound open(String code, String name, YearMonth first, YearMonth last, String version)
            throws RefusedException {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            throw new RefusedException(Text.of("evaluation.round.code"), "code");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RefusedException(Text.of("evaluation.round.name"), "name");
        }
        if (first == null || last == null || first.isAfter(last)) {
            throw new RefusedException(Text.of("evaluation.round.periods"), "first");
        }
        if (last.isAfter(results.runningPeriod().month())) {
            throw new RefusedException(Text.of("evaluation.round.future", last), "last");
        }
        if (models.find(version).isEmpty()) {
            throw new RefusedException(Text.of("evaluation.version.notFound", version), "version");
        }
        if (rounds.round(code.strip()).isPresent()) {
            throw new RefusedException(Text.of("evaluation.round.taken", code.strip()), "code");
        }
        AssessmentRound round =
                new AssessmentRound(code.strip(), name.strip(), first, last, version, actor(), clock.now());
        rounds.save(round);
        changes.record(
                ConfigArea.EVALUATION,
                Text.of("evaluation.audit.round", round.code(), round.first(), round.last(), version));
        return round;
    }

    /** The round's report, or empty when there is no such round. */
    public Optional<Report> report(String code) {
        Optional<AssessmentRound> found = rounds.round(code);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AssessmentRound round = found.get();
        EvaluationModel model = models.find(round.version()).orElseThrow();
        Optional<AssessmentRound> previous = rounds.rounds().stream()
                .filter(r -> r.last().isBefore(round.first()))
                .findFirst();
        RoundScoring.Cards now = scoring.cards(round, model);
        RoundScoring.Cards before = previous.map(
                        p -> scoring.cards(p, models.find(p.version()).orElseThrow()))
                .orElse(null);
        List<SubjectCard> cards = new ArrayList<>();
        cards.add(card(AssessmentRound.DISTRICT, null, now, before));
        List<SubjectCard> streetCards = new ArrayList<>();
        for (Map.Entry<String, String> s : streets().entrySet()) {
            streetCards.add(card(s.getKey(), s.getValue(), now, before));
        }
        streetCards.sort(Comparator.comparing(
                        (SubjectCard c) -> c.card().total(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(SubjectCard::subject));
        cards.addAll(streetCards);
        return Optional.of(new Report(round, model, cards, results.baseline().map(b -> compare(b, round))));
    }

    private BaselineComparison compare(Baseline baseline, AssessmentRound round) {
        List<BigDecimal> before = // the baseline may lack some rates (nulls)
                Arrays.asList(
                        percent(baseline.response()), percent(baseline.resolution()), percent(baseline.satisfaction()));
        List<RateRow> rows = new ArrayList<>();
        for (int i = 0; i < BASELINE_RATES.size(); i++) {
            Optional<FigureSource.Figure> now =
                    Optional.ofNullable(figures.figures(BASELINE_RATES.get(i), round.first(), round.last())
                            .get(AssessmentRound.DISTRICT));
            rows.add(new RateRow(
                    BASELINE_RATES.get(i),
                    before.get(i),
                    now.map(FigureSource.Figure::value).orElse(null),
                    now.map(FigureSource.Figure::explanation).orElse(null)));
        }
        return new BaselineComparison(baseline.label(), baseline.source(), rows);
    }

    private static BigDecimal percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2);
    }

    /**
     * Enters an assessor's score of an item fed by assessors, for a street or the district ({@code *}),
     * with a reason; replaces an earlier score of the same item and subject. Audited.
     */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void score(String round, String subject, String indicator, BigDecimal score, String reason)
            throws RefusedException {
        AssessmentRound r = rounds.round(round)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.round.notFound", round), "round"));
        EvaluationModel model = models.find(r.version()).orElseThrow();
        Indicator item = model.system()
                .find(indicator)
                .filter(i -> i.isItem() && i.source() instanceof IndicatorSource.AssessorScore)
                .orElseThrow(
                        () -> new RefusedException(Text.of("evaluation.score.notAssessed", indicator), "indicator"));
        if (!AssessmentRound.DISTRICT.equals(subject) && !streets().containsKey(subject)) {
            throw new RefusedException(Text.of("evaluation.street.notFound", subject), "subject");
        }
        ItemValue.ofAssessor(indicator, score, actor(), reason); // refuses a score out of range or no reason
        rounds.saveScore(round, new AssessorEntry(subject, indicator, score, reason.strip(), actor(), clock.now()));
        changes.record(
                ConfigArea.EVALUATION,
                Text.of("evaluation.audit.score", round, subject, item.name(), score.toPlainString()),
                reason.strip());
    }

    private static SubjectCard card(String subject, String name, RoundScoring.Cards now, RoundScoring.Cards before) {
        Scorecard previous = before == null ? null : before.of(subject);
        return new SubjectCard(subject, name, now.of(subject), previous == null ? null : previous.total());
    }

    /** The district's streets today: code → name. */
    private Map<String, String> streets() {
        return names.on(clock.now().toLocalDate()).streets();
    }

    private String actor() {
        return caller.get().map(Caller::name).orElse("system");
    }
}
