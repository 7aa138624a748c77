package com.streetgov.audit.domain;

import java.time.OffsetDateTime;

/** One change of a district's configuration: who, when, which area, what (summary) and why (reason, if given). */
public record ConfigChange(OffsetDateTime at, String actor, ConfigArea area, String summary, String reason) {}
