/**
 * The evaluation's model, free of storage: {@link com.streetgov.evaluation.domain.IndicatorSystem}
 * (aggregate root: a version of a district's indicator tree), its
 * {@link com.streetgov.evaluation.domain.Indicator} nodes and their sources, the
 * {@link com.streetgov.evaluation.domain.Questionnaire}s items link to, the
 * {@link com.streetgov.evaluation.domain.IndicatorValidator} and the
 * {@link com.streetgov.evaluation.domain.Scorecard}. Invariants are in the feature's package-info.
 */
package com.streetgov.evaluation.domain;
