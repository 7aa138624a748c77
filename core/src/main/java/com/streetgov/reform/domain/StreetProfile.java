package com.streetgov.reform.domain;

/**
 * A street as the reform model sees it. Numbers are null when unknown; {@code tbc} marks a street the
 * sources do not name.
 */
public record StreetProfile(
        String code,
        String name,
        StreetKind kind,
        String zone,
        Integer population,
        Double areaKm2,
        Integer communities,
        boolean tbc) {}
