package com.streetgov.ui.reform;

import com.streetgov.reform.domain.LayoutEdits;
import com.streetgov.reform.domain.LegacySection;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Editing a draft's layout: rename, add, remove, merge and split units, and assign legacy sections to
 * the selected unit (the crosswalk). Each edit goes through {@link Edits#apply}, which saves it, runs
 * the rules and records it in the history; the layout logic itself is {@link LayoutEdits} in core. The
 * edit summaries are recorded in the audit trail, so they stay Simplified Chinese whatever the UI
 * language; only the labels and notifications are translated.
 */
class DraftEditor extends Composite<VerticalLayout> {

    /** Applies an edit to the selected version; {@code keep} is the unit to keep selected after it. */
    interface Edits {
        void apply(String summary, UnaryOperator<ModelVersion> edit, String keep);
    }

    private final Supplier<Optional<Unit>> selectedUnit;
    private final Edits edits;
    private ReformModel model;
    private ModelVersion version;

    private final TextField unitName = new TextField(getTranslation("editor.unitName"));
    private final TextField newName = new TextField(getTranslation("editor.newName"));
    private final Select<UnitKind> newKind = new Select<>();
    private final MultiSelectComboBox<Unit> mergeFrom = new MultiSelectComboBox<>(getTranslation("editor.mergeFrom"));
    private final TextField splitName = new TextField(getTranslation("editor.splitName"));
    private final MultiSelectComboBox<LegacySection> splitSections =
            new MultiSelectComboBox<>(getTranslation("editor.splitSections"));
    private final MultiSelectComboBox<LegacySection> assigned =
            new MultiSelectComboBox<>(getTranslation("editor.assigned"));
    private final List<Component> inputs;

    DraftEditor(Supplier<Optional<Unit>> selectedUnit, Edits edits) {
        this.selectedUnit = selectedUnit;
        this.edits = edits;
        unitName.setId("reform-unit-name");
        newKind.setLabel(getTranslation("editor.kind"));
        newKind.setItems(UnitKind.values());
        newKind.setValue(UnitKind.DEPARTMENT);
        newKind.setItemLabelGenerator(
                k -> model == null ? k.name() : model.terminology().getOrDefault(k, k.name()));
        mergeFrom.setItemLabelGenerator(Unit::name);
        splitSections.setItemLabelGenerator(LegacySection::name);
        assigned.setItemLabelGenerator(LegacySection::name);
        assigned.setId("reform-assigned");
        mergeFrom.setId("reform-editor-merge");
        Button rename = button(getTranslation("editor.rename"), "reform-rename", this::rename);
        Button add = button(getTranslation("editor.add"), "reform-add", this::add);
        Button remove = button(getTranslation("editor.remove"), "reform-remove", this::remove);
        Button merge = button(getTranslation("editor.merge"), "reform-merge", this::merge);
        Button split = button(getTranslation("editor.split"), "reform-split", this::split);
        Button assign = button(getTranslation("editor.assign"), "reform-assign", this::assign);
        inputs = List.of(
                unitName,
                rename,
                newName,
                newKind,
                add,
                remove,
                mergeFrom,
                merge,
                splitName,
                splitSections,
                split,
                assigned,
                assign);
        getContent().setPadding(false);
        getContent()
                .add(
                        row(unitName, rename, remove),
                        row(newName, newKind, add),
                        row(mergeFrom, merge),
                        row(splitName, splitSections, split),
                        row(assigned, assign));
    }

    /** Shows the editor for {@code v}; it is only enabled for drafts. */
    void show(ReformModel m, ModelVersion v) {
        this.model = m;
        this.version = v;
        mergeFrom.setItems(v.units());
        splitSections.setItems(v.legacySections());
        assigned.setItems(v.legacySections());
        boolean draft = v.status() == com.streetgov.reform.domain.VersionStatus.DRAFT;
        inputs.forEach(c -> c.getElement().setEnabled(draft));
    }

    /** Fills the crosswalk field with the selected unit's legacy sections. */
    void unitSelected(Optional<Unit> unit) {
        assigned.clear();
        unit.ifPresent(u -> assigned.setValue(version.legacySections().stream()
                .filter(l -> u.legacySections().contains(l.code()))
                .toList()));
    }

    // The summaries passed to edits.apply are recorded in the audit trail: not translated.
    private void rename() {
        withUnit(u -> edits.apply(
                "将单位“" + u.name() + "”改名为“" + unitName.getValue().strip() + "”",
                v -> LayoutEdits.renameUnit(v, u.code(), unitName.getValue().strip()),
                u.code()));
    }

    private void add() {
        String code = freeCode();
        String name = newName.getValue().strip();
        edits.apply("新增单位“" + name + "”", v -> LayoutEdits.addUnit(v, code, name, newKind.getValue()), code);
    }

    private void remove() {
        withUnit(u -> edits.apply("删除单位“" + u.name() + "”", v -> LayoutEdits.removeUnit(v, u.code()), null));
    }

    private void merge() {
        withUnit(u -> {
            List<String> merged = mergeFrom.getValue().stream()
                    .map(Unit::code)
                    .filter(c -> !c.equals(u.code()))
                    .toList();
            String names = String.join(
                    "、", mergeFrom.getValue().stream().map(Unit::name).toList());
            edits.apply(
                    "将" + names + "并入“" + u.name() + "”", v -> LayoutEdits.mergeUnits(v, u.code(), merged), u.code());
        });
    }

    private void split() {
        withUnit(u -> {
            String code = freeCode();
            String name = splitName.getValue().strip();
            List<String> moved =
                    splitSections.getValue().stream().map(LegacySection::code).toList();
            edits.apply(
                    "从“" + u.name() + "”拆出“" + name + "”",
                    v -> LayoutEdits.splitUnit(v, u.code(), code, name, moved),
                    code);
        });
    }

    private void assign() {
        withUnit(u -> {
            List<String> codes = version.legacySections().stream()
                    .filter(assigned.getValue()::contains)
                    .map(LegacySection::code)
                    .toList();
            edits.apply(
                    "调整“" + u.name() + "”的原科室划入（" + codes.size() + "个）",
                    v -> LayoutEdits.assignLegacySections(v, u.code(), codes),
                    u.code());
        });
    }

    private void withUnit(java.util.function.Consumer<Unit> action) {
        selectedUnit
                .get()
                .ifPresentOrElse(action, () -> ReformView.notify(getTranslation("editor.selectUnitFirst"), true));
    }

    private String freeCode() {
        int n = version.units().size() + 1;
        while (version.unit("unit-" + n).isPresent()) {
            n++;
        }
        return "unit-" + n;
    }

    private static Button button(String label, String id, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.setId(id);
        return b;
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
