package com.streetgov.ui.dispatch;

import com.streetgov.dispatch.application.DispatchCatalogService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.dispatch.domain.DispatchCatalog;
import com.streetgov.dispatch.domain.DispatchTarget;
import com.streetgov.dispatch.domain.DispatchType;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The district admin's editor of one dispatch type (派单目录的一行): its code (fixed once stored), name,
 * category, residents' words and example sentences (one per line), where it goes (a street duty item, a
 * district department or the community) and its basis. Saving and deleting are the service's checked,
 * audited use cases; a refusal's findings are shown in the dialog and nothing is written.
 */
class TypeEditor extends Dialog {

    private final DispatchCatalogService service;
    private final Runnable saved;
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> category = new ComboBox<>();
    private final TextArea synonyms = new TextArea();
    private final TextArea examples = new TextArea();
    private final Select<DispatchTarget.Kind> kind = new Select<>();
    private final ComboBox<DutyItem> item = new ComboBox<>();
    private final ComboBox<Department> department = new ComboBox<>();
    private final Select<String> basis = new Select<>();
    private final Div problem = new Div();

    TypeEditor(
            DispatchCatalogService service,
            DispatchCatalog catalog,
            Collection<DutyItem> items,
            Optional<DispatchType> editing,
            Runnable saved) {
        this.service = service;
        this.saved = saved;
        setId("type-editor");
        setHeaderTitle(editing.map(t -> getTranslation("catalog.edit.title", t.name()))
                .orElse(getTranslation("catalog.edit.new")));
        setWidth("min(52em, 96vw)");
        label(code, "catalog.code", "type-editor-code");
        label(name, "catalog.name", "type-editor-name");
        label(synonyms, "catalog.edit.synonyms", "type-editor-synonyms");
        label(examples, "catalog.edit.examples", "type-editor-examples");
        category.setLabel(getTranslation("catalog.category"));
        category.setId("type-editor-category");
        category.setItems(catalog.types().stream()
                .map(DispatchType::category)
                .distinct()
                .sorted()
                .toList());
        category.setItemLabelGenerator(c -> {
            String label = getTranslation("catalog.cat." + c);
            return label.startsWith("!") ? c : label + "（" + c + "）";
        });
        category.setAllowCustomValue(true);
        category.addCustomValueSetListener(e -> category.setValue(e.getDetail()));
        kind.setLabel(getTranslation("catalog.target"));
        kind.setId("type-editor-kind");
        kind.setItems(DispatchTarget.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("catalog.edit.kind." + k.name()));
        kind.addValueChangeListener(e -> showTarget());
        item.setLabel(getTranslation("catalog.edit.item"));
        item.setId("type-editor-item");
        item.setItems(items);
        item.setItemLabelGenerator(i -> i.name() + "（" + i.code() + "）");
        department.setLabel(getTranslation("catalog.edit.department"));
        department.setId("type-editor-department");
        department.setItems(catalog.departments());
        department.setItemLabelGenerator(Department::name);
        basis.setLabel(getTranslation("catalog.basis"));
        basis.setId("type-editor-basis");
        basis.setItems("source", "duty-list", "inferred");
        basis.setItemLabelGenerator(b -> getTranslation("catalog.basis." + b));
        problem.setId("type-editor-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("white-space", "pre-line");

        editing.ifPresentOrElse(t -> fill(t, catalog, items), () -> {
            kind.setValue(DispatchTarget.Kind.ITEM);
            basis.setValue("inferred");
        });
        FormLayout form = new FormLayout(code, name, category, basis, kind, item, department, synonyms, examples);
        form.setColspan(synonyms, 2);
        form.setColspan(examples, 2);
        add(form, problem);

        Button save = new Button(getTranslation("catalog.edit.save"), e -> save());
        save.setId("type-editor-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("catalog.edit.cancel"), e -> close());
        getFooter().add(cancel, save);
        editing.ifPresent(t -> {
            Button delete = new Button(getTranslation("catalog.edit.delete"), e -> delete(t));
            delete.setId("type-editor-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().addComponentAsFirst(delete);
        });
        showTarget();
    }

    private <T extends Component & HasLabel> void label(T field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    private void fill(DispatchType t, DispatchCatalog catalog, Collection<DutyItem> items) {
        code.setValue(t.code());
        code.setReadOnly(true);
        name.setValue(t.name());
        category.setValue(t.category());
        synonyms.setValue(String.join("\n", t.synonyms()));
        examples.setValue(String.join("\n", t.examples()));
        kind.setValue(t.target().kind());
        switch (t.target().kind()) {
            case ITEM ->
                items.stream()
                        .filter(i -> i.code().equals(t.target().ref()))
                        .findFirst()
                        .ifPresent(item::setValue);
            case DEPARTMENT -> catalog.department(t.target().ref()).ifPresent(department::setValue);
            case COMMUNITY -> {}
        }
        basis.setValue(t.basis());
    }

    private void showTarget() {
        item.setVisible(kind.getValue() == DispatchTarget.Kind.ITEM);
        department.setVisible(kind.getValue() == DispatchTarget.Kind.DEPARTMENT);
    }

    private void save() {
        Optional<DispatchTarget> target = target();
        if (code.getValue().isBlank() || name.getValue().isBlank() || target.isEmpty()) {
            problem.setText(getTranslation("catalog.edit.missing"));
            return;
        }
        DispatchType type = new DispatchType(
                code.getValue().strip(),
                name.getValue().strip(),
                category.getValue() == null || category.getValue().isBlank()
                        ? null
                        : category.getValue().strip(),
                lines(synonyms.getValue()),
                lines(examples.getValue()),
                target.get(),
                basis.getValue());
        try {
            service.saveType(type);
        } catch (RefusedException refused) {
            problem.setText(Translations.of(refused.text()));
            return;
        }
        close();
        saved.run();
    }

    private void delete(DispatchType t) {
        try {
            service.deleteType(t.code());
        } catch (RefusedException refused) {
            problem.setText(Translations.of(refused.text()));
            return;
        }
        close();
        saved.run();
    }

    private Optional<DispatchTarget> target() {
        if (kind.getValue() == null) {
            return Optional.empty();
        }
        return switch (kind.getValue()) {
            case ITEM -> Optional.ofNullable(item.getValue()).map(i -> DispatchTarget.item(i.code()));
            case DEPARTMENT -> Optional.ofNullable(department.getValue()).map(d -> DispatchTarget.department(d.code()));
            case COMMUNITY -> Optional.of(DispatchTarget.community());
        };
    }

    /** One entry per line, blank lines dropped: a word with "、" in it stays one word. */
    static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
