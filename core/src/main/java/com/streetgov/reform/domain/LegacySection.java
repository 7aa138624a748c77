package com.streetgov.reform.domain;

/** A pre-reform section (科室) or plaque (牌子). */
public record LegacySection(String code, String name, boolean plaque, boolean tbc) {}
