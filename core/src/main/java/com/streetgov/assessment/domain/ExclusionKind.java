package com.streetgov.assessment.domain;

/**
 * A kind of matter that does not count (Beijing's regulation, Art. 11), as a district names it: e.g.
 * {@code EMERGENCY} 紧急事项转110/119/120.
 */
public record ExclusionKind(String code, String name) {}
