package com.streetgov.ui.evaluation;

import com.streetgov.evaluation.application.EvaluationService;
import com.streetgov.evaluation.domain.EvaluationModel;
import com.streetgov.evaluation.domain.IndicatorFinding;
import com.streetgov.evaluation.domain.IndicatorSystem;
import com.streetgov.tenantconfig.evaluation.IndicatorFile;
import com.streetgov.tenantconfig.evaluation.IndicatorSheet;
import com.streetgov.tenantconfig.evaluation.IndicatorSheet.Node;
import com.streetgov.tenantconfig.evaluation.IndicatorSheet.QuestionRow;
import com.streetgov.tenantconfig.sheet.ImportPreview;
import com.streetgov.tenantconfig.sheet.SheetException;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.sheet.SheetImport;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The district admin's import of a new version of the indicator system from an .xlsx workbook ({@link
 * IndicatorSheet}) or a JSON file ({@link IndicatorFile}): the file is read whole (a bad one shows every
 * bad row and column, or what is wrong in the JSON); then a preview shows the items and questions it
 * adds, changes and removes against the version in force ({@link ImportPreview}) and the validator's
 * findings, in the reader's language. Only "save" writes, through {@link EvaluationService#save} as a
 * new version with the name, effective date and reason given here; a refusal is shown at the field it
 * names. The version in force stays in force until the new one's date.
 *
 * <p>Element ids: {@code eval-import-upload}, {@code -errors}, {@code -preview}, {@code -summary},
 * {@code -changes}, {@code -findings}, {@code -version}, {@code -date}, {@code -reason}, {@code -save},
 * {@code -refusal}.
 */
class IndicatorImport extends Composite<VerticalLayout> {

    private final EvaluationService evaluation;
    private final EvaluationModel current;
    private final Runnable afterSave;
    private final Div errors = new Div();
    private final VerticalLayout preview = new VerticalLayout();
    private final Span summary = new Span();
    private final Div changes = new Div();
    private final Div findings = new Div();
    private final TextField version = new TextField();
    private final DatePicker date = ComponentTexts.date(new DatePicker());
    private final TextArea reason = new TextArea();
    private final Span refusal = new Span();
    private final Upload upload;
    private final Map<String, HasValidation> fields =
            Map.of("version", version, "effectiveFrom", date, "reason", reason);
    private EvaluationModel pending;

