package com.streetgov.reform.domain;

/**
 * One result of validating a reform model: which rule, how serious, where (a JSON pointer into the
 * model's file form, e.g. {@code /versions/1/units/3}) and what, in Chinese.
 */
public record Finding(Severity severity, String rule, String path, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    static Finding error(String rule, String path, String message) {
        return new Finding(Severity.ERROR, rule, path, message);
    }

    static Finding warning(String rule, String path, String message) {
        return new Finding(Severity.WARNING, rule, path, message);
    }

    @Override
    public String toString() {
        return severity + " " + rule + " " + path + ": " + message;
    }
}
