package com.streetgov.ui.duty;

import com.streetgov.duty.application.AdmissionService;
import com.streetgov.duty.domain.DutyLevel;
import com.streetgov.text.RefusedException;
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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A department's new admission application; a refusal (too little notice, …) is shown, nothing saved. */
class AdmissionDialog extends Dialog {

    AdmissionDialog(
            AdmissionService service, Map<String, String> units, List<String> areas, String actor, Runnable after) {
        setId("admission-dialog");
        setHeaderTitle(DutyLabels.t("admission.new"));
        TextField task = new TextField(DutyLabels.t("admission.task"));
        task.setId("admission-task");
        TextField department = new TextField(DutyLabels.t("admission.department"));
        department.setId("admission-department");
        Select<DutyLevel> level = new Select<>();
        level.setLabel(DutyLabels.t("admission.target"));
        level.setId("admission-level");
        level.setItems(DutyLevel.values());
        level.setItemLabelGenerator(DutyLabels::level);
        level.setValue(DutyLevel.STREET);
        ComboBox<String> area = new ComboBox<>(DutyLabels.t("duties.area"));
        area.setId("admission-area");
        area.setItems(areas);
        area.setAllowCustomValue(true);
        area.addCustomValueSetListener(e -> area.setValue(e.getDetail()));
        MultiSelectComboBox<String> lead = new MultiSelectComboBox<>(DutyLabels.t("duties.lead"));
        lead.setId("admission-lead");
        lead.setItems(units.keySet());
        lead.setItemLabelGenerator(c -> units.getOrDefault(c, c));
        DatePicker applied = ComponentTexts.date(new DatePicker(DutyLabels.t("admission.appliedOn"), LocalDate.now()));
        applied.setId("admission-applied");
        DatePicker effective = ComponentTexts.date(new DatePicker(DutyLabels.t("admission.effectiveFrom")));
        effective.setId("admission-effective");
        Div problem = new Div();
        problem.setId("admission-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new FormLayout(task, department, level, area, lead, applied, effective), problem);
        Button save = new Button(DutyLabels.t("admission.apply"), e -> {
            if (applied.getValue() == null || effective.getValue() == null || area.getValue() == null) {
                problem.setText(DutyLabels.t("admission.incomplete"));
                return;
            }
            try {
                service.apply(
                        task.getValue(),
                        department.getValue(),
                        level.getValue(),
                        area.getValue(),
                        new ArrayList<>(lead.getSelectedItems()),
                        applied.getValue(),
                        effective.getValue(),
                        actor);
            } catch (RefusedException refused) {
                problem.setText(Translations.of(refused.text()));
                return;
            }
            close();
            after.run();
        });
        save.setId("admission-apply");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(DutyLabels.t("sheet.cancel"), e -> close()), save);
    }
}
