package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The units a duty item may name: those of any street's layout in force today, code to name. */
final class DutyUnits {

    private DutyUnits() {}

    static Map<String, String> of(DutyListService service) {
        Map<String, String> units = new LinkedHashMap<>();
        LocalDate today = LocalDate.now();
        service.streets().forEach(street -> service.layout(street.code(), today)
                .forEach(unit -> units.putIfAbsent(unit.code(), unit.name())));
        return units;
    }

    static String names(Map<String, String> units, List<String> codes) {
        return codes.stream().map(c -> units.getOrDefault(c, c)).collect(Collectors.joining("、"));
    }
}
