package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fills a duty list to a realistic volume beyond what the sources name. Every generated item says so
 * (its {@code generated} flag and a name starting "【生成】"), spreads over the given areas and units,
 * and is reproducible from its seed.
 */
public final class DutyGenerator {

    private DutyGenerator() {}

    public static List<DutyItem> generate(
            String prefix, int count, List<String> areas, List<String> units, long seed, LocalDate from) {
        Random random = new Random(seed);
        DutyRole[] roles = DutyRole.values();
        List<DutyItem> items = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String area = areas.get(random.nextInt(areas.size()));
            String lead = units.get(random.nextInt(units.size()));
            String assist = units.get(random.nextInt(units.size()));
            items.add(new DutyItem(
                    String.format("%s-G%04d", prefix, i),
                    "【生成】" + area + "事项" + i,
                    area,
                    DutyLevel.STREET,
                    roles[random.nextInt(roles.length)],
                    List.of(lead),
                    assist.equals(lead) ? List.of() : List.of(assist),
                    null,
                    null,
                    from,
                    null,
                    List.of(area),
                    true));
        }
        return items;
    }
}
