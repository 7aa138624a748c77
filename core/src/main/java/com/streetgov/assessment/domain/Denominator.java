package com.streetgov.assessment.domain;

/**
 * What the rates divide by: the valid return visits (有效回访, the default), or all visits made, in
 * which case an invalid visit counts as not contacted, not resolved and not satisfied.
 */
public enum Denominator {
    VALID_VISITS,
    ALL_VISITS
}
