package com.streetgov.reform.domain;

/** A district-level model (what the covered streets follow) or one street's own plan. */
public enum VersionLevel {
    DISTRICT,
    STREET
}
