/**
 * The duty-list domain: {@link com.streetgov.duty.domain.DutyItem}, a street's re-division of lead
 * units ({@link com.streetgov.duty.domain.StreetAssignment}), {@link
 * com.streetgov.duty.domain.Coverage} of a street's layout on a date, and the {@link
 * com.streetgov.duty.domain.WorkingDayCalendar} that admission clocks run on. Pure values.
 */
package com.streetgov.duty.domain;
