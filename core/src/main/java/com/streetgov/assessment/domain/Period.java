package com.streetgov.assessment.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An assessment period, named by the month it ends in: with a start day of 1 the calendar month;
 * with a start day d > 1 (Beijing's 19th to 18th) the period "2026-11" runs from 19 October to 18
 * November inclusive. {@code end} is exclusive.
 */
public record Period(YearMonth month, LocalDate start, LocalDate end) {

    public Period {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a period must end after it starts");
        }
    }

    /** The period named by {@code month} under a start day. */
    public static Period of(YearMonth month, int startDay) {
        requireStartDay(startDay);
        if (startDay == 1) {
            return new Period(month, month.atDay(1), month.plusMonths(1).atDay(1));
        }
        return new Period(month, month.minusMonths(1).atDay(startDay), month.atDay(startDay));
    }

    /** The period a day belongs to under a start day. */
    public static Period containing(LocalDate day, int startDay) {
        requireStartDay(startDay);
        YearMonth month = YearMonth.from(day);
        if (startDay > 1 && day.getDayOfMonth() >= startDay) {
            month = month.plusMonths(1);
        }
        return of(month, startDay);
    }

    /** The {@code count} periods ending with this one, oldest first. */
    public List<Period> lastPeriods(int count, int startDay) {
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            periods.add(of(month.minusMonths(i), startDay));
        }
        Collections.reverse(periods);
        return periods;
    }

    public Period previous(int startDay) {
        return of(month.minusMonths(1), startDay);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** "2026-11". */
    public String label() {
        return month.toString();
    }

    private static void requireStartDay(int startDay) {
        if (startDay < 1 || startDay > 28) {
            throw new IllegalArgumentException("a period's start day is 1 to 28");
        }
    }
}
