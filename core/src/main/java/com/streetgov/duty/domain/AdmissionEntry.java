package com.streetgov.duty.domain;

import java.util.List;

/**
 * An admission application as registered: the application with the area and lead units its
 * department proposes for the duty item it becomes once admitted.
 */
public record AdmissionEntry(AdmissionApplication application, String area, List<String> leadUnits) {

    public AdmissionEntry {
        leadUnits = List.copyOf(leadUnits);
    }

    public String code() {
        return application.code();
    }

    public AdmissionEntry with(AdmissionApplication next) {
        return new AdmissionEntry(next, area, leadUnits);
    }

    public DutyItem toDutyItem() {
        return application.toDutyItem(area, leadUnits);
    }
}
