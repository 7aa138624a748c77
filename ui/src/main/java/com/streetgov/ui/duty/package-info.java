/**
 * Screens for duty lists: the list itself (lazy, filterable, editable, .xlsx import/export), the
 * coverage report linking to offending items, and the admission register with its workflow and
 * working-day calendar. Rules live in core's duty feature; these screens only call its services.
 */
package com.streetgov.ui.duty;
