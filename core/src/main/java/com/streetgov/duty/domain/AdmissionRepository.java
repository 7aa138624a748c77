package com.streetgov.duty.domain;

import java.util.List;
import java.util.Optional;

/**
 * The current district's admission register (准入申请), newest application first. The policy that
 * sets its deadlines is in {@link DutySettingsRepository}, the working days it counts in
 * {@link CalendarRepository}.
 */
public interface AdmissionRepository {

    List<AdmissionEntry> findAll();

    Optional<AdmissionEntry> find(String code);

    /** Inserts or updates an entry, recording who changed it. */
    void save(AdmissionEntry entry, String by);
}
