/**
 * Enforcement powers ({@link com.streetgov.enforcement.domain.EnforcementPower}) with their documented
 * coding rule ({@link com.streetgov.enforcement.domain.PowerCode}). Pure values.
 */
package com.streetgov.enforcement.domain;
