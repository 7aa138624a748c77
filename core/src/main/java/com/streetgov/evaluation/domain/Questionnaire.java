package com.streetgov.evaluation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire of a district: for staff, residents, residents' delegates (co-governance projects) or
 * streets (rating district departments); its questions are what indicator items link to.
 */
public record Questionnaire(String code, String title, Audience audience, List<Question> questions) {

    public enum Audience {
        STAFF,
        RESIDENT,
        DELEGATE,
        STREET
    }

    public Questionnaire {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(audience, "audience");
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }
}
