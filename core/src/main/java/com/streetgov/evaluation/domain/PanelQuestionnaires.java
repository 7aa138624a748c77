package com.streetgov.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two questionnaires generated from district data rather than written by hand (issue 14 item 5):
 * streets rating the district departments (one Likert question per department, in the catalog's
 * order) and residents' delegates scoring the co-governance projects (one Likert question per project,
 * coded by the project's code). Both end with an optional free-text question. Their rankings are
 * {@link QuestionRanking}'s.
 */
public final class PanelQuestionnaires {

    /** The code of the free-text question both questionnaires end with. */
    public static final String COMMENT = "comment";

    private PanelQuestionnaires() {}

    /** A questionnaire for streets with one question per department name ({@code D01}, {@code D02} …). */
    public static Questionnaire departmentRating(String code, String title, List<String> departments, String comment) {
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < departments.size(); i++) {
            questions.add(new Question("D%02d".formatted(i + 1), Question.Kind.LIKERT, departments.get(i), List.of()));
        }
        return withComment(code, title, Questionnaire.Audience.STREET, questions, comment);
    }

    /**
     * A questionnaire for residents' delegates with one question per project, its text the project's
     * name and its street's name.
     */
    public static Questionnaire projectScoring(
            String code, String title, List<Project> projects, Map<String, String> streetNames, String comment) {
        List<Question> questions = projects.stream()
                .map(p -> new Question(
                        p.code(),
                        Question.Kind.LIKERT,
                        p.name() + " · " + streetNames.getOrDefault(p.street(), p.street()),
                        List.of()))
                .toList();
        return withComment(code, title, Questionnaire.Audience.DELEGATE, questions, comment);
    }

    private static Questionnaire withComment(
            String code, String title, Questionnaire.Audience audience, List<Question> questions, String comment) {
        List<Question> all = new ArrayList<>(questions);
        if (comment != null && !comment.isBlank()) {
            all.add(new Question(COMMENT, Question.Kind.TEXT, comment.strip(), List.of()));
        }
        return new Questionnaire(code, title, audience, all);
    }
}
