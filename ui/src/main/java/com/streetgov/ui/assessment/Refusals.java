package com.streetgov.ui.assessment;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a service's refusal next to the fields it names: a refusal is one or more Chinese findings
 * joined by "；", each starting with the field's name ({@code weights（综合成绩权重）…}); each finding goes
 * to the field of that name, and what names no known field is returned for a general message.
 */
final class Refusals {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    Refusals field(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Shows {@code message}'s findings at their fields; returns those that name none. */
    List<String> show(String message) {
        clear();
        List<String> rest = new ArrayList<>();
        Map<HasValidation, String> byField = new LinkedHashMap<>();
        for (String finding : message.split("；")) {
            HasValidation field = fields.entrySet().stream()
                    .filter(e -> finding.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                rest.add(finding);
            } else {
                byField.merge(field, finding, (a, b) -> a + "；" + b);
            }
        }
        byField.forEach((f, text) -> {
            f.setErrorMessage(text);
            f.setInvalid(true);
        });
        return rest;
    }
}
