package com.streetgov.duty.application;

import com.streetgov.audit.application.ConfigChanges;
import com.streetgov.audit.domain.ConfigArea;
import com.streetgov.duty.domain.AdmissionApplication;
import com.streetgov.duty.domain.AdmissionEntry;
import com.streetgov.duty.domain.AdmissionPolicy;
import com.streetgov.duty.domain.AdmissionRegister;
import com.streetgov.duty.domain.AdmissionRepository;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.duty.domain.CalendarRepository;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyListRepository;
import com.streetgov.duty.domain.DutySettingsRepository;
import com.streetgov.duty.domain.Movement;
import com.streetgov.duty.domain.WorkingDayCalendar;
import com.streetgov.tenancy.Allowed;
import com.streetgov.tenancy.CallerRole;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Admission (准入) of tasks a district department wants to push down: apply → joint review → decision →
 * admit (the task becomes a duty item from its effective date) → perhaps revoke, on the district's
 * working-day calendar. Refusals roll the transaction back, so nothing half-done is kept.
 */
@ApplicationScoped
@Transactional(rollbackOn = RefusedException.class)
@Allowed({CallerRole.DISTRICT_ADMIN, CallerRole.STREET_STAFF})
public class AdmissionService {

    @Inject
    ConfigChanges audit;

    @Inject
    AdmissionRepository repository;

    @Inject
    DutySettingsRepository settings;

    @Inject
    CalendarRepository workingDays;

    @Inject
    DutyListRepository dutyList;

    @Inject
    jakarta.enterprise.event.Event<com.streetgov.duty.domain.DutyListChanged> changed;

    @Inject
    com.streetgov.tenancy.CurrentDistrict district;

    public List<AdmissionEntry> register() {
        return repository.findAll();
    }

    public AdmissionPolicy policy() {
        return settings.policy();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void setPolicy(AdmissionPolicy policy) {
        settings.savePolicy(policy);
        audit.record(
                ConfigArea.ADMISSION,
                Text.of("duty.audit.policy", policy.noticeWorkingDays(), policy.decisionWorkingDays()));
    }

    public List<CalendarDay> calendarDays() {
        return workingDays.calendarDays();
    }

    public WorkingDayCalendar calendar() {
        return workingDays.calendar();
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void saveDay(CalendarDay day) {
        workingDays.saveDay(day);
        audit.record(
                ConfigArea.CALENDAR,
                day.working()
                        ? Text.of("duty.audit.workingDay", day.day(), nameOf(day))
                        : Text.of("duty.audit.dayOff", day.day(), nameOf(day)));
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public void deleteDay(LocalDate day) {
        workingDays.deleteDay(day);
        audit.record(ConfigArea.CALENDAR, Text.of("duty.audit.dayDeleted", day));
    }

    /** Registers a new application; its code is numbered within the year of application. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AdmissionEntry apply(
            String task,
            String department,
            DutyLevel target,
            String area,
            List<String> leadUnits,
            LocalDate appliedOn,
            LocalDate effectiveFrom,
            String by)
            throws RefusedException {
        if (task == null || task.isBlank() || department == null || department.isBlank()) {
            throw new RefusedException("duty.admission.incomplete");
        }
        String prefix = "ZR-" + appliedOn.getYear() + "-";
        long taken = repository.findAll().stream()
                .filter(e -> e.code().startsWith(prefix))
                .count();
        AdmissionApplication application = AdmissionApplication.apply(
                prefix + String.format("%03d", taken + 1),
                task.strip(),
                department.strip(),
                target,
                appliedOn,
                effectiveFrom,
                settings.policy(),
                workingDays.calendar());
        AdmissionEntry entry = new AdmissionEntry(application, area, leadUnits);
        repository.save(entry, by);
        return entry;
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AdmissionEntry review(String code, String by) throws RefusedException {
        return move(code, by, a -> a.review());
    }

    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AdmissionEntry decide(String code, boolean approved, String by) throws RefusedException {
        return move(code, by, a -> a.decide(approved));
    }

    /** Admits an approved task: from its effective date it is a duty item that moved down. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AdmissionEntry admit(String code, String by) throws RefusedException {
        AdmissionEntry admitted = move(code, by, AdmissionApplication::admit);
        dutyList.save(admitted.toDutyItem()
                .moved(Movement.MOVED_DOWN, admitted.application().requestedEffectiveFrom()));
        return admitted;
    }

    /** Revokes an admitted task from {@code on}: its duty item ends that day. */
    @Allowed(CallerRole.DISTRICT_ADMIN)
    public AdmissionEntry revoke(String code, LocalDate on, String by) throws RefusedException {
        AdmissionEntry revoked = move(code, by, a -> a.revoke(on));
        dutyList.find(code).ifPresent(item -> dutyList.save(item.moved(Movement.CANCELLED, on)));
        changed.fire(new com.streetgov.duty.domain.DutyListChanged(district.require()));
        return revoked;
    }

    /**
     * Whether a street may refuse {@code task} on {@code on}: it must take on a task on its duty list or
     * admitted and in force; anything else it may refuse (the text says why).
     */
    public Optional<Text> refusal(String task, LocalDate on) {
        String name = task == null ? "" : task.strip();
        boolean listed = dutyList.findAll().stream().anyMatch(i -> i.name().equals(name) && i.activeOn(on));
        if (listed) {
            return Optional.empty();
        }
        return new AdmissionRegister(repository.findAll().stream()
                        .map(AdmissionEntry::application)
                        .toList())
                .refusal(name, on);
    }

    private interface Step {
        AdmissionApplication apply(AdmissionApplication a) throws RefusedException;
    }

    private AdmissionEntry move(String code, String by, Step step) throws RefusedException {
        AdmissionEntry entry =
                repository.find(code).orElseThrow(() -> new RefusedException("duty.admission.notFound", code));
        AdmissionEntry next = entry.with(step.apply(entry.application()));
        repository.save(next, by);
        return next;
    }

    private static String nameOf(CalendarDay day) {
        return day.name() == null ? "" : day.name();
    }
}
