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
        return em().createQuery("select c from CalendarDayEntity c order by c.day", CalendarDayEntity.class)
                .getResultStream()
                .map(CalendarDayEntity::toDay)
                .toList();
    }

    @Override
    public void saveDay(CalendarDay day) {
        em().merge(new CalendarDayEntity(day));
        em().flush();
    }

    @Override
    public void deleteDay(LocalDate day) {
        Optional.ofNullable(em().find(CalendarDayEntity.class, day)).ifPresent(em()::remove);
        em().flush();
    }
}
