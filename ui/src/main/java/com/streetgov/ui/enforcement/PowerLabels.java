package com.streetgov.ui.enforcement;

import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import com.vaadin.flow.component.UI;

/** Translated names of the enforcement enums, in the current UI's language. */
final class PowerLabels {

    private PowerLabels() {}

    static String domain(PowerDomain domain) {
        return t("power.domain." + domain.name());
    }

    static String type(PowerType type) {
        return t("power.type." + type.name());
    }

    static String handover(HandoverMode mode) {
        return t("power.handover." + mode.name());
    }

    static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
