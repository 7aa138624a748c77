package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.duty.domain.CalendarRepository;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The district's special days in table {@code calendar_day}, one row a date. */
@ApplicationScoped
public class JpaCalendarRepository extends TenantRepository implements CalendarRepository {

    @Override
    public List<CalendarDay> calendarDays() {
        return em().createQuery("select c from CalendarDayRecord c order by c.day", CalendarDayRecord.class)
                .getResultStream()
                .map(CalendarDayRecord::toDay)
                .toList();
    }

    @Override
    public void saveDay(CalendarDay day) {
        em().merge(new CalendarDayRecord(day));
        em().flush();
    }

    @Override
    public void deleteDay(LocalDate day) {
        Optional.ofNullable(em().find(CalendarDayRecord.class, day)).ifPresent(em()::remove);
        em().flush();
    }
}
