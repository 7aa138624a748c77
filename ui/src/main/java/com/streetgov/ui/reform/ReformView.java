package com.streetgov.ui.reform;

import com.streetgov.reform.application.DraftEdit;
import com.streetgov.reform.application.ModelChange;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.AuditEntry;
import com.streetgov.reform.domain.Finding;
import com.streetgov.reform.domain.ModelValidator;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
import com.streetgov.reform.domain.VersionStatus;
import com.streetgov.text.Text;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.streetgov.ui.whatif.WhatIfPanels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The district's reform model: its versions with their life cycle (submit → file → make effective),
 * the selected version's units and before/after counts, the draft editor ({@link DraftEditor}), the rules'
 * findings and the audit history.
 */
@Route(value = "reform", layout = MainLayout.class)
@Menu(title = "nav.reform", order = 200)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class ReformView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ReformModelService service;
    private final String actor;

    private final H2 title = new H2();
    private final Grid<ModelVersion> versions = new Grid<>();
    private final Span beforeAfter = new Span();
    private final Grid<Unit> units = new Grid<>();
    private final Div findings = new Div();
    private final Grid<AuditEntry> history = new Grid<>();
    private final TextField reason = new TextField(getTranslation("reform.reason"));
    private final DatePicker effectiveFrom =
            ComponentTexts.date(new DatePicker(getTranslation("reform.effectiveFrom")));
    private final Button submit = new Button(getTranslation("reform.submit"), e -> step(Step.SUBMIT));
    private final Button file = new Button(getTranslation("reform.file"), e -> step(Step.FILE));
    private final Button makeEffective =
            new Button(getTranslation("reform.makeEffective"), e -> step(Step.MAKE_EFFECTIVE));
    private final Button newDraft = new Button(getTranslation("reform.newDraft"), e -> newDraft());
    private final DraftEditor editor =
            new DraftEditor(() -> Optional.ofNullable(units.asSingleSelect().getValue()), this::edit);

    private ReformModel model;
    private int revision;
    private String selectedCode;
    /** The version the last what-if tried and its summary, kept with the next step taken on it. */
    private String triedCode;

    private Text tried;

    private enum Step {
        SUBMIT,
        FILE,
        MAKE_EFFECTIVE
    }

    @Inject
    public ReformView(ReformModelService service, RoleAccessControl access, WhatIfPanels whatIf) {
        this.service = service;
        this.actor = access.user().username();
        title.setId("reform-title");
        versions.setId("reform-versions");
        versions.addColumn(ModelVersion::title)
                .setHeader(getTranslation("reform.col.version"))
                .setFlexGrow(4);
        versions.addColumn(Labels::level)
                .setHeader(getTranslation("reform.col.level"))
                .setAutoWidth(true);
        versions.addColumn(v -> Labels.scope(model, v))
                .setHeader(getTranslation("reform.col.scope"))
                .setFlexGrow(2);
        versions.addColumn(Labels::status)
                .setHeader(getTranslation("reform.col.status"))
                .setAutoWidth(true);
        versions.addColumn(
                        v -> v.effectiveFrom() == null ? "" : v.effectiveFrom().toString())
                .setHeader(getTranslation("reform.col.effectiveFrom"))
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        versions.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(v -> {
            selectedCode = v.code();
            showVersion();
        }));
        units.setId("reform-units");
        units.addColumn(Unit::name).setHeader(getTranslation("reform.unit.name"));
        units.addColumn(u -> Labels.kind(model, u))
                .setHeader(getTranslation("reform.unit.kind"))
                .setAutoWidth(true);
        units.addColumn(u -> u.publicInstitution() ? getTranslation("reform.unit.publicInstitution") : "")
                .setHeader(getTranslation("reform.unit.nature"))
                .setAutoWidth(true);
        units.addColumn(u -> String.join("、", u.plaques())).setHeader(getTranslation("reform.unit.plaques"));
        units.addColumn(u -> u.legacySections().size())
                .setHeader(getTranslation("reform.unit.legacyCount"))
                .setAutoWidth(true);
        units.setAllRowsVisible(true);
        beforeAfter.setId("reform-before-after");
        findings.setId("reform-findings");
        history.setId("reform-history");
        history.addColumn(a -> TIME.format(a.at()))
                .setHeader(getTranslation("reform.history.at"))
                .setAutoWidth(true);
        history.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("reform.history.actor"))
                .setAutoWidth(true);
        history.addColumn(a -> Translations.of(a.summary())).setHeader(getTranslation("reform.history.summary"));
        history.addColumn(a -> a.reason() == null ? "" : a.reason()).setHeader(getTranslation("reform.history.reason"));
        history.setAllRowsVisible(true);
        history.addItemClickListener(e -> new ChangeDialog(e.getItem()).open());
        submit.setId("reform-submit");
        file.setId("reform-file");
        makeEffective.setId("reform-make-effective");
        newDraft.setId("reform-new-draft");
        units.asSingleSelect().addValueChangeListener(e -> editor.unitSelected(Optional.ofNullable(e.getValue())));
        effectiveFrom.setId("reform-effective-from");
        reason.setId("reform-reason");

        HorizontalLayout lifecycle = new HorizontalLayout(reason, effectiveFrom, submit, file, makeEffective, newDraft);
        lifecycle.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        String district = access.user().district().map(Object::toString).orElse("district");
        add(
                title,
                new ModelTransfer(service, actor, district, this::reload),
                versions,
                lifecycle,
                whatIf.forReformVersion("reform-whatif", this::triable, (code, report) -> {
                    triedCode = code;
                    tried = report.summary();
                }),
                new H3(getTranslation("reform.unitsHeading")),
                beforeAfter,
                units,
                editor,
                findings,
                new H3(getTranslation("reform.historyHeading")),
                history);
        reload();
    }

    private void reload() {
        ReformModelService.Snapshot snapshot = service.snapshot().orElse(null);
        model = snapshot == null ? null : snapshot.model();
        revision = snapshot == null ? 0 : snapshot.revision();
        if (model == null) {
            title.setText(getTranslation("reform.noModel"));
            return;
        }
        title.setText(getTranslation("reform.title", model.title()));
        versions.setItems(model.versions());
        if (selectedCode == null) {
            selectedCode = model.versions().get(model.versions().size() - 1).code();
        }
        model.version(selectedCode).ifPresent(versions::select);
        showVersion();
        showFindings(ModelValidator.validate(model));
        history.setItems(service.history());
    }

    /** The selected version when it has not taken effect: what 试算影响 tries. */
    private Optional<String> triable() {
        return model == null || selectedCode == null
                ? Optional.empty()
                : model.version(selectedCode)
                        .filter(v -> !v.status().tookEffect())
                        .map(ModelVersion::code);
    }

    private ModelVersion selected() {
        return model.version(selectedCode).orElseThrow();
    }

    private void showVersion() {
        ModelVersion v = selected();
        beforeAfter.setText(Labels.beforeAfter(v));
        units.setItems(v.units());
        boolean draft = v.status() == VersionStatus.DRAFT;
        submit.setEnabled(draft);
        file.setEnabled(v.status() == VersionStatus.SUBMITTED);
        makeEffective.setEnabled(v.status() == VersionStatus.FILED);
        editor.show(model, v);
    }

    private void showFindings(List<Finding> all) {
        findings.removeAll();
        List<Finding> errors = all.stream().filter(Finding::isError).toList();
        long warnings = all.size() - errors.size();
        Span summary = new Span(
                getTranslation("reform.findings.summary", String.valueOf(errors.size()), String.valueOf(warnings)));
        summary.setId("reform-findings-summary");
        findings.add(summary);
        for (Finding f : errors) {
            Div line = new Div(new Span(getTranslation("reform.findings.error", f.message(), f.path())));
            line.addClassName("reform-error");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            findings.add(line);
        }
    }

    /** The summary of the what-if run on {@code code} since its last edit, if any. */
    private Text whatIf(String code) {
        return code.equals(triedCode) ? tried : null;
    }

    private void edit(DraftEditor.Edit edit) {
        String code = selectedCode;
        triedCode = null;
        ModelChange result;
        try {
            result = edit.apply(service, new DraftEdit(actor, code, revision, blankToNull(reason.getValue())));
        } catch (RefusedException e) {
            notify(getTranslation("reform.changeRefused", e.text()), true);
            return;
        } catch (OptimisticLockException e) {
            concurrentChange();
            return;
        }
        reload();
        if (result.unit() != null) {
            model.version(code).flatMap(x -> x.unit(result.unit())).ifPresent(units::select);
        }
        showFindings(result.findings());
        notify(
                result.errors().isEmpty()
                        ? getTranslation("reform.saved")
                        : getTranslation(
                                "reform.savedWithErrors",
                                String.valueOf(result.errors().size())),
                !result.errors().isEmpty());
    }

    private void newDraft() {
        try {
            selectedCode = service.newDraft(actor, selectedCode, blankToNull(reason.getValue()));
        } catch (RefusedException e) {
            notify(Translations.of(e.text()), true);
        }
        reload();
    }

    private void step(Step step) {
        String code = selectedCode;
        String why = blankToNull(reason.getValue());
        try {
            ModelChange result =
                    switch (step) {
                        case SUBMIT -> service.submit(actor, code, why, whatIf(code));
                        case FILE -> service.file(actor, code, effectiveFrom.getValue(), why, whatIf(code));
                        case MAKE_EFFECTIVE -> service.makeEffective(actor, code, why, whatIf(code));
                    };
            reload();
            notify(
                    getTranslation(
                            "reform.statusChanged",
                            Labels.status(result.model().version(code).orElseThrow())),
                    false);
        } catch (RefusedException e) {
            showFindings(e.blocking());
            notify(Translations.of(e.text()), true);
        } catch (OptimisticLockException e) {
            concurrentChange();
        }
    }

    /** Someone else saved the model meanwhile: show theirs, lose nothing of it. */
    private void concurrentChange() {
        reload();
        notify(getTranslation("reform.concurrentChange"), true);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reform.pageTitle");
    }
}
