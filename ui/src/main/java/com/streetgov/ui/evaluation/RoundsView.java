package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.AssessmentService;
import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.domain.AssessmentRound;
import com.streetgov.evaluation.domain.EvaluationVersion;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * Assessment rounds ({@code /evaluation/rounds}): every round with its periods and version, each opening
 * its report; the district admin opens a new round (code, name, first and last period, version),
 * refusals shown in the reader's language.
 */
@Route(value = "evaluation/rounds", layout = MainLayout.class)
@Menu(title = "eval.ui.nav.rounds", order = 186)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final Grid<AssessmentRound> rounds = new Grid<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final TextField first = new TextField();
    private final TextField last = new TextField();
    private final Select<String> version = new Select<>();
    private final Span refusal = new Span();

    @Inject
    public RoundsView(AssessmentService assessments, EvaluationService evaluation, RoleAccessControl access) {
        this.assessments = assessments;
        setWidthFull();
        rounds.setId("eval-rounds");
        rounds.addColumn(AssessmentRound::code)
                .setHeader(getTranslation("eval.ui.round.code"))
                .setAutoWidth(true);
        rounds.addColumn(AssessmentRound::name)
                .setHeader(getTranslation("eval.ui.round.name"))
                .setFlexGrow(2);
        rounds.addColumn(r -> r.first() + " — " + r.last()).setHeader(getTranslation("eval.ui.round.periods"));
        rounds.addColumn(AssessmentRound::version).setHeader(getTranslation("eval.ui.version"));
        rounds.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                RoundReportView.class, new RouteParameters("code", e.getItem().code()))));
        rounds.setAllRowsVisible(true);
        rounds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        rounds.setItems(assessments.rounds());
        add(new H2(getTranslation("eval.ui.rounds.title")), new Span(getTranslation("eval.ui.rounds.hint")), rounds);
        if (access.user().hasRole(Role.DISTRICT_ADMIN)) {
            add(form(evaluation));
        }
    }

    private VerticalLayout form(EvaluationService evaluation) {
        code.setId("round-code");
        code.setLabel(getTranslation("eval.ui.round.code"));
        name.setId("round-name");
        name.setLabel(getTranslation("eval.ui.round.name"));
        first.setId("round-first");
        first.setLabel(getTranslation("eval.ui.round.first"));
        first.setPlaceholder("2026-09");
        last.setId("round-last");
        last.setLabel(getTranslation("eval.ui.round.last"));
        last.setPlaceholder("2026-11");
        version.setId("round-version");
        version.setLabel(getTranslation("eval.ui.version"));
        version.setItems(
                evaluation.versions().stream().map(EvaluationVersion::version).toList());
        evaluation.versions().stream().findFirst().ifPresent(v -> version.setValue(v.version()));
        refusal.setId("round-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button open = new Button(getTranslation("eval.ui.round.open"), e -> open());
        open.setId("round-open");
        VerticalLayout form = new VerticalLayout(
                new H3(getTranslation("eval.ui.round.openTitle")),
                new FormLayout(code, name, first, last, version),
                open,
                refusal);
        form.setPadding(false);
        return form;
    }

    private void open() {
        refusal.setText("");
        YearMonth from;
        YearMonth to;
        try {
            from = YearMonth.parse(first.getValue().strip());
            to = YearMonth.parse(last.getValue().strip());
        } catch (DateTimeParseException e) {
            refusal.setText(getTranslation("eval.ui.round.badPeriod"));
            return;
        }
        try {
            AssessmentRound round = assessments.open(code.getValue(), name.getValue(), from, to, version.getValue());
            getUI().ifPresent(ui -> ui.navigate(RoundReportView.class, new RouteParameters("code", round.code())));
        } catch (RefusedException refused) {
            refusal.setText(Translations.of(refused.text()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("eval.ui.rounds.title");
    }
}
