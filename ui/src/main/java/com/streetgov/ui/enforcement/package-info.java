/**
 * Screens for the enforcement catalog: powers (lazy, filterable, .xlsx import/export), each street's
 * team with seconded staff and appointment consultations, and the coverage check.
 */
package com.streetgov.ui.enforcement;