    /** {@code current} is the version in force, or null when the district has none. */
    IndicatorImport(EvaluationService evaluation, EvaluationModel current, Runnable afterSave) {
        this.evaluation = evaluation;
        this.current = current;
        this.afterSave = afterSave;
        upload = new Upload();
        upload.setUploadHandler(
                new InMemoryUploadHandler((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
                    // Another file may follow (the corrected one): the list keeps none.
                    upload.clearFileList();
                    read(metadata.fileName(), bytes);
                }))) {
                    @Override
                    public long getFileSizeMax() {
                        return SheetImport.MAX_BYTES;
                    }

                    @Override
                    public long getRequestSizeMax() {
                        return SheetImport.MAX_BYTES + (64 << 10);
                    }
                });
        upload.setId("eval-import-upload");
        upload.setMaxFileSize(SheetImport.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(
                ".xlsx",
                ".json",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/json");
        upload.addFileRejectedListener(
                e -> notify(getTranslation("sheet.tooLarge", SheetImport.MAX_BYTES >> 20), true));
        ComponentTexts.upload(upload);
        upload.setUploadButton(new Button(getTranslation("eval.ui.import.choose")));

        errors.setId("eval-import-errors");
        errors.getStyle().set("color", "var(--lumo-error-text-color)");
        summary.setId("eval-import-summary");
        changes.setId("eval-import-changes");
        findings.setId("eval-import-findings");
        version.setId("eval-import-version");
        version.setLabel(getTranslation("eval.ui.import.version"));
        version.setMaxLength(32);
        date.setId("eval-import-date");
        date.setLabel(getTranslation("eval.ui.effectiveFrom"));
        reason.setId("eval-import-reason");
        reason.setLabel(getTranslation("eval.ui.reason"));
        reason.setWidth("28em");
        Button save = new Button(getTranslation("eval.ui.import.save"), e -> save());
        save.setId("eval-import-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("sheet.cancel"), e -> reset());
        cancel.setId("eval-import-cancel");
        refusal.setId("eval-import-refusal");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        HorizontalLayout form = new HorizontalLayout(version, date, reason);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        preview.setId("eval-import-preview");
        preview.setPadding(false);
        preview.add(summary, changes, findings, form, refusal, new HorizontalLayout(save, cancel));
        preview.setVisible(false);
        getContent().setPadding(false);
        getContent().add(new Paragraph(getTranslation("eval.ui.import.hint")), upload, errors, preview);
    }

    private void read(String fileName, byte[] bytes) {
        reset();
        try {
            pending = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".json")
                    ? IndicatorFile.read(new String(bytes, StandardCharsets.UTF_8))
                    : IndicatorSheet.read(bytes);
        } catch (SheetException e) {
            errors.add(
                    new Div(getTranslation("eval.ui.import.rejected", e.errors().size())));
            e.errors().forEach(error -> errors.add(new Div(Translations.of(error.text()))));
            return;
        } catch (RefusedException e) {
            errors.add(new Div(getTranslation("eval.ui.import.rejected", 1)));
            errors.add(new Div(Translations.of(e.text())));
            return;
        }
        showChanges();
        showFindings(pending.findings());
        version.setValue(pending.system().version());
        date.setValue(pending.system().effectiveFrom());
        preview.setVisible(true);
    }

    private void showChanges() {
        List<Node> before = current == null ? List.of() : IndicatorSheet.nodes(current.system());
        List<Node> after = IndicatorSheet.nodes(pending.system());
        ImportPreview<Node> nodes = ImportPreview.of(after, before, Node::code);
        ImportPreview<QuestionRow> questions = ImportPreview.of(
                IndicatorSheet.questions(pending.questionnaires()),
                current == null ? List.of() : IndicatorSheet.questions(current.questionnaires()),
                QuestionRow::key);
        summary.setText(getTranslation(
                "eval.ui.import.summary",
                after.size(),
                nodes.added().size(),
                nodes.changed().size(),
                nodes.removed().size(),
                questions.added().size(),
                questions.changed().size(),
                questions.removed().size()));
        Function<List<Node>, Map<String, String>> names =
                list -> list.stream().collect(Collectors.toMap(Node::code, Node::name, (a, b) -> a));
        Map<String, String> newNames = names.apply(after);
        Map<String, String> oldNames = names.apply(before);
        line("added", nodes.added(), newNames);
        line("changed", nodes.changed(), newNames);
        line("removed", nodes.removed(), oldNames);
        line("questionsAdded", questions.added(), Map.of());
        line("questionsChanged", questions.changed(), Map.of());
        line("questionsRemoved", questions.removed(), Map.of());
    }

    /** "新增：S4 吹哨按时报到率、…", when there is any. */
    private void line(String what, List<String> codes, Map<String, String> names) {
        if (codes.isEmpty()) {
            return;
        }
        Div div = new Div(getTranslation(
                "eval.ui.import." + what,
                codes.stream()
                        .map(c -> names.containsKey(c) ? c + " " + names.get(c) : c)
                        .collect(Collectors.joining("、"))));
        div.addClassName("eval-import-" + what);
        changes.add(div);
    }

    private void showFindings(List<IndicatorFinding> found) {
        long blocking = found.stream().filter(IndicatorFinding::isError).count();
        findings.add(new Div(
                found.isEmpty()
                        ? getTranslation("eval.ui.import.valid")
                        : getTranslation("eval.ui.import.findings", blocking, found.size() - blocking)));
        for (IndicatorFinding f : found) {
            Div div = new Div(getTranslation("eval.ui.finding." + f.severity().name()) + " " + f.code() + " "
                    + Translations.of(f.message()));
            div.addClassName(f.isError() ? "eval-import-error" : "eval-import-warning");
            if (f.isError()) {
                div.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            findings.add(div);
        }
    }

    private void save() {
        clearRefusal();
        IndicatorSystem read = pending.system();
        String name =
                read.name().isBlank() && current != null ? current.system().name() : read.name();
        EvaluationModel model = new EvaluationModel(
                new IndicatorSystem(version.getValue().strip(), name, date.getValue(), read.categories()),
                pending.questionnaires(),
                pending.note());
        List<IndicatorFinding> warnings;
        try {
            warnings = evaluation.save(model, reason.getValue());
        } catch (RefusedException e) {
            showRefusal(e.text(), e.field());
            return;
        }
        notify(
                getTranslation(
                        "eval.ui.import.saved",
                        model.system().version(),
                        String.valueOf(model.system().effectiveFrom()),
                        warnings.size()),
                false);
        reset();
        afterSave.run();
    }

    private void showRefusal(Text text, String field) {
        String words = Translations.of(text);
        HasValidation at = field == null ? null : fields.get(field);
        if (at != null) {
            at.setErrorMessage(words);
            at.setInvalid(true);
        }
        refusal.setText(words);
    }

    private void clearRefusal() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        refusal.setText("");
    }

    private void reset() {
        errors.removeAll();
        changes.removeAll();
        findings.removeAll();
        clearRefusal();
        preview.setVisible(false);
        pending = null;
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }
}
