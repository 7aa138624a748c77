package com.streetgov.ui.reform;

import com.streetgov.reform.application.DraftEdit;
import com.streetgov.reform.application.ModelChange;
import com.streetgov.reform.application.ReformModelService;
import com.streetgov.reform.domain.LegacySection;
import com.streetgov.reform.domain.ModelVersion;
import com.streetgov.reform.domain.ReformModel;
import com.streetgov.reform.domain.Unit;
import com.streetgov.reform.domain.UnitKind;
import com.streetgov.reform.domain.VersionLifecycle.RefusedException;
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

/**
 * Editing a draft's layout: rename, add, remove, merge and split units, and assign legacy sections to
 * the selected unit (the crosswalk). Each input calls one of {@link ReformModelService}'s named draft
 * edits through {@link Edits#apply}; the service refuses any version but a draft, runs the rules and
 * writes the audit trail. The inputs are disabled for other versions only as a courtesy.
 */
class DraftEditor extends Composite<VerticalLayout> {

    /** One of the service's named draft edits, on the selected version. */
    interface Edit {
        ModelChange apply(ReformModelService service, DraftEdit edit) throws RefusedException;
    }

    /** Runs an edit on the selected version and shows its outcome (the unit it is about stays selected). */
    interface Edits {
        void apply(Edit edit);
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

    private void rename() {
        withUnit(u -> edits.apply((service, edit) -> service.renameUnit(edit, u.code(), unitName.getValue())));
    }

    private void add() {
        edits.apply((service, edit) -> service.addUnit(edit, newName.getValue(), newKind.getValue()));
    }

    private void remove() {
        withUnit(u -> edits.apply((service, edit) -> service.removeUnit(edit, u.code())));
    }

    private void merge() {
        withUnit(u -> {
            List<String> merged = mergeFrom.getValue().stream().map(Unit::code).toList();
            edits.apply((service, edit) -> service.mergeUnits(edit, u.code(), merged));
        });
    }

    private void split() {
        withUnit(u -> {
            List<String> moved =
                    splitSections.getValue().stream().map(LegacySection::code).toList();
            edits.apply((service, edit) -> service.splitUnit(edit, u.code(), splitName.getValue(), moved));
        });
    }

    private void assign() {
        withUnit(u -> {
            List<String> codes =
                    assigned.getValue().stream().map(LegacySection::code).toList();
            edits.apply((service, edit) -> service.assignLegacySections(edit, u.code(), codes));
        });
    }

    private void withUnit(java.util.function.Consumer<Unit> action) {
        selectedUnit
                .get()
                .ifPresentOrElse(action, () -> ReformView.notify(getTranslation("editor.selectUnitFirst"), true));
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
