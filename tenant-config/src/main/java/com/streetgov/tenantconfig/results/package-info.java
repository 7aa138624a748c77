/**
 * Results in tenant configuration: the seed templates' assessment rules
 * ({@code templates/<id>.rules.json}, read by {@link com.streetgov.tenantconfig.format.RulesFile}) and
 * the drill-down of a figure as .xlsx, the same rows the screen lists.
 */
package com.streetgov.tenantconfig.results;
