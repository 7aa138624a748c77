package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.PanelService;
import com.streetgov.evaluation.domain.Project;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;

/** The co-governance projects, one per street and year, that the delegates score. */
class ProjectsPanel extends VerticalLayout {

    private final PanelService panels;
    private final Grid<Project> grid = new Grid<>();
    private final Span refusal = PanelFields.span("project-refusal");

    ProjectsPanel(PanelService panels, Map<String, String> streetNames) {
        this.panels = panels;
        setPadding(false);
        TextField code = new TextField(getTranslation("eval.ui.code"));
        code.setId("project-code");
        Select<String> street = PanelFields.streets(this, "project-street", streetNames);
        TextField name = new TextField(getTranslation("eval.ui.panels.projectName"));
        name.setId("project-name");
        IntegerField year = new IntegerField(getTranslation("eval.ui.panels.year"));
        year.setId("project-year");
        year.setValue(LocalDate.now().getYear());
        TextArea summary = new TextArea(getTranslation("eval.ui.panels.summary"));
        summary.setId("project-summary");
        Button save = new Button(getTranslation("eval.ui.panels.saveProject"), e -> {
            refusal.setText("");
            try {
                panels.saveProject(new Project(
                        code.getValue().strip(),
                        street.getValue() == null ? "" : street.getValue(),
                        name.getValue(),
                        summary.getValue(),
                        year.getValue() == null ? 0 : year.getValue()));
                code.clear();
                name.clear();
                summary.clear();
                refresh();
            } catch (RefusedException refused) {
                refusal.setText(Translations.of(refused.text()));
            }
        });
        save.setId("project-save");
        grid.setId("project-grid");
        grid.addColumn(Project::year)
                .setHeader(getTranslation("eval.ui.panels.year"))
                .setAutoWidth(true);
        grid.addColumn(p -> streetNames.getOrDefault(p.street(), p.street()))
                .setHeader(getTranslation("eval.ui.surveys.street"));
        grid.addColumn(Project::code).setHeader(getTranslation("eval.ui.code")).setAutoWidth(true);
        grid.addColumn(Project::name)
                .setHeader(getTranslation("eval.ui.panels.projectName"))
                .setFlexGrow(2);
        grid.addColumn(Project::summary)
                .setHeader(getTranslation("eval.ui.panels.summary"))
                .setFlexGrow(2);
        grid.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("eval.ui.panels.remove"), e -> {
                try {
                    panels.removeProject(p.code());
                    refresh();
                } catch (RefusedException refused) {
                    refusal.setText(Translations.of(refused.text()));
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        add(
                new H3(getTranslation("eval.ui.panels.projects")),
                new FormLayout(code, street, name, year, summary),
                save,
                refusal,
                grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(panels.projects());
    }
}
