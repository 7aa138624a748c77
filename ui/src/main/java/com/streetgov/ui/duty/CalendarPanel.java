package com.streetgov.ui.duty;

import com.streetgov.duty.application.AdmissionService;
import com.streetgov.duty.domain.CalendarDay;
import com.streetgov.ui.platform.ComponentTexts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/** The district's working-day calendar: holidays and worked weekend days, editable by district admins. */
class CalendarPanel extends Composite<VerticalLayout> {

    private final AdmissionService service;
    private final Grid<CalendarDay> days = new Grid<>();

    CalendarPanel(AdmissionService service, boolean admin) {
        this.service = service;
        days.setId("calendar-days");
        days.addColumn(d -> d.day().toString()).setHeader(getTranslation("calendar.day"));
        days.addColumn(d -> getTranslation(d.working() ? "calendar.working" : "calendar.holiday"))
                .setHeader(getTranslation("calendar.kind"));
        days.addColumn(CalendarDay::name).setHeader(getTranslation("calendar.name"));
        if (admin) {
            days.addComponentColumn(d -> {
                        Button remove = new Button(getTranslation("duties.delete"), e -> {
                            service.deleteDay(d.day());
                            refresh();
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                        return remove;
                    })
                    .setHeader("");
        }
        days.setHeight("20em");
        getContent().setPadding(false);
        if (admin) {
            DatePicker day = ComponentTexts.date(new DatePicker(getTranslation("calendar.day")));
            day.setId("calendar-new-day");
            Checkbox working = new Checkbox(getTranslation("calendar.working"));
            TextField name = new TextField(getTranslation("calendar.name"));
            name.setId("calendar-new-name");
            Button add = new Button(getTranslation("calendar.add"), e -> {
                if (day.getValue() == null || name.getValue().isBlank()) {
                    AdmissionView.show(getTranslation("calendar.incomplete"), true);
                    return;
                }
                service.saveDay(new CalendarDay(
                        day.getValue(), working.getValue(), name.getValue().strip()));
                refresh();
            });
            add.setId("calendar-add");
            HorizontalLayout row = new HorizontalLayout(day, working, name, add);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            getContent().add(row);
        }
        getContent().add(days);
        refresh();
    }

    private void refresh() {
        days.setItems(service.calendarDays());
    }
}
