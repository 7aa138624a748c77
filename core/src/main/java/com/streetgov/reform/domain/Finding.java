package com.streetgov.reform.domain;

import com.streetgov.text.Text;

/**
 * One result of validating a reform model: which rule, how serious, where (a JSON pointer into the
 * model's file form, e.g. {@code /versions/1/units/3}) and what, as a {@link Text} rendered in the
 * reader's language.
 */
public record Finding(Severity severity, String rule, String path, Text message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * An error saying {@code message}; the validator builds each with {@code Text.of} and a
     * {@code reform.finding.*} key at the rule, where the bundles test checks the key.
     */
    static Finding error(String rule, String path, Text message) {
        return new Finding(Severity.ERROR, rule, path, message);
    }

    /** A warning saying {@code message} (a thing to be confirmed). */
    static Finding warning(String rule, String path, Text message) {
        return new Finding(Severity.WARNING, rule, path, message);
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + path + ": " + message.inDefaultLanguage();
    }
}
