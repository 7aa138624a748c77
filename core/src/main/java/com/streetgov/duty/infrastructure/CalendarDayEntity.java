package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.tenancy.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A configured holiday or worked weekend day of a district (tenant-owned). */
@Entity
@Table(name = "calendar_day")
class CalendarDayEntity extends TenantOwnedEntity {

    @Id
    @Column(name = "day")
    private LocalDate day;

    @Column(name = "working", nullable = false)
    private boolean working;

    @Column(name = "name", nullable = false)
    private String name;

    protected CalendarDayEntity() {}

    CalendarDayEntity(CalendarDay d) {
        day = d.day();
        working = d.working();
        name = d.name();
    }

    CalendarDay toDay() {
        return new CalendarDay(day, working, name);
    }
}
