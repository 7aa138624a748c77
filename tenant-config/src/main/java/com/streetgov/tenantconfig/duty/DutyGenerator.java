package com.streetgov.tenantconfig.duty;

import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills a duty list to a realistic volume beyond what the sources name. Every generated item says so
 * (its {@code generated} flag and a name starting "【生成】"), spreads over the given areas and units,
 * and is reproducible from its seed.
 */
public final class DutyGenerator {

    private static final List<DutyRole> CLASSIFIED = List.of(DutyRole.LEAD, DutyRole.COORDINATE, DutyRole.ASSIST);

    /**
     * What to generate: {@code count} items coded {@code prefix-G0001…} at {@code level}; {@code role}
     * null spreads over lead / coordinate / assist; a {@code movement} other than ORIGINAL dates the move
     * {@code movedOn} (a cancelled item ends that day). {@code label} prefixes the item names. Each item
     * takes an area from {@code areas} and its lead unit from that area's candidates (none: no lead, as
     * for community forces), and perhaps one assisting unit from {@code assisting}.
     */
    public record Spec(
            String prefix,
            int count,
            DutyLevel level,
            DutyRole role,
            String label,
            Map<String, List<String>> areas,
            List<String> assisting,
            LocalDate from,
            Movement movement,
            LocalDate movedOn,
            long seed) {}

    private DutyGenerator() {}

    public static List<DutyItem> generate(
            String prefix, int count, List<String> areas, List<String> units, long seed, LocalDate from) {
        Map<String, List<String>> leads = new LinkedHashMap<>();
        areas.forEach(area -> leads.put(area, units));
        return generate(new Spec(
                prefix, count, DutyLevel.STREET, null, null, leads, units, from, Movement.ORIGINAL, null, seed));
    }

    public static List<DutyItem> generate(Spec spec) {
        Random random = new Random(spec.seed());
        List<String> areas = List.copyOf(spec.areas().keySet());
        List<DutyItem> items = new ArrayList<>(spec.count());
        for (int i = 1; i <= spec.count(); i++) {
            String area = areas.get(random.nextInt(areas.size()));
            List<String> leads = spec.areas().get(area);
            List<String> assisting = spec.assisting();
            String lead = leads.isEmpty() ? null : leads.get(random.nextInt(leads.size()));
            String assist =
                    assisting.isEmpty() || lead == null ? null : assisting.get(random.nextInt(assisting.size()));
            DutyRole role = spec.role() != null ? spec.role() : CLASSIFIED.get(random.nextInt(CLASSIFIED.size()));
            String label = spec.label() == null ? area + "事项" : spec.label();
            DutyItem item = new DutyItem(
                    String.format("%s-G%04d", spec.prefix(), i),
                    "【生成】" + label + i,
                    area,
                    spec.level(),
                    role,
                    lead == null ? List.of() : List.of(lead),
                    assist == null || assist.equals(lead) ? List.of() : List.of(assist),
                    null,
                    null,
                    spec.from(),
                    null,
                    List.of(area),
                    true,
                    null,
                    null);
            items.add(spec.movement() == Movement.ORIGINAL ? item : item.moved(spec.movement(), spec.movedOn()));
        }
        return items;
    }
}
