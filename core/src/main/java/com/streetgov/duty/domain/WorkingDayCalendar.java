package com.streetgov.duty.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, less the district's configured holidays, plus the weekend days it
 * declares working days (调休). Admission clocks (Xicheng: 30 working days' notice, a 15-working-day
 * decision) count on it.
 */
public record WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> workingWeekendDays) {

    public WorkingDayCalendar {
        holidays = Set.copyOf(holidays);
        workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend || workingWeekendDays.contains(date);
    }

    /** The date {@code workingDays} working days after {@code start} (start itself not counted). */
    public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = start;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }
}
