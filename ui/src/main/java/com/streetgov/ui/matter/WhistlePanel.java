package com.streetgov.ui.matter;

import com.streetgov.matter.application.WhistleService;
import com.streetgov.matter.domain.Rating;
import com.streetgov.matter.domain.Whistle;
import com.streetgov.text.RefusedException;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 吹哨报到 on one matter: blow the whistle (departments, report-in minutes, reason); each summoned
 * department reports in with its action (late ones flagged) and is rated by the street.
 */
class WhistlePanel extends Composite<VerticalLayout> {

    private final WhistleService service;
    private final Runnable after;

    WhistlePanel(WhistleService service, String number, String actor, Runnable after) {
        this.service = service;
        this.after = after;
        // The district's departments as a pick list; one not in the catalog may be typed (、 separates several).
        List<String> known = new ArrayList<>(service.departments());
        MultiSelectComboBox<String> departments = new MultiSelectComboBox<>(MatterLabels.t("whistle.departments"));
        departments.setId("whistle-departments");
        departments.setWidth("28em");
        departments.setMaxWidth("100%");
        departments.setItems(known);
        departments.setAllowCustomValue(true);
        departments.addCustomValueSetListener(e -> {
            Set<String> chosen = new LinkedHashSet<>(departments.getValue());
            for (String typed : e.getDetail().split("[、,，]")) {
                if (!typed.isBlank() && !known.contains(typed.strip())) {
                    known.add(typed.strip());
                }
                if (!typed.isBlank()) {
                    chosen.add(typed.strip());
                }
            }
            departments.setItems(known);
            departments.setValue(chosen);
        });
        IntegerField minutes = new IntegerField(MatterLabels.t("whistle.minutes"));
        minutes.setId("whistle-minutes");
        minutes.setValue(30);
        TextField reason = new TextField(MatterLabels.t("whistle.reason"));
        reason.setId("whistle-reason");
        Button blow = new Button(
                MatterLabels.t("whistle.blow"),
                e -> act(() -> service.blow(
                        number,
                        List.copyOf(departments.getValue()),
                        minutes.getValue() == null ? 0 : minutes.getValue(),
                        reason.getValue(),
                        actor)));
        blow.setId("whistle-blow");
        getContent().setPadding(false);
        getContent().add(row(departments, minutes, reason, blow));
        List<Whistle> whistles = service.whistles(number);
        for (int w = 0; w < whistles.size(); w++) {
            Whistle whistle = whistles.get(w);
            Div head = new Div(MatterLabels.t(
                    "whistle.summary",
                    whistle.blownAt().toString().replace('T', ' '),
                    whistle.blownBy(),
                    whistle.deadline().toString().replace('T', ' ')));
            getContent().add(head);
            for (int s = 0; s < whistle.summons().size(); s++) {
                getContent().add(summons(whistle, whistle.summons().get(s), w + "-" + s, actor));
            }
        }
    }

    private HorizontalLayout summons(Whistle whistle, Whistle.Summons s, String id, String actor) {
        Div state = new Div(
                s.reported()
                        ? MatterLabels.t(
                                whistle.late(s) ? "whistle.reportedLate" : "whistle.reported",
                                s.department(),
                                s.reportedAt().toString().replace('T', ' '),
                                s.action())
                        : MatterLabels.t("whistle.waiting", s.department()));
        if (s.rating() != null) {
            state.setText(state.getText() + MatterLabels.t("whistle.rated", MatterLabels.rating(s.rating())));
        }
        state.setId("summons-" + id);
        HorizontalLayout row = row(state);
        if (!s.reported()) {
            TextField action = new TextField(MatterLabels.t("whistle.action"));
            action.setId("summons-action-" + id);
            Button report = new Button(
                    MatterLabels.t("whistle.reportIn"),
                    e -> act(() -> service.reportIn(whistle.id(), s.department(), action.getValue(), actor)));
            report.setId("summons-report-" + id);
            row.add(action, report);
        } else {
            Select<Rating> rating = new Select<>();
            rating.setId("summons-rating-" + id);
            rating.setItems(Rating.values());
            rating.setItemLabelGenerator(MatterLabels::rating);
            if (s.rating() != null) {
                rating.setValue(s.rating());
            }
            Button rate = new Button(MatterLabels.t("whistle.rate"), e -> {
                if (rating.getValue() == null) {
                    MatterLabels.notify(MatterLabels.t("matter.pickRating"), true);
                    return;
                }
                act(() -> service.rateSummons(whistle.id(), s.department(), rating.getValue(), actor));
            });
            rate.setId("summons-rate-" + id);
            row.add(rating, rate);
        }
        return row;
    }

    private interface Action {
        void run() throws RefusedException;
    }

    private void act(Action action) {
        try {
            action.run();
        } catch (RefusedException e) {
            MatterLabels.notify(MatterLabels.refusal(e), true);
            return;
        }
        after.run();
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        return row;
    }
}
