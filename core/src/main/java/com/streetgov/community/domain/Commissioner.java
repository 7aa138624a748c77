package com.streetgov.community.domain;

import java.time.LocalDate;

/** A community commissioner (社区专员): a section-level cadre posted to a community. */
public record Commissioner(String id, String name, String community, LocalDate since) {}
