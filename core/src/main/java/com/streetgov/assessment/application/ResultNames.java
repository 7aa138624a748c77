package com.streetgov.assessment.application;

import com.streetgov.matter.application.RoutingContexts;
import com.streetgov.reform.domain.ReformModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Names for the keys of figures, from the district's reform model as routing holds it (cached per
 * district, DD014): street codes → names, and a street's unit codes → names in its layout in force on
 * a day (what matters were routed to), falling back to the layout in force today for a unit the day's
 * layout lacks. Serves {@link ResultsService}; no operation of its own.
 */
@ApplicationScoped
public class ResultNames {

    /** Names of one district's streets and units. */
    public record Names(Map<String, String> streets, Map<String, String> units) {

        public String street(String code) {
            return streets.getOrDefault(code, code);
        }

        /** The name of unit {@code unit} of {@code street}, or the code where the layout does not know it. */
        public String unit(String street, String unit) {
            if (unit == null) {
                return "未指定单位";
            }
            return units.getOrDefault(street + "/" + unit, unit);
        }
    }

    @Inject
    RoutingContexts contexts;

    /** Street and unit names of the current district, units as laid out on {@code day} (then today). */
    public Names on(LocalDate day) {
        ReformModel model;
        try {
            model = contexts.current().model();
        } catch (IllegalStateException noModel) {
            return new Names(Map.of(), Map.of());
        }
        Map<String, String> streets = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        LocalDate today = LocalDate.now(com.streetgov.matter.application.MatterClock.ZONE);
        model.streets().forEach(s -> {
            streets.put(s.code(), s.name());
            model.unitsOf(s.code(), today).forEach(u -> units.put(s.code() + "/" + u.code(), u.name()));
            model.unitsOf(s.code(), day).forEach(u -> units.put(s.code() + "/" + u.code(), u.name()));
        });
        return new Names(streets, units);
    }
}
