package com.streetgov.assessment.domain;

/** One period of a trend: the period and its rates under the rules in force for it. */
public record TrendPoint(Period period, Rates rates) {}
