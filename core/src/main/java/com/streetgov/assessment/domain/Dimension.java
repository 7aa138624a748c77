package com.streetgov.assessment.domain;

/**
 * What figures are broken down by: the street, the unit in charge (a street's own unit, keyed
 * "street/unit"), the duty area of the matter's duty item, or the matter's category.
 */
public enum Dimension {
    STREET,
    UNIT,
    AREA,
    CATEGORY
}
