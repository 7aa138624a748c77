package com.streetgov.evaluation.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A link that answers a questionnaire once without login, as stored: the SHA-256 of its secret, the
 * questionnaire (of a version), the street it is for (null: the whole district), its batch, when it was
 * issued and — once used — the day it was answered (the day only, so it cannot be matched with an
 * anonymous response by its time). A link issued to a residents' delegate names the delegate (null
 * otherwise): it shows who has voted, never how, since a response does not name its link.
 */
public record SurveyLink(
        String tokenHash,
        String version,
        String questionnaire,
        String street,
        String batch,
        LocalDateTime issuedAt,
        LocalDate answeredOn,
        String delegate) {

    public boolean used() {
        return answeredOn != null;
    }
}
