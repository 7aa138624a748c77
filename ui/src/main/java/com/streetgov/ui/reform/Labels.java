package com.streetgov.ui.reform;

import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.VersionLevel;

/** How model elements read on screen. */
final class Labels {

    private Labels() {}

    static String status(ModelVersion v) {
        return Texts.t("reform.status." + v.status().name());
    }

    static String level(ModelVersion v) {
        return Texts.t("reform.level." + v.level().name());
    }

    static String scope(ReformModel model, ModelVersion v) {
        if (v.level() == VersionLevel.STREET) {
            return model.street(v.street()).map(s -> s.name()).orElse(v.street());
        }
        if (v.allStreets()) {
            return Texts.t(
                    "reform.scope.allStreets", String.valueOf(model.streets().size()));
        }
        return String.join(
                "、",
                v.scope().stream()
                        .map(code -> model.street(code).map(s -> s.name()).orElse(code))
                        .toList());
    }

    static String kind(ReformModel model, Unit unit) {
        return model.terminology().getOrDefault(unit.kind(), unit.kind().name());
    }

    static String beforeAfter(ModelVersion v) {
        return Texts.t(
                "reform.beforeAfter",
                String.valueOf(v.legacySections().size()),
                String.valueOf(v.units().size()));
    }
}
