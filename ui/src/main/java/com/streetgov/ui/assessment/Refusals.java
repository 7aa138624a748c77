package com.streetgov.ui.assessment;

import com.streetgov.text.Text;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a service's refusal next to the fields it names: a refusal is one finding or several joined
 * ({@code text.joined}), each a text whose sentence starts with the field's name in every language
 * ({@code weights（综合成绩权重）…}, {@code weights: …}); each finding goes to the field of that name, in
 * the UI's language, and what names no known field is returned for a general message.
 */
final class Refusals {

    private static final String JOINED = "text.joined";

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

    /**
     * Shows {@code refusal}'s findings at their fields; returns those that name none, joined in the
     * UI's language ("" when every finding has its field).
     */
    String show(Text refusal) {
        clear();
        List<Text> rest = new ArrayList<>();
        Map<HasValidation, List<Text>> byField = new LinkedHashMap<>();
        for (Text finding : findings(refusal)) {
            String chinese = finding.inDefaultLanguage();
            HasValidation field = fields.entrySet().stream()
                    .filter(e -> chinese.startsWith(e.getKey()))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                rest.add(finding);
            } else {
                byField.computeIfAbsent(field, f -> new ArrayList<>()).add(finding);
            }
        }
        byField.forEach((f, texts) -> {
            f.setErrorMessage(Translations.of(joined(texts)));
            f.setInvalid(true);
        });
        return rest.isEmpty() ? "" : Translations.of(joined(rest));
    }

    /** The findings a refusal joins, in order; a refusal of one finding is that finding. */
    static List<Text> findings(Text refusal) {
        List<Text> all = new ArrayList<>();
        if (JOINED.equals(refusal.key())) {
            for (Object part : refusal.args()) {
                if (part instanceof Text t) {
                    all.addAll(findings(t));
                } else {
                    all.add(Text.literal(String.valueOf(part)));
                }
            }
        } else {
            all.add(refusal);
        }
        return all;
    }

    private static Text joined(List<Text> texts) {
        return texts.stream().reduce((a, b) -> Text.of(JOINED, a, b)).orElseThrow();
    }
}
