/**
 * The rules and the arithmetic of assessment: {@link com.streetgov.assessment.domain.AssessmentRules},
 * {@link com.streetgov.assessment.domain.Period}, {@link com.streetgov.assessment.domain.VisitCounts}
 * → {@link com.streetgov.assessment.domain.Rates}, and {@link com.streetgov.assessment.domain.Ranking}.
 * Pure Java, unit-tested on hand-made cases.
 */
package com.streetgov.assessment.domain;
