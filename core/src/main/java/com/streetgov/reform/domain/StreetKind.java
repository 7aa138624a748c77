package com.streetgov.reform.domain;

/** Urban streets and agriculture-related (涉农) streets may be held to different unit counts. */
public enum StreetKind {
    URBAN,
    AGRICULTURE_RELATED
}
