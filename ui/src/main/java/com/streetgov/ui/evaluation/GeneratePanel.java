package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.PanelService;
import com.streetgov.evaluation.application.PanelService.Generation;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/**
 * Generates the delegates' project-scoring questionnaire (from one year's projects) or the streets'
 * department rating (from the dispatch catalog's departments) into a new indicator-system version.
 */
class GeneratePanel extends VerticalLayout {

    enum Kind {
        PROJECTS,
        DEPARTMENTS
    }

    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final TextField code = new TextField();
    private final TextField title = new TextField();
    private final TextField comment = new TextField();
    private final IntegerField year = new IntegerField();
    private final TextField version = new TextField();
    private final DatePicker from = new DatePicker();
    private final TextField reason = new TextField();
    private final Span refusal = PanelFields.span("generate-refusal");
    private final Span done = new Span();

    GeneratePanel(PanelService panels, Runnable saved) {
        setPadding(false);
        kind.setId("generate-kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("eval.ui.panels.kind." + k.name()));
        kind.addValueChangeListener(e -> defaults(e.getValue()));
        field(code, "generate-code", "eval.ui.code");
        field(title, "generate-title", "eval.ui.panels.questionnaireTitle");
        field(comment, "generate-comment", "eval.ui.panels.comment");
        year.setId("generate-year");
        year.setLabel(getTranslation("eval.ui.panels.year"));
        year.setValue(LocalDate.now().getYear());
        field(version, "generate-version", "eval.ui.panels.newVersion");
        from.setId("generate-from");
        from.setLabel(getTranslation("eval.ui.effectiveFrom"));
        from.setValue(LocalDate.now());
        field(reason, "generate-reason", "eval.ui.reason");
        done.setId("generate-done");
        Button generate = new Button(getTranslation("eval.ui.panels.generate"), e -> {
            refusal.setText("");
            done.setText("");
            Generation g = new Generation(
                    code.getValue().strip(),
                    title.getValue().strip(),
                    comment.getValue(),
                    version.getValue().strip(),
                    from.getValue(),
                    reason.getValue());
            try {
                if (kind.getValue() == Kind.PROJECTS) {
                    panels.generateProjectScoring(g, year.getValue() == null ? 0 : year.getValue());
                } else {
                    panels.generateDepartmentRating(g);
                }
                done.setText(getTranslation("eval.ui.panels.generated", g.version(), g.title()));
                saved.run();
            } catch (RefusedException refused) {
                refusal.setText(Translations.of(refused.text()));
            }
        });
        generate.setId("generate-save");
        kind.setValue(Kind.PROJECTS);
        add(
                new H3(getTranslation("eval.ui.panels.generateTitle")),
                new Paragraph(getTranslation("eval.ui.panels.generateHint")),
                kind,
                new FormLayout(code, title, comment, year, version, from, reason),
                generate,
                refusal,
                done);
    }

    private void defaults(Kind k) {
        boolean projects = k == Kind.PROJECTS;
        code.setValue(projects ? "projects" : "departments");
        title.setValue(getTranslation(projects ? "eval.ui.panels.projectsTitle" : "eval.ui.panels.departmentsTitle"));
        comment.setValue(getTranslation("eval.ui.panels.commentDefault"));
        year.setVisible(projects);
    }

    private void field(TextField field, String id, String label) {
        field.setId(id);
        field.setLabel(getTranslation(label));
    }
}
