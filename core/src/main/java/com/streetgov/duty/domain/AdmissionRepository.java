package com.streetgov.duty.domain;

import java.util.List;
import java.util.Optional;

/**
 * The current district's admission register and its duty-list settings: the admission policy, the
 * working-day calendar and whether streets may re-divide duties.
 */
public interface AdmissionRepository {

    List<AdmissionEntry> findAll();

    Optional<AdmissionEntry> find(String code);

    /** Inserts or updates an entry, recording who changed it. */
    void save(AdmissionEntry entry, String by);

    /** The district's policy; Xicheng's (30 days' notice, 15 days to decide) until one is set. */
    AdmissionPolicy policy();

    void savePolicy(AdmissionPolicy policy);

    /** Whether streets may re-divide duties among their units (a district setting; default no). */
    boolean streetsMayRedivide();

    void allowStreetRedivision(boolean allowed);

    List<CalendarDay> calendarDays();

    void saveDay(CalendarDay day);

    void deleteDay(java.time.LocalDate day);

    default WorkingDayCalendar calendar() {
        return CalendarDay.calendarOf(calendarDays());
    }
}
