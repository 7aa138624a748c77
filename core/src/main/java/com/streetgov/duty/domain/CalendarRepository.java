package com.streetgov.duty.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The current district's working-day calendar: its special days (holidays, weekend days worked
 * instead), one a date, from which {@link WorkingDayCalendar} counts deadlines in working days.
 */
public interface CalendarRepository {

    /** The district's special days, in date order. */
    List<CalendarDay> calendarDays();

    /** Inserts or replaces the entry for {@code day.day()}. */
    void saveDay(CalendarDay day);

    void deleteDay(LocalDate day);

    default WorkingDayCalendar calendar() {
        return CalendarDay.calendarOf(calendarDays());
    }
}
