package com.streetgov.duty.domain;

import com.streetgov.reform.domain.Unit;
import com.streetgov.text.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a street's duty list covers its layout on a date: every active item must have exactly one lead
 * unit that exists in the layout (else a gap or a double lead, the 推诿扯皮 case), and every unit should
 * lead or assist on something. Only street-level items count (community forces have their own lists).
 * Counts by the street's role and by area.
 */
public record Coverage(
        List<Problem> problems, Map<DutyRole, Integer> byRole, Map<String, Integer> byArea, int activeItems) {

    /** One coverage problem, naming the item and the units, said in the reader's language. */
    public record Problem(Kind kind, String itemCode, List<String> units, Text message) {
        public enum Kind {
            GAP,
            DOUBLE_LEAD,
            UNKNOWN_UNIT,
            IDLE_UNIT
        }
    }

    public static Coverage of(
            String street,
            LocalDate date,
            List<Unit> layout,
            List<DutyItem> items,
            List<StreetAssignment> assignments) {
        Map<String, String> unitNames = new LinkedHashMap<>();
        layout.forEach(u -> unitNames.put(u.code(), u.name()));
        List<Problem> problems = new ArrayList<>();
        Map<DutyRole, Integer> byRole = new EnumMap<>(DutyRole.class);
        Map<String, Integer> byArea = new LinkedHashMap<>();
        Set<String> busy = new HashSet<>();
        int active = 0;
        for (DutyItem item : items) {
            if (!item.activeOn(date) || item.level() != DutyLevel.STREET) {
                continue;
            }
            active++;
            byRole.merge(item.streetRole(), 1, Integer::sum);
            byArea.merge(item.area(), 1, Integer::sum);
            List<String> leads = assignments.stream()
                    .filter(a -> a.street().equals(street) && a.itemCode().equals(item.code()))
                    .map(StreetAssignment::leadUnits)
                    .reduce((first, second) -> second)
                    .orElse(item.leadUnits());
            Text what = Text.of("duty.coverage.item", item.name(), item.code());
            for (String unit : concat(leads, item.assistingUnits())) {
                if (!unitNames.containsKey(unit)) {
                    problems.add(new Problem(
                            Problem.Kind.UNKNOWN_UNIT,
                            item.code(),
                            List.of(unit),
                            Text.of("duty.coverage.unknownUnit", what, unit)));
                }
                busy.add(unit);
            }
            List<String> known = leads.stream().filter(unitNames::containsKey).toList();
            if (known.isEmpty()) {
                problems.add(
                        new Problem(Problem.Kind.GAP, item.code(), List.of(), Text.of("duty.coverage.noLead", what)));
            } else if (known.size() > 1) {
                problems.add(new Problem(
                        Problem.Kind.DOUBLE_LEAD,
                        item.code(),
                        known,
                        Text.of(
                                "duty.coverage.doubleLead",
                                what,
                                known.size(),
                                String.join(
                                        "、", known.stream().map(unitNames::get).toList()))));
            }
        }
        unitNames.forEach((code, name) -> {
            if (!busy.contains(code)) {
                problems.add(new Problem(
                        Problem.Kind.IDLE_UNIT, null, List.of(code), Text.of("duty.coverage.idleUnit", name)));
            }
        });
        return new Coverage(List.copyOf(problems), Map.copyOf(byRole), Map.copyOf(byArea), active);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
