package com.streetgov.duty.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** A configured calendar day: a holiday ({@code working} false) or a weekend day worked (调休). */
public record CalendarDay(LocalDate day, boolean working, String name) {

    public static WorkingDayCalendar calendarOf(List<CalendarDay> days) {
        return new WorkingDayCalendar(
                days.stream().filter(d -> !d.working()).map(CalendarDay::day).collect(Collectors.toSet()),
                days.stream().filter(CalendarDay::working).map(CalendarDay::day).collect(Collectors.toSet()));
    }
}
