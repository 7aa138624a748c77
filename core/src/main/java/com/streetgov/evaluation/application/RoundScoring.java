package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.AssessorEntry;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.FigureSource;
import com.streetgov.evaluation.domain.Indicator;
import com.streetgov.evaluation.domain.IndicatorSource.Answers;
import com.streetgov.evaluation.domain.IndicatorSource.Measure;
import com.streetgov.evaluation.domain.IndicatorSource.SystemFigure;
import com.streetgov.evaluation.domain.ItemValue;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRef;
import com.streetgov.evaluation.domain.RoundRepository;
import com.streetgov.evaluation.domain.Scorecard;
import com.streetgov.evaluation.domain.SurveyRepository;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers a round's item values for every subject and scores them: system figures from the
 * {@link FigureSource}, answers given during the round's periods (a street's own; the district's are
 * all), assessors' scores entered in the round.
 */
@ApplicationScoped
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
class RoundScoring {

    @Inject
    FigureSource figures;

    @Inject
    SurveyRepository surveys;

    @Inject
    RoundRepository rounds;

    @Inject
    ResultsService results;

    /** A round's scorecards, by subject. */
    record Cards(EvaluationModel model, Map<String, Map<String, ItemValue>> values) {
        Scorecard of(String subject) {
            return Scorecard.of(model.system(), values.getOrDefault(subject, Map.of()));
        }
    }

    Cards cards(AssessmentRound round, EvaluationModel model) {
        LocalDate from = results.period(round.first()).start();
        LocalDate to = results.period(round.last()).end().minusDays(1);
        Map<String, Map<String, ItemValue>> values = new HashMap<>();
        Map<Measure, Map<String, FigureSource.Figure>> figured = new EnumMap<>(Measure.class);
        Map<String, List<SurveyRepository.Answer>> answered = new HashMap<>();
        for (Indicator item : model.system().items()) {
            if (item.source() instanceof SystemFigure f) {
                figured.computeIfAbsent(f.measure(), m -> figures.figures(m, round.first(), round.last()))
                        .forEach((subject, figure) -> put(
                                values,
                                subject,
                                ItemValue.ofFigure(item.code(), f, figure.value(), figure.explanation())));
            } else if (item.source() instanceof Answers a) {
                answers(item, a, model, from, to, answered, values);
            }
        }
        for (AssessorEntry e : rounds.scores(round.code())) {
            put(
                    values,
                    e.subject(),
                    new ItemValue(
                            e.indicator(),
                            e.score(),
                            ItemValue.Origin.ASSESSOR,
                            Text.of("evaluation.value.assessor", e.assessor(), Text.literal(e.reason()))));
        }
        return new Cards(model, values);
    }

    private void answers(
            Indicator item,
            Answers source,
            EvaluationModel model,
            LocalDate from,
            LocalDate to,
            Map<String, List<SurveyRepository.Answer>> answered,
            Map<String, Map<String, ItemValue>> values) {
        Map<String, List<BigDecimal>> scores = new HashMap<>();
        for (QuestionRef ref : source.questions()) {
            Optional<Question> question =
                    model.questionnaire(ref.questionnaire()).flatMap(q -> q.question(ref.question()));
            if (question.isEmpty()) {
                continue;
            }
            for (SurveyRepository.Answer a : answered.computeIfAbsent(
                    ref.questionnaire(), q -> surveys.answers(model.system().version(), q, from, to))) {
                if (!a.question().equals(ref.question())) {
                    continue;
                }
                Optional<BigDecimal> score = question.get().score(a.answer());
                if (score.isPresent()) {
                    scores.computeIfAbsent(AssessmentRound.DISTRICT, k -> new ArrayList<>())
                            .add(score.get());
                    if (a.street() != null) {
                        scores.computeIfAbsent(a.street(), k -> new ArrayList<>())
                                .add(score.get());
                    }
                }
            }
        }
        scores.forEach((subject, list) -> put(values, subject, ItemValue.ofAnswers(item.code(), list)));
    }

    private static void put(Map<String, Map<String, ItemValue>> values, String subject, ItemValue value) {
        if (value != null) {
            values.computeIfAbsent(subject, s -> new HashMap<>()).put(value.code(), value);
        }
    }
}
