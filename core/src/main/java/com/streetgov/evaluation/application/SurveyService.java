package com.streetgov.evaluation.application;

import com.streetgov.assessment.application.ResultNames;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.EvaluationRepository;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.evaluation.domain.QuestionRanking;
import com.streetgov.evaluation.domain.Questionnaire;
import com.streetgov.evaluation.domain.SurveyLink;
import com.streetgov.evaluation.domain.SurveyRepository;
import com.streetgov.evaluation.domain.SurveyResponse;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.open311.domain.Secret;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Questionnaires answered without login: links issued in batches (256-bit secrets {@code q_…}, only
 * their SHA-256 kept, shown once to be printed), the form behind a link, answers taken once per link
 * and stored without the link, and how many links of each questionnaire and street were answered.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed(CallerRole.DISTRICT_ADMIN)
public class SurveyService {

    /** The most links one batch issues (Xicheng asked 2,017 residents). */
    public static final int MAX_BATCH = 5000;
    /** The longest free-text answer kept. */
    public static final int MAX_TEXT = 1000;

    static final String PREFIX = "q";
    /** Before any answer could have been given. */
    private static final java.time.LocalDate EVER = java.time.LocalDate.of(2000, 1, 1);

    @Inject
    EvaluationRepository models;

    @Inject
    SurveyRepository surveys;

    @Inject
    ResultNames names;

    @Inject
    MatterClock clock;

    /** What a link opens: the questionnaire and the street it is for (null: the district). */
    public record Form(Questionnaire questionnaire, String street, String streetName) {}

    /**
     * Issues {@code count} links to {@code questionnaire} of {@code version} for {@code street} (null:
     * the whole district); returns the secrets, which are not kept and cannot be shown again.
     */
    public List<String> issue(String version, String questionnaire, String street, int count) throws RefusedException {
        EvaluationModel model = models.find(version)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.version.notFound", version), "version"));
        if (model.questionnaire(questionnaire).isEmpty()) {
            throw new RefusedException(Text.of("evaluation.questionnaire.notFound", questionnaire), "questionnaire");
        }
        if (street != null && !streets().containsKey(street)) {
            throw new RefusedException(Text.of("evaluation.street.notFound", street), "street");
        }
        if (count < 1 || count > MAX_BATCH) {
            throw new RefusedException(Text.of("evaluation.links.count", MAX_BATCH), "count");
        }
        String batch = UUID.randomUUID().toString();
        LocalDateTime now = clock.now();
        List<String> secrets = new ArrayList<>(count);
        List<SurveyLink> links = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String secret = Secret.generate(PREFIX);
            secrets.add(secret);
            links.add(new SurveyLink(Secret.hash(secret), version, questionnaire, street, batch, now, null, null));
        }
        surveys.issue(links);
        return secrets;
    }

    /** Links issued and answered per questionnaire and street. */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public List<SurveyRepository.Progress> progress(String version) {
        return surveys.progress(version);
    }

    /**
     * {@code questionnaire}'s scoring questions ranked by their answers' mean score, over all answers given
     * to it (for {@code street} only, when given) — the ranking of departments rated by streets, or of
     * projects scored by residents' delegates.
     */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
    public List<QuestionRanking.Row> ranking(String version, String questionnaire, String street)
            throws RefusedException {
        EvaluationModel model = models.find(version)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.version.notFound", version), "version"));
        Questionnaire form = model.questionnaire(questionnaire)
                .orElseThrow(() -> new RefusedException(
                        Text.of("evaluation.questionnaire.notFound", questionnaire), "questionnaire"));
        List<SurveyRepository.Answer> answers =
                surveys.answers(version, questionnaire, EVER, clock.now().toLocalDate());
        return QuestionRanking.rank(
                form,
                street == null
                        ? answers
                        : answers.stream()
                                .filter(a -> street.equals(a.street()))
                                .toList());
    }

    /** The form behind an unused link of this district; empty for anything else (guessed, used, altered). */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.RESIDENT_CHANNEL})
    public Optional<Form> open(String secret) {
        return usable(secret).flatMap(this::form);
    }

    /**
     * Takes the answers through the link once: every scoring question answered with a Likert value 1–5
     * or options it offers, free text at most {@link #MAX_TEXT} characters. A used link is refused.
     */
    @Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.RESIDENT_CHANNEL})
    public void answer(String secret, Map<String, List<String>> answers) throws RefusedException {
        SurveyLink link = usable(secret).orElseThrow(() -> new RefusedException(Text.of("evaluation.link.unusable")));
        Questionnaire questionnaire = form(link)
                .orElseThrow(() -> new RefusedException(Text.of("evaluation.link.unusable")))
                .questionnaire();
        Map<String, List<String>> clean = new HashMap<>();
        for (Question q : questionnaire.questions()) {
            List<String> given = answers.getOrDefault(q.code(), List.of()).stream()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            check(q, given);
            if (!given.isEmpty()) {
                clean.put(q.code(), given);
            }
        }
        LocalDateTime now = clock.now();
        if (!surveys.markAnswered(link.tokenHash(), now.toLocalDate())) {
            throw new RefusedException(Text.of("evaluation.link.unusable"));
        }
        surveys.save(new SurveyResponse(
                UUID.randomUUID().toString(),
                link.version(),
                link.questionnaire(),
                link.street(),
                now.toLocalDate(),
                clean));
    }

    private static void check(Question q, List<String> given) throws RefusedException {
        String field = "answer." + q.code();
        if (given.isEmpty()) {
            if (q.scores()) {
                throw new RefusedException(Text.of("evaluation.answer.missing", q.text()), field);
            }
            return;
        }
        switch (q.kind()) {
            case LIKERT -> {
                if (given.size() != 1 || !given.get(0).matches("[1-5]")) {
                    throw new RefusedException(Text.of("evaluation.answer.likert", q.text()), field);
                }
            }
            case SINGLE, MULTIPLE -> {
                boolean offered = given.stream().allMatch(a -> q.option(a).isPresent());
                boolean distinct = given.stream().distinct().count() == given.size();
                if (!offered || !distinct || (q.kind() == Question.Kind.SINGLE && given.size() != 1)) {
                    throw new RefusedException(Text.of("evaluation.answer.option", q.text()), field);
                }
            }
            case TEXT -> {
                if (given.size() != 1 || given.get(0).length() > MAX_TEXT) {
                    throw new RefusedException(Text.of("evaluation.answer.tooLong", q.text(), MAX_TEXT), field);
                }
                if (given.get(0)
                        .chars()
                        .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                    throw new RefusedException(Text.of("evaluation.answer.control", q.text()), field);
                }
            }
        }
    }

    private Optional<SurveyLink> usable(String secret) {
        if (!Secret.looksLikeOne(secret) || !secret.startsWith(PREFIX + "_")) {
            return Optional.empty();
        }
        return surveys.link(Secret.hash(secret)).filter(l -> !l.used());
    }

    private Optional<Form> form(SurveyLink link) {
        return models.find(link.version())
                .flatMap(m -> m.questionnaire(link.questionnaire()))
                .map(q -> new Form(
                        q,
                        link.street(),
                        link.street() == null ? null : streets().getOrDefault(link.street(), link.street())));
    }

    /** The district's streets today: code → name. */
    private Map<String, String> streets() {
        return names.on(clock.now().toLocalDate()).streets();
    }
}
