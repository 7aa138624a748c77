package com.streetgov.duty.domain;

import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A district department's application to push a new task down to streets or communities, and its path:
 * APPLIED → REVIEWED (joint review) → APPROVED or REJECTED (district government decision) → ADMITTED
 * from its effective date, later perhaps REVOKED. Only an admitted task becomes a duty item; a street
 * may refuse any task that was never admitted.
 *
 * <p>Invariants: the requested effective date gives at least the policy's notice in working days; the
 * decision is due the policy's number of working days after the application.
 */
public record AdmissionApplication(
        String code,
        String task,
        String department,
        DutyLevel targetLevel,
        LocalDate appliedOn,
        LocalDate requestedEffectiveFrom,
        LocalDate decisionDue,
        Status status,
        Optional<LocalDate> revokedOn) {

    public enum Status {
        APPLIED,
        REVIEWED,
        APPROVED,
        REJECTED,
        ADMITTED,
        REVOKED;

        /** The state's name, in the reader's language. */
        public Text label() {
            String key = "duty.admissionStatus." + name();
            return Text.of(key);
        }
    }

    public static AdmissionApplication apply(
            String code,
            String task,
            String department,
            DutyLevel target,
            LocalDate appliedOn,
            LocalDate requestedEffectiveFrom,
            AdmissionPolicy policy,
            WorkingDayCalendar calendar)
            throws RefusedException {
        LocalDate earliest = calendar.plusWorkingDays(appliedOn, policy.noticeWorkingDays());
        if (requestedEffectiveFrom.isBefore(earliest)) {
            throw new RefusedException("duty.admission.tooLate", task, policy.noticeWorkingDays(), earliest);
        }
        return new AdmissionApplication(
                code,
                task,
                department,
                target,
                appliedOn,
                requestedEffectiveFrom,
                calendar.plusWorkingDays(appliedOn, policy.decisionWorkingDays()),
                Status.APPLIED,
                Optional.empty());
    }

    public AdmissionApplication review() throws RefusedException {
        return move(Status.APPLIED, Status.REVIEWED);
    }

    public AdmissionApplication decide(boolean approved) throws RefusedException {
        return move(Status.REVIEWED, approved ? Status.APPROVED : Status.REJECTED);
    }

    public AdmissionApplication admit() throws RefusedException {
        return move(Status.APPROVED, Status.ADMITTED);
    }

    public AdmissionApplication revoke(LocalDate on) throws RefusedException {
        AdmissionApplication revoked = move(Status.ADMITTED, Status.REVOKED);
        return new AdmissionApplication(
                code,
                task,
                department,
                targetLevel,
                appliedOn,
                requestedEffectiveFrom,
                decisionDue,
                revoked.status,
                Optional.of(on));
    }

    /** Whether the decision is late on {@code today}: still undecided after its due date. */
    public boolean decisionOverdue(LocalDate today) {
        return (status == Status.APPLIED || status == Status.REVIEWED) && today.isAfter(decisionDue);
    }

    /** Whether the task binds the target level on {@code date}. */
    public boolean inForceOn(LocalDate date) {
        boolean admitted = status == Status.ADMITTED || status == Status.REVOKED;
        return admitted
                && !date.isBefore(requestedEffectiveFrom)
                && revokedOn.map(date::isBefore).orElse(true);
    }

    /** The duty item an admitted task becomes, from its effective date until it is revoked. */
    public DutyItem toDutyItem(String area, List<String> leadUnits) {
        return new DutyItem(
                code,
                task,
                area,
                targetLevel,
                DutyRole.LEAD,
                leadUnits,
                List.of(),
                null,
                department,
                requestedEffectiveFrom,
                revokedOn.orElse(null),
                List.of(),
                false,
                null,
                null);
    }

    private AdmissionApplication move(Status from, Status to) throws RefusedException {
        if (status != from) {
            throw new RefusedException("duty.admission.cannotMove", task, status.label(), to.label());
        }
        return new AdmissionApplication(
                code, task, department, targetLevel, appliedOn, requestedEffectiveFrom, decisionDue, to, revokedOn);
    }
}
