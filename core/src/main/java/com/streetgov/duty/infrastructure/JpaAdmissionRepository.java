package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.AdmissionRepository;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.tenancy.TenantScoped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdmissionRepository implements AdmissionRepository {

    /** Xicheng's published rule, used until a district sets its own. */
    static final AdmissionPolicy DEFAULT_POLICY = new AdmissionPolicy(30, 15);

    @Inject
    @TenantScoped
    EntityManager current;

    @Override
    public List<AdmissionEntry> findAll() {
        current.joinTransaction();
        return current.createQuery(
                        "select a from AdmissionRecord a order by a.appliedOn desc, a.code", AdmissionRecord.class)
                .getResultStream()
                .map(AdmissionRecord::toEntry)
                .toList();
    }

    @Override
    public Optional<AdmissionEntry> find(String code) {
        current.joinTransaction();
        return Optional.ofNullable(current.find(AdmissionRecord.class, code)).map(AdmissionRecord::toEntry);
    }

    @Override
    public void save(AdmissionEntry entry, String by) {
        current.joinTransaction();
        current.merge(new AdmissionRecord(entry, by));
        current.flush();
    }

    @Override
    public AdmissionPolicy policy() {
        current.joinTransaction();
        return Optional.ofNullable(current.find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION))
                .map(DutySettingsRecord::toPolicy)
                .orElse(DEFAULT_POLICY);
    }

    @Override
    public void savePolicy(AdmissionPolicy policy) {
        settings().update(policy);
        current.flush();
    }

    @Override
    public boolean streetsMayRedivide() {
        current.joinTransaction();
        return Optional.ofNullable(current.find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION))
                .map(DutySettingsRecord::streetsMayRedivide)
                .orElse(false);
    }

    @Override
    public void allowStreetRedivision(boolean allowed) {
        settings().allowRedivision(allowed);
        current.flush();
    }

    /** The district's settings row, created with the default policy if it has none yet. */
    private DutySettingsRecord settings() {
        current.joinTransaction();
        DutySettingsRecord settings = current.find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION);
        if (settings == null) {
            settings = new DutySettingsRecord(DEFAULT_POLICY);
            current.persist(settings);
        }
        return settings;
    }

    @Override
    public List<CalendarDay> calendarDays() {
        current.joinTransaction();
        return current.createQuery("select c from CalendarDayRecord c order by c.day", CalendarDayRecord.class)
                .getResultStream()
                .map(CalendarDayRecord::toDay)
                .toList();
    }

    @Override
    public void saveDay(CalendarDay day) {
        current.joinTransaction();
        current.merge(new CalendarDayRecord(day));
        current.flush();
    }

    @Override
    public void deleteDay(LocalDate day) {
        current.joinTransaction();
        Optional.ofNullable(current.find(CalendarDayRecord.class, day)).ifPresent(current::remove);
        current.flush();
    }
}
