package com.streetgov.ui.duty;

import com.streetgov.duty.domain.AdmissionApplication;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.vaadin.flow.component.UI;

/** Translated names of the duty enums, in the current UI's language. */
final class DutyLabels {

    private DutyLabels() {}

    static String level(DutyLevel level) {
        return t("duty.level." + level.name());
    }

    static String role(DutyRole role) {
        return t("duty.role." + role.name());
    }

    static String movement(Movement movement) {
        return t("duty.movement." + movement.name());
    }

    static String status(AdmissionApplication.Status status) {
        return t("admission.status." + status.name());
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
