/**
 * What-if runs (issue 16, DD037): the matters of a past period routed again under a draft — a reform
 * model version, a duty list about to be imported — beside where the configuration in force sends them
 * today, and the effect per street and unit. Pure: a run reads nothing and writes nothing; every
 * figure of a {@link com.streetgov.whatif.domain.WhatIfReport} is a count of the matters it lists.
 */
package com.streetgov.whatif.domain;
