package com.streetgov.evaluation.domain;

import java.time.LocalDateTime;

/**
 * A link that answers a questionnaire once without login, as stored: the SHA-256 of its secret, the
 * questionnaire (of a version), the street it is for (null: the whole district), its batch, when it was
 * issued and — once used — answered.
 */
public record SurveyLink(
        String tokenHash,
        String version,
        String questionnaire,
        String street,
        String batch,
        LocalDateTime issuedAt,
        LocalDateTime answeredAt) {

    public boolean used() {
        return answeredAt != null;
    }
}
