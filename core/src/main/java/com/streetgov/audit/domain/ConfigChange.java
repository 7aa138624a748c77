package com.streetgov.audit.domain;

import com.streetgov.text.Text;
import java.time.OffsetDateTime;

/**
 * One change of a district's configuration: who, when, which area, what (a summary, rendered in the
 * reader's language) and why (the person's own words, if given).
 */
public record ConfigChange(OffsetDateTime at, String actor, ConfigArea area, Text summary, String reason) {}
