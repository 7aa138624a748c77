package com.streetgov.evaluation.domain;

import java.util.Objects;

/** A question of a questionnaire, by their codes: {@code resident-2021/Q3}. */
public record QuestionRef(String questionnaire, String question) {

    public QuestionRef {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(question, "question");
    }

    /** Reads {@code questionnaire/question}. */
    public static QuestionRef parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw new IllegalArgumentException("a question link is written questionnaire/question: " + text);
        }
        return new QuestionRef(
                text.substring(0, slash).strip(), text.substring(slash + 1).strip());
    }

    @Override
    public String toString() {
        return questionnaire + "/" + question;
    }
}
