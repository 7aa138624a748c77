/**
 * The evaluation's use cases: saving indicator system versions (validated, audited, never edited),
 * issuing questionnaire links and taking answers through them once without login, and assessment
 * rounds that score each street and the district from system figures, answers and assessors' scores.
 */
package com.streetgov.evaluation.application;
