package com.streetgov.ui.evaluation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Map;

/** Small pieces the panels' forms share: the line a refusal is written on and a street picker. */
final class PanelFields {

    private PanelFields() {}

    /** An empty line in the error colour, filled with a refusal's text. */
    static Span span(String id) {
        Span span = new Span();
        span.setId(id);
        span.getStyle().set("color", "var(--lumo-error-text-color)");
        return span;
    }

    /** A select of the district's streets by name (no "whole district"), the first chosen. */
    static Select<String> streets(Component in, String id, Map<String, String> streetNames) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(in.getTranslation("eval.ui.surveys.street"));
        select.setItems(streetNames.keySet().stream().sorted().toList());
        select.setItemLabelGenerator(s -> streetNames.getOrDefault(s, s));
        streetNames.keySet().stream().sorted().findFirst().ifPresent(select::setValue);
        return select;
    }
}
