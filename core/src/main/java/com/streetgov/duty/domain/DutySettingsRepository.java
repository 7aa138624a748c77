package com.streetgov.duty.domain;

/**
 * The current district's duty-list settings, one row a district: the admission policy and whether
 * streets may re-divide duties. Reading never creates the row; a district without one reads the
 * defaults (Xicheng's policy, no re-division).
 */
public interface DutySettingsRepository {

    /** The district's policy; Xicheng's (30 days' notice, 15 days to decide) until one is set. */
    AdmissionPolicy policy();

    void savePolicy(AdmissionPolicy policy);

    /** Whether streets may re-divide duties among their units (a district setting; default no). */
    boolean streetsMayRedivide();

    void allowStreetRedivision(boolean allowed);
}
