package com.streetgov.ui.assessment;

import com.streetgov.assessment.domain.ExclusionKind;
import java.util.List;

/** Helpers shared by the exclusion screens. */
final class Exclusions {

    private Exclusions() {}

    /** The kind's name under the rules in force, or its code when they no longer name it. */
    static String kindName(List<ExclusionKind> kinds, String code) {
        return kinds.stream()
                .filter(k -> k.code().equals(code))
                .map(ExclusionKind::name)
                .findFirst()
                .orElse(code);
    }
}
