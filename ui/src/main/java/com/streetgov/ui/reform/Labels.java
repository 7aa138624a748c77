package com.streetgov.ui.reform;

import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.StatusLabels;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.VersionLevel;

/** How model elements read on screen. */
final class Labels {

    private Labels() {}

    static String status(ModelVersion v) {
        return StatusLabels.of(v.status()).replace("“", "").replace("”", "");
    }

    static String level(ModelVersion v) {
        return v.level() == VersionLevel.DISTRICT ? "区级方案" : "街道方案";
    }

    static String scope(ReformModel model, ModelVersion v) {
        if (v.level() == VersionLevel.STREET) {
            return model.street(v.street()).map(s -> s.name()).orElse(v.street());
        }
        if (v.allStreets()) {
            return "全部街道（" + model.streets().size() + "个）";
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
        return "原科室（牌子）" + v.legacySections().size() + "个 → 新单位" + v.units().size() + "个";
    }
}
