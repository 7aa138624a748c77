package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.PanelService;
import com.streetgov.evaluation.domain.Delegate;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;

/** Each street's residents' delegates: added by name, retired when they leave (their links stay). */
class DelegatesPanel extends VerticalLayout {

    private final PanelService panels;
    private final Grid<Delegate> grid = new Grid<>();
    private final Span refusal = PanelFields.span("delegate-refusal");

    DelegatesPanel(PanelService panels, Map<String, String> streetNames) {
        this.panels = panels;
        setPadding(false);
        Select<String> street = PanelFields.streets(this, "delegate-street", streetNames);
        TextField name = new TextField(getTranslation("eval.ui.panels.delegateName"));
        name.setId("delegate-name");
        TextField note = new TextField(getTranslation("eval.ui.panels.note"));
        note.setId("delegate-note");
        Button add = new Button(getTranslation("eval.ui.panels.addDelegate"), e -> {
            refusal.setText("");
            try {
                panels.addDelegate(street.getValue(), name.getValue(), note.getValue());
                name.clear();
                note.clear();
                refresh();
            } catch (RefusedException refused) {
                refusal.setText(Translations.of(refused.text()));
            }
        });
        add.setId("delegate-add");
        HorizontalLayout form = new HorizontalLayout(street, name, note, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        grid.setId("delegate-grid");
        grid.addColumn(d -> streetNames.getOrDefault(d.street(), d.street()))
                .setHeader(getTranslation("eval.ui.surveys.street"));
        grid.addColumn(Delegate::name).setHeader(getTranslation("eval.ui.panels.delegateName"));
        grid.addColumn(Delegate::note).setHeader(getTranslation("eval.ui.panels.note"));
        grid.addComponentColumn(this::retire).setHeader(getTranslation("eval.ui.panels.status"));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(new H3(getTranslation("eval.ui.panels.delegates")), form, refusal, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component retire(Delegate d) {
        if (d.retired()) {
            return new Span(getTranslation("eval.ui.panels.retired"));
        }
        Button retire = new Button(getTranslation("eval.ui.panels.retire"), e -> {
            try {
                panels.retireDelegate(d.id());
                refresh();
            } catch (RefusedException refused) {
                refusal.setText(Translations.of(refused.text()));
            }
        });
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return retire;
    }

    private void refresh() {
        grid.setItems(panels.delegates());
    }
}
