package com.streetgov.ui.duty;

import com.streetgov.duty.application.DutyListService;
import com.streetgov.duty.application.DutyListService.InvalidItemException;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.duty.domain.DutyRole;
import com.streetgov.duty.domain.Movement;
import com.streetgov.ui.platform.ComponentTexts;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Edits one duty item in a dialog. Checks run in the service; what it refuses is listed in the dialog
 * and nothing is saved. Units are chosen from the layouts in force, by name.
 */
class DutyEditor extends Dialog {

    private final DutyListService service;
    private final Runnable afterSave;
    private final TextField code = field("duty-code", "duties.code");
    private final TextField name = field("duty-name", "duties.name");
    private final ComboBox<String> area = new ComboBox<>(DutyLabels.t("duties.area"));
    private final Select<DutyLevel> level = new Select<>();
    private final Select<DutyRole> role = new Select<>();
    private final MultiSelectComboBox<String> lead = new MultiSelectComboBox<>(DutyLabels.t("duties.lead"));
    private final MultiSelectComboBox<String> assist = new MultiSelectComboBox<>(DutyLabels.t("duties.assist"));
    private final TextField legalBasis = field("duty-legal-basis", "duties.legalBasis");
    private final TextField origin = field("duty-origin", "duties.origin");
    private final DatePicker from = ComponentTexts.date(new DatePicker(DutyLabels.t("duties.from")));
    private final DatePicker to = ComponentTexts.date(new DatePicker(DutyLabels.t("duties.to")));
    private final TextField keywords = field("duty-keywords", "duties.keywords");
    private final Select<Movement> movement = new Select<>();
    private final DatePicker movedOn = ComponentTexts.date(new DatePicker(DutyLabels.t("duties.movedOn")));
    private final Div problems = new Div();
    private final Button delete = new Button(DutyLabels.t("duties.delete"));
    private DutyItem editing;
    private boolean isNew;

    DutyEditor(DutyListService service, Map<String, String> units, Runnable afterSave) {
        this.service = service;
        this.afterSave = afterSave;
        setId("duty-editor");
        setWidth("56em");
        area.setId("duty-area");
        area.setAllowCustomValue(true);
        area.addCustomValueSetListener(e -> area.setValue(e.getDetail()));
        level.setLabel(DutyLabels.t("duties.level"));
        level.setId("duty-level");
        level.setItems(DutyLevel.values());
        level.setItemLabelGenerator(DutyLabels::level);
        role.setLabel(DutyLabels.t("duties.role"));
        role.setId("duty-role");
        role.setItems(DutyRole.values());
        role.setItemLabelGenerator(DutyLabels::role);
        lead.setId("duty-lead");
        assist.setId("duty-assist");
        for (MultiSelectComboBox<String> box : List.of(lead, assist)) {
            box.setItems(units.keySet());
            box.setItemLabelGenerator(c -> units.getOrDefault(c, c));
            box.setClearButtonVisible(true);
        }
        from.setId("duty-from");
        to.setId("duty-to");
        movement.setLabel(DutyLabels.t("duties.movement"));
        movement.setItems(Movement.values());
        movement.setItemLabelGenerator(DutyLabels::movement);
        problems.setId("duty-problems");
        problems.getStyle().set("color", "var(--lumo-error-text-color)");
        FormLayout form = new FormLayout(
                code, name, area, level, role, lead, assist, legalBasis, origin, from, to, keywords, movement, movedOn);
        form.setColspan(name, 2);
        add(form, problems);
        Button save = new Button(DutyLabels.t("duties.save"), e -> save());
        save.setId("duty-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setId("duty-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            service.delete(editing.code());
            close();
            afterSave.run();
        });
        getFooter().add(delete, new Button(DutyLabels.t("sheet.cancel"), e -> close()), save);
    }

    void open(DutyItem item, boolean create) {
        this.isNew = create;
        this.editing = item;
        setHeaderTitle(DutyLabels.t(create ? "duties.new" : "duties.edit"));
        area.setItems(service.areas());
        code.setReadOnly(!create);
        delete.setVisible(!create);
        problems.removeAll();
        code.setValue(item == null ? "" : item.code());
        name.setValue(item == null ? "" : item.name());
        area.setValue(item == null ? null : item.area());
        level.setValue(item == null ? DutyLevel.STREET : item.level());
        role.setValue(item == null ? DutyRole.LEAD : item.streetRole());
        lead.setValue(item == null ? List.of() : item.leadUnits());
        assist.setValue(item == null ? List.of() : item.assistingUnits());
        legalBasis.setValue(item == null || item.legalBasis() == null ? "" : item.legalBasis());
        origin.setValue(item == null || item.origin() == null ? "" : item.origin());
        from.setValue(item == null ? LocalDate.now() : item.effectiveFrom());
        to.setValue(item == null ? null : item.effectiveTo());
        keywords.setValue(item == null ? "" : String.join("、", item.keywords()));
        movement.setValue(item == null ? Movement.ORIGINAL : item.movement());
        movedOn.setValue(item == null ? null : item.movedOn());
        open();
    }

    private void save() {
        DutyItem item = new DutyItem(
                code.getValue().strip(),
                name.getValue().strip(),
                area.getValue() == null ? "" : area.getValue().strip(),
                level.getValue(),
                role.getValue(),
                new ArrayList<>(new LinkedHashSet<>(lead.getSelectedItems())),
                new ArrayList<>(new LinkedHashSet<>(assist.getSelectedItems())),
                blankToNull(legalBasis.getValue()),
                blankToNull(origin.getValue()),
                from.getValue(),
                to.getValue(),
                Arrays.stream(keywords.getValue().split("[、,，]"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList(),
                editing != null && editing.generated(),
                movement.getValue(),
                movedOn.getValue());
        try {
            service.save(item, isNew);
        } catch (InvalidItemException e) {
            problems.removeAll();
            e.problems().forEach(p -> problems.add(new Div(Translations.of(p))));
            return;
        }
        close();
        afterSave.run();
        Notification.show(DutyLabels.t("duties.saved", item.code()), 3000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private static TextField field(String id, String label) {
        TextField field = new TextField(DutyLabels.t(label));
        field.setId(id);
        return field;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
