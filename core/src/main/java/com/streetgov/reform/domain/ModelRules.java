package com.streetgov.reform.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a district sets for its model, evaluated on every change and before submit and filing.
 *
 * @param lockedKinds street plans may not change the number or names of units of these kinds
 * @param streetPlanDeadlineDays street plans are due this many days after the district model takes
 *     effect; null means no deadline
 * @param establishmentTotals per-street ceilings by staff type; absent means no ceiling
 */
public record ModelRules(
        Set<UnitKind> allowedUnitKinds,
        List<UnitCountLimit> unitCountLimits,
        Set<UnitKind> lockedKinds,
        Integer streetPlanDeadlineDays,
        Map<StaffType, Integer> establishmentTotals) {

    public ModelRules {
        allowedUnitKinds = Set.copyOf(allowedUnitKinds);
        unitCountLimits = List.copyOf(unitCountLimits);
        lockedKinds = Set.copyOf(lockedKinds);
        establishmentTotals = Map.copyOf(establishmentTotals);
    }
}
