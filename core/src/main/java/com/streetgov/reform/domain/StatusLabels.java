package com.streetgov.reform.domain;

/** The Chinese names of version states, used in messages. */
public final class StatusLabels {

    private StatusLabels() {}

    public static String of(VersionStatus status) {
        return switch (status) {
            case DRAFT -> "“草稿”";
            case SUBMITTED -> "“已提交”";
            case FILED -> "“已备案”";
            case EFFECTIVE -> "“已生效”";
            case SUPERSEDED -> "“已被取代”";
        };
    }
}
