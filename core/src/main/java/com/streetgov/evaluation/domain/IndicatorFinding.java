package com.streetgov.evaluation.domain;

import com.streetgov.text.Text;

/** One result of validating an indicator system: how serious, which node (its code) and what. */
public record IndicatorFinding(Severity severity, String code, Text message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    static IndicatorFinding error(String code, String key, Object... args) {
        return new IndicatorFinding(Severity.ERROR, code, Text.of(key, args));
    }

    static IndicatorFinding warning(String code, String key, Object... args) {
        return new IndicatorFinding(Severity.WARNING, code, Text.of(key, args));
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + message.inDefaultLanguage();
    }
}
