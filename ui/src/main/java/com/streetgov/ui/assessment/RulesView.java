package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.AssessmentRules;
import com.streetgov.assessment.domain.Denominator;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.whatif.WhatIfPanels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The district's assessment rules ({@code /results/rules}, district admin): a new version with its
 * effective date, period start day, denominator, basically-satisfied weight, composite weights,
 * minimum sample and exclusion kinds, saved with a reason (refusals shown in the UI's language at the field they
 * name); the history of versions; and the pre-reform baseline ({@link BaselineForm}).
 */
@Route(value = "results/rules", layout = MainLayout.class)
@Menu(title = "dashboard.nav.rules", order = 180)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class RulesView extends VerticalLayout implements HasDynamicTitle {

    private final ResultsService results;
    private final TextField version = new TextField();
    private final DatePicker effectiveFrom = ComponentTexts.date(new DatePicker());
    private final IntegerField startDay = new IntegerField();
    private final Select<Denominator> denominator = new Select<>();
    private final BigDecimalField basicWeight = new BigDecimalField();
    private final BigDecimalField weightResponse = new BigDecimalField();
    private final BigDecimalField weightResolution = new BigDecimalField();
    private final BigDecimalField weightSatisfaction = new BigDecimalField();
    private final IntegerField minValid = new IntegerField();
    private final CheckboxGroup<ExclusionKind> kinds = new CheckboxGroup<>();
    private final TextArea reason = new TextArea();
    private final Span refusal = new Span();
    private final Grid<AssessmentRules> history = new Grid<>();
    private final Refusals refusals = new Refusals();

    @Inject
    public RulesView(ResultsService results, BaselineForm baseline, WhatIfPanels whatIf) {
        this.results = results;
        setWidthFull();
        AssessmentRules current = results.rulesInForce(LocalDate.now());
        fields(current);
        FormLayout form = new FormLayout(
                version,
                effectiveFrom,
                startDay,
                denominator,
                basicWeight,
                minValid,
                weightResponse,
                weightResolution,
                weightSatisfaction);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        Button save = new Button(getTranslation("results.ui.rules.save"), e -> save());
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        refusal.setId("rules-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        history.setId("rules-history");
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        history.addColumn(AssessmentRules::version)
                .setHeader(getTranslation("results.ui.rules.version"))
                .setAutoWidth(true);
        history.addColumn(AssessmentRules::effectiveFrom)
                .setHeader(getTranslation("results.ui.rules.effectiveFrom"))
                .setAutoWidth(true);
        history.addColumn(r -> summary(r))
                .setHeader(getTranslation("results.ui.rules.summary"))
                .setFlexGrow(1);
        history.setItems(results.rulesHistory());
        add(
                new H2(getTranslation("results.ui.rules.title")),
                new Span(getTranslation(
                        "results.ui.rules.inForce", current.version(), String.valueOf(current.effectiveFrom()))),
                new H3(getTranslation("results.ui.rules.new")),
                form,
                kinds,
                reason,
                save,
                refusal,
                whatIf.forRules("rules-whatif", this::rules),
                new H3(getTranslation("results.ui.rules.history")),
                history,
                baseline);
    }

    private void fields(AssessmentRules current) {
        version.setId("rules-version");
        version.setLabel(getTranslation("results.ui.rules.version"));
        effectiveFrom.setId("rules-effective");
        effectiveFrom.setLabel(getTranslation("results.ui.rules.effectiveFrom"));
        effectiveFrom.setValue(LocalDate.now().plusMonths(1).withDayOfMonth(1));
        startDay.setId("rules-start-day");
        startDay.setLabel(getTranslation("results.ui.rules.startDay"));
        startDay.setValue(current.periodStartDay());
        denominator.setId("rules-denominator");
        denominator.setLabel(getTranslation("results.ui.rules.denominator"));
        denominator.setItems(Denominator.values());
        denominator.setItemLabelGenerator(d -> getTranslation("results.ui.rules.denominator." + d.name()));
        denominator.setValue(current.denominator());
        basicWeight.setId("rules-basic-weight");
        basicWeight.setLabel(getTranslation("results.ui.rules.basicWeight"));
        basicWeight.setValue(current.basicWeight());
        weightResponse.setId("rules-weight-response");
        weightResponse.setLabel(getTranslation("results.ui.rules.weightResponse"));
        weightResponse.setValue(current.weightResponse());
        weightResolution.setId("rules-weight-resolution");
        weightResolution.setLabel(getTranslation("results.ui.rules.weightResolution"));
        weightResolution.setValue(current.weightResolution());
        weightSatisfaction.setId("rules-weight-satisfaction");
        weightSatisfaction.setLabel(getTranslation("results.ui.rules.weightSatisfaction"));
        weightSatisfaction.setValue(current.weightSatisfaction());
        minValid.setId("rules-min-valid");
        minValid.setLabel(getTranslation("results.ui.rules.minValid"));
        minValid.setValue(current.minValidVisits());
        Map<String, ExclusionKind> all = new LinkedHashMap<>();
        AssessmentRules.ARTICLE_11.forEach(k -> all.put(k.code(), k));
        current.exclusionKinds().forEach(k -> all.put(k.code(), k));
        kinds.setId("rules-kinds");
        kinds.setLabel(getTranslation("results.ui.rules.kinds"));
        kinds.setItems(all.values());
        kinds.setItemLabelGenerator(ExclusionKind::name);
        kinds.select(
                current.exclusionKinds().stream().map(k -> all.get(k.code())).toList());
        reason.setId("rules-reason");
        reason.setLabel(getTranslation("results.ui.rules.reason"));
        reason.setWidthFull();
        refusals.field("version", version)
                .field("effectiveFrom", effectiveFrom)
                .field("periodStartDay", startDay)
                .field("denominator", denominator)
                .field("basicWeight", basicWeight)
                .field("weights", weightResolution)
                .field("minValidVisits", minValid)
                .field("exclusionKinds", kinds)
                .field("reason", reason);
    }

    private void save() {
        refusal.setText("");
        AssessmentRules rules = rules();
        try {
            results.saveRules(rules, reason.getValue());
            refusals.clear();
            history.setItems(results.rulesHistory());
            Notification.show(
                            getTranslation("results.ui.rules.saved", rules.version()),
                            3000,
                            Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            refusal.setText(refusals.show(e.text()));
        }
    }

    /** The rules as the form holds them (what is saved, or tried). */
    private AssessmentRules rules() {
        List<ExclusionKind> chosen = new ArrayList<>(kinds.getSelectedItems());
        return new AssessmentRules(
                version.getValue() == null ? null : version.getValue().strip(),
                effectiveFrom.getValue(),
                startDay.getValue() == null ? 0 : startDay.getValue(),
                denominator.getValue(),
                basicWeight.getValue(),
                weightResponse.getValue(),
                weightResolution.getValue(),
                weightSatisfaction.getValue(),
                minValid.getValue() == null ? -1 : minValid.getValue(),
                chosen);
    }

    private String summary(AssessmentRules r) {
        return getTranslation(
                "results.ui.rules.line",
                r.periodStartDay(),
                getTranslation("results.ui.rules.denominator." + r.denominator().name()),
                r.basicWeight().toPlainString(),
                r.weightResponse().toPlainString() + " / "
                        + r.weightResolution().toPlainString() + " / "
                        + r.weightSatisfaction().toPlainString(),
                r.minValidVisits(),
                r.exclusionKinds().size());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.rules.title");
    }
}
