package com.streetgov.duty.infrastructure;

import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.AdmissionRepository;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAdmissionRepository extends TenantRepository implements AdmissionRepository {

    /** Xicheng's published rule, used until a district sets its own. */
    static final AdmissionPolicy DEFAULT_POLICY = new AdmissionPolicy(30, 15);

    @Override
    public List<AdmissionEntry> findAll() {
        return em().createQuery(
                        "select a from AdmissionRecord a order by a.appliedOn desc, a.code", AdmissionRecord.class)
                .getResultStream()
                .map(AdmissionRecord::toEntry)
                .toList();
    }

    @Override
    public Optional<AdmissionEntry> find(String code) {
        return Optional.ofNullable(em().find(AdmissionRecord.class, code)).map(AdmissionRecord::toEntry);
    }

    @Override
    public void save(AdmissionEntry entry, String by) {
        em().merge(new AdmissionRecord(entry, by));
        em().flush();
    }

    @Override
    public AdmissionPolicy policy() {
        return Optional.ofNullable(em().find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION))
                .map(DutySettingsRecord::toPolicy)
                .orElse(DEFAULT_POLICY);
    }

    @Override
    public void savePolicy(AdmissionPolicy policy) {
        settings().update(policy);
        em().flush();
    }

    @Override
    public boolean streetsMayRedivide() {
        return Optional.ofNullable(em().find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION))
                .map(DutySettingsRecord::streetsMayRedivide)
                .orElse(false);
    }

    @Override
    public void allowStreetRedivision(boolean allowed) {
        settings().allowRedivision(allowed);
        em().flush();
    }

    /** The district's settings row, created with the default policy if it has none yet. */
    private DutySettingsRecord settings() {
        DutySettingsRecord settings = em().find(DutySettingsRecord.class, DutySettingsRecord.ADMISSION);
        if (settings == null) {
            settings = new DutySettingsRecord(DEFAULT_POLICY);
            em().persist(settings);
        }
        return settings;
    }

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
