package com.streetgov.ui.matter;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The district's time limits per matter class (e.g. urgent 2 hours, 24 hours, 7 days, 15 working
 * days), edited by district admins; new matters take them at once, matters already taken in keep
 * the deadline they were given.
 */
@Route(value = "matters/time-limits", layout = MainLayout.class)
@Menu(title = "nav.timeLimits", order = 170)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class TimeLimitsView extends VerticalLayout implements HasDynamicTitle {

    private final MatterService service;
    private final Grid<TimeLimit> grid = new Grid<>();
    private List<TimeLimit> limits;

    @Inject
    public TimeLimitsView(MatterService service) {
        this.service = service;
        this.limits = new ArrayList<>(service.timeLimits());
        grid.setId("limits-grid");
        grid.addColumn(TimeLimit::code).setHeader(MatterLabels.t("limits.code"));
        grid.addColumn(TimeLimit::name).setHeader(MatterLabels.t("limits.name"));
        grid.addColumn(l -> l.amount() + " "
                        + MatterLabels.t("limits.measure." + l.measure().name()))
                .setHeader(MatterLabels.t("limits.amount"));
        grid.addComponentColumn(l -> {
                    Button remove = new Button(MatterLabels.t("duties.delete"), e -> {
                        if (limits.size() == 1) {
                            MatterLabels.notify(MatterLabels.t("limits.keepOne"), true);
                            return;
                        }
                        limits.remove(l);
                        save();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    return remove;
                })
                .setHeader("");
        grid.setAllRowsVisible(true);

        TextField code = new TextField(MatterLabels.t("limits.code"));
        code.setId("limits-code");
        TextField name = new TextField(MatterLabels.t("limits.name"));
        name.setId("limits-name");
        IntegerField amount = new IntegerField(MatterLabels.t("limits.amount"));
        amount.setId("limits-amount");
        amount.setMin(1);
        Select<TimeLimit.Measure> measure = new Select<>();
        measure.setId("limits-measure");
        measure.setLabel(MatterLabels.t("limits.measure"));
        measure.setItems(TimeLimit.Measure.values());
        measure.setItemLabelGenerator(m -> MatterLabels.t("limits.measure." + m.name()));
        measure.setValue(TimeLimit.Measure.HOURS);
        Button add = new Button(MatterLabels.t("calendar.add"), e -> {
            String c = code.getValue().strip();
            if (c.isEmpty() || name.getValue().isBlank() || amount.getValue() == null || amount.getValue() < 1) {
                MatterLabels.notify(MatterLabels.t("limits.incomplete"), true);
                return;
            }
            if (limits.stream().anyMatch(l -> l.code().equals(c))) {
                MatterLabels.notify(MatterLabels.t("limits.duplicate", c), true);
                return;
            }
            limits.add(new TimeLimit(c, name.getValue().strip(), measure.getValue(), amount.getValue()));
            save();
            code.clear();
            name.clear();
            amount.clear();
        });
        add.setId("limits-add");
        HorizontalLayout form = new HorizontalLayout(code, name, amount, measure, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(MatterLabels.t("limits.title")), new Paragraph(MatterLabels.t("limits.help")), grid, form);
        grid.setItems(limits);
    }

    private void save() {
        service.replaceTimeLimits(limits);
        limits = new ArrayList<>(service.timeLimits());
        grid.setItems(limits);
    }

    @Override
    public String getPageTitle() {
        return MatterLabels.t("limits.title");
    }
}
