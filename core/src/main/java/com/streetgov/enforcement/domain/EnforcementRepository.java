package com.streetgov.enforcement.domain;

import java.util.List;
import java.util.Optional;

/** The current district's enforcement catalog and its streets' teams. */
public interface EnforcementRepository {

    List<EnforcementPower> findAll();

    List<EnforcementPower> page(PowerQuery query, int offset, int limit);

    int count(PowerQuery query);

    Optional<EnforcementPower> find(String code);

    void save(EnforcementPower power);

    /** Replaces the whole catalog (an import is all or nothing). */
    default void replaceAll(List<EnforcementPower> all) {
        replaceAll(all, written -> {});
    }

    /** As {@link #replaceAll(List)}, telling {@code progress} how many rows are written so far. */
    void replaceAll(List<EnforcementPower> all, java.util.function.IntConsumer progress);

    List<EnforcementTeam> teams();

    void saveTeam(EnforcementTeam team);

    List<SecondedStaff> staff(String street);

    void addStaff(SecondedStaff staff);

    List<AppointmentConsultation> consultations(String street);

    void addConsultation(AppointmentConsultation consultation);
}
