package com.streetgov.tenantconfig.enforcement;

import com.streetgov.enforcement.domain.EnforcementPower;
import com.streetgov.enforcement.domain.HandoverMode;
import com.streetgov.enforcement.domain.PowerCode;
import com.streetgov.enforcement.domain.PowerDomain;
import com.streetgov.enforcement.domain.PowerType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Beijing's 2020 delegation of enforcement powers to streets, at its published size: 431 powers — city
 * management 393, water 22, health 11, ecology 4, agriculture 1 (domain.md). The sources give the
 * counts, not the powers, so every power here is generated and says so; a district imports its real
 * catalog over it. The sources date the delegation to 2020 but give no day: {@link #EFFECTIVE} is
 * 2020-01-01 standing for "in 2020", to be confirmed.
 */
public final class BeijingDelegation {

    public static final Map<PowerDomain, Integer> COUNTS = counts();
    public static final LocalDate EFFECTIVE = LocalDate.of(2020, 1, 1);

    private static Map<PowerDomain, Integer> counts() {
        Map<PowerDomain, Integer> counts = new LinkedHashMap<>();
        counts.put(PowerDomain.CITY_MANAGEMENT, 393);
        counts.put(PowerDomain.WATER, 22);
        counts.put(PowerDomain.HEALTH, 11);
        counts.put(PowerDomain.ECOLOGY, 4);
        counts.put(PowerDomain.AGRICULTURE, 1);
        return Map.copyOf(counts);
    }

    private BeijingDelegation() {}

    public static List<EnforcementPower> powers() {
        List<EnforcementPower> powers = new ArrayList<>();
        for (PowerDomain domain : List.of(
                PowerDomain.CITY_MANAGEMENT,
                PowerDomain.WATER,
                PowerDomain.HEALTH,
                PowerDomain.ECOLOGY,
                PowerDomain.AGRICULTURE)) {
            for (int i = 1; i <= COUNTS.get(domain); i++) {
                PowerType type = i % 10 == 0
                        ? PowerType.COERCIVE_MEASURE
                        : i % 4 == 0 ? PowerType.INSPECTION : PowerType.PENALTY;
                powers.add(new EnforcementPower(
                        PowerCode.of(domain, type, i),
                        "【生成】" + domain.label() + type.label() + "职权" + i,
                        type,
                        domain,
                        null,
                        null,
                        "区" + domain.label() + "部门",
                        HandoverMode.HANDED_OVER,
                        null,
                        EFFECTIVE,
                        true));
            }
        }
        return powers;
    }
}
