/**
 * The reform-model domain. {@link com.streetgov.reform.domain.ReformModel} is the aggregate: the
 * district's streets, its rules and its versions (district-level models and per-street plans), each
 * with units, legacy sections, the crosswalk between them and dispatched agencies.
 * {@link com.streetgov.reform.domain.ModelValidator} evaluates the district's rules and reports every
 * finding with what and where, as a text rendered in the reader's language. Pure values: no
 * persistence, UI or file format here.
 */
package com.streetgov.reform.domain;
