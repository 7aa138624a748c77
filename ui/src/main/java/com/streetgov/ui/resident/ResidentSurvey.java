package com.streetgov.ui.resident;

import com.streetgov.evaluation.application.SurveyService;
import com.streetgov.evaluation.domain.Question;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.text.RefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A questionnaire answered through its link, no login (issue 14, DD035): {@code /r/<district>/q/<link>}
 * shows the questions (Likert 1–5, single and multiple choice, free text), the post takes the answers
 * once and thanks; a used, guessed, altered or another district's link gets the same 404 page. The
 * answers are stored without the link.
 */
@ApplicationScoped
class ResidentSurvey {

    @Inject
    SurveyService surveys;

    void show(DistrictSummary district, String link, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SurveyService.Form> form = surveys.open(link);
        if (form.isEmpty()) {
            ResidentPages.notFound(request, response);
            return;
        }
        render(district, form.get(), Map.of(), request, response, 200, List.of());
    }

    void answer(DistrictSummary district, String link, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SurveyService.Form> form = surveys.open(link);
        if (form.isEmpty()) {
            ResidentPages.notFound(request, response);
            return;
        }
        Map<String, List<String>> answers = new HashMap<>();
        for (Question q : form.get().questionnaire().questions()) {
            String[] given = request.getParameterValues("q." + q.code());
            answers.put(q.code(), given == null ? List.of() : Arrays.asList(given));
        }
        try {
            surveys.answer(link, answers);
        } catch (RefusedException refused) {
            String said = refused.text().render(ResidentPages.LANGUAGES.get(ResidentPages.language(request)));
            render(district, form.get(), answers, request, response, 422, List.of(said));
            return;
        }
        ResidentPages.render(
                request,
                response,
                200,
                "answered",
                Map.of(
                        "districtName",
                        district.name(),
                        "title",
                        form.get().questionnaire().title()));
    }

    private static void render(
            DistrictSummary district,
            SurveyService.Form form,
            Map<String, List<String>> given,
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            List<String> problems)
            throws IOException {
        List<Map<String, Object>> questions = new ArrayList<>();
        int n = 0;
        for (Question q : form.questionnaire().questions()) {
            List<String> mine = given.getOrDefault(q.code(), List.of());
            Map<String, Object> scope = new HashMap<>();
            scope.put("n", ++n);
            scope.put("code", q.code());
            scope.put("text", q.text());
            scope.put("likert", q.kind() == Question.Kind.LIKERT);
            scope.put("single", q.kind() == Question.Kind.SINGLE);
            scope.put("multiple", q.kind() == Question.Kind.MULTIPLE);
            scope.put("free", q.kind() == Question.Kind.TEXT);
            scope.put("required", q.scores());
            scope.put("written", q.kind() == Question.Kind.TEXT && !mine.isEmpty() ? mine.get(0) : "");
            List<Map<String, Object>> options = new ArrayList<>();
            if (q.kind() == Question.Kind.LIKERT) {
                for (int v = 1; v <= 5; v++) {
                    String value = String.valueOf(v);
                    options.add(Map.of("value", value, "label", value, "checked", mine.contains(value)));
                }
            } else {
                for (Question.Option o : q.options()) {
                    options.add(Map.of("value", o.code(), "label", o.text(), "checked", mine.contains(o.code())));
                }
            }
            scope.put("options", options);
            questions.add(scope);
        }
        Map<String, Object> scope = new HashMap<>();
        scope.put("districtName", district.name());
        scope.put("title", form.questionnaire().title());
        scope.put("street", form.streetName() == null ? "" : form.streetName());
        scope.put("questions", questions);
        scope.put("problems", problems);
        scope.put("survey", true);
        ResidentPages.render(request, response, status, "survey", scope);
    }
}
