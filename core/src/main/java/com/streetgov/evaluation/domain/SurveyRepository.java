package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current district's questionnaire links and the anonymous answers given through them. */
public interface SurveyRepository {

    void issue(List<SurveyLink> links);

    Optional<SurveyLink> link(String tokenHash);

    /** Marks the link used; false when it already was (so two answers through one link cannot both count). */
    boolean markAnswered(String tokenHash, LocalDate on);

    void save(SurveyResponse response);

    /** One answer to one question: the response it belongs to, its street and day, and the answer. */
    record Answer(String response, String street, LocalDate answeredOn, String question, List<String> answer) {}

    /** The answers to a version's questionnaire given from {@code from} to {@code to} inclusive. */
    List<Answer> answers(String version, String questionnaire, LocalDate from, LocalDate to);

    /** Links issued and answered, per questionnaire and street (null: the whole district). */
    record Progress(String questionnaire, String street, long issued, long answered) {}

    List<Progress> progress(String version);
}
