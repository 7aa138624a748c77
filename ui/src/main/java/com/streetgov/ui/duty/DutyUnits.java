package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Unit names for the duty screens: the units in force today (from the service) and code lists as names. */
final class DutyUnits {

    private DutyUnits() {}

    static Map<String, String> of(DutyListService service) {
        return service.unitsInForce(LocalDate.now());
    }

    static String names(Map<String, String> units, List<String> codes) {
        return codes.stream().map(c -> units.getOrDefault(c, c)).collect(Collectors.joining("、"));
    }
}
