package com.streetgov.ui.matter;

import com.streetgov.matter.application.ReturnVisitService;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.VisitOutcome;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.text.RefusedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The outcome of a return visit (回访), as staff record it: reached? (if not: unreachable or refused —
 * an invalid visit); did the unit contact the resident; resolved; satisfaction; a note. Used by the
 * visit queue's dialog and the matter page; ids start with the given prefix. Who and when are the
 * caller and now, stamped by the service.
 */
public class VisitForm extends FormLayout {

    private final RadioButtonGroup<Boolean> reached = yesNo("visit.reached");
    private final RadioButtonGroup<VisitOutcome.Unreached> unreached = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> contacted = yesNo("visit.contacted");
    private final RadioButtonGroup<Boolean> resolved = yesNo("visit.resolved");
    private final Select<Rating> satisfaction = new Select<>();
    private final TextArea note = new TextArea(MatterLabels.t("visit.note"));

    /** {@code recorded} runs after the service accepted the outcome. */
    public VisitForm(ReturnVisitService service, String matterNumber, String idPrefix, Runnable recorded) {
        unreached.setLabel(MatterLabels.t("visit.unreached"));
        unreached.setItems(VisitOutcome.Unreached.values());
        unreached.setItemLabelGenerator(u -> MatterLabels.t("visit.unreached." + u.name()));
        satisfaction.setLabel(MatterLabels.t("visit.satisfaction"));
        satisfaction.setItems(Rating.values());
        satisfaction.setItemLabelGenerator(MatterLabels::rating);
        note.setMaxLength(VisitOutcome.NOTE_MAX);
        reached.addValueChangeListener(e -> show(e.getValue()));
        show(null);
        Button record = new Button(MatterLabels.t("visit.record"), e -> {
            if (reached.getValue() == null) {
                MatterLabels.notify(MatterLabels.t("visit.chooseReached"), true);
                return;
            }
            try {
                service.record(matterNumber, outcome());
            } catch (RefusedException | AccessRefusedException refused) {
                MatterLabels.notify(MatterLabels.refusal(refused), true);
                return;
            }
            MatterLabels.notify(MatterLabels.t("visit.recorded", matterNumber), false);
            recorded.run();
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reached.setId(idPrefix + "-reached");
        unreached.setId(idPrefix + "-unreached");
        contacted.setId(idPrefix + "-contacted");
        resolved.setId(idPrefix + "-resolved");
        satisfaction.setId(idPrefix + "-satisfaction");
        note.setId(idPrefix + "-note");
        record.setId(idPrefix + "-record");
        add(reached, unreached, contacted, resolved, satisfaction, note, record);
        setColspan(note, 2);
    }

    /** What the form says; the service refuses what is missing, naming the field. */
    VisitOutcome outcome() {
        return Boolean.TRUE.equals(reached.getValue())
                ? new VisitOutcome(
                        true,
                        null,
                        contacted.getValue(),
                        resolved.getValue(),
                        satisfaction.getValue(),
                        note.getValue(),
                        null,
                        null,
                        null)
                : VisitOutcome.unreached(unreached.getValue(), note.getValue());
    }

    private void show(Boolean isReached) {
        unreached.setVisible(Boolean.FALSE.equals(isReached));
        boolean heard = Boolean.TRUE.equals(isReached);
        contacted.setVisible(heard);
        resolved.setVisible(heard);
        satisfaction.setVisible(heard);
    }

    private static RadioButtonGroup<Boolean> yesNo(String label) {
        RadioButtonGroup<Boolean> group = new RadioButtonGroup<>(MatterLabels.t(label));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> MatterLabels.t(b ? "visit.yes" : "visit.no"));
        return group;
    }
}
