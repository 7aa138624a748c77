package com.streetgov.ui.matter;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.application.ReturnVisitService;
import com.streetgov.matter.domain.ReturnVisitSummary;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The return-visit queue (回访): visits to do, soonest due first, overdue ones marked, each with the
 * resident's name and phone and a dialog to record the call. A district admin sees the district (and
 * may narrow to a street); street staff see their own street's, as the service decides.
 */
@Route(value = "visits", layout = MainLayout.class)
@Menu(title = "visit.nav", order = 110)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class VisitQueueView extends VerticalLayout implements HasDynamicTitle {

    private final ReturnVisitService visits;
    private final Select<String> street = new Select<>();
    private final Span count = new Span();
    private final Grid<ReturnVisitSummary> grid = new Grid<>();

    @Inject
    public VisitQueueView(ReturnVisitService visits, MatterService matters, RoleAccessControl access) {
        this.visits = visits;
        setSizeFull();
        Map<String, String> streets = matters.streets();
        street.setId("visits-street");
        street.setLabel(getTranslation("intake.street"));
        street.setEmptySelectionAllowed(true);
        street.setEmptySelectionCaption(getTranslation("duties.any"));
        street.setItems(streets.keySet());
        street.setItemLabelGenerator(c -> c == null ? getTranslation("duties.any") : streets.getOrDefault(c, c));
        street.addValueChangeListener(e -> refresh());
        // Street staff always get their own street's queue: no choice to offer.
        street.setVisible(access.user().hasRole(Role.DISTRICT_ADMIN));
        count.setId("visits-count");

        grid.setId("visits-grid");
        grid.addComponentColumn(v -> {
                    Anchor link = new Anchor("matters/" + v.matterNumber(), v.matterNumber());
                    link.setId("visits-matter-" + v.matterNumber());
                    return link;
                })
                .setHeader(getTranslation("inbox.number"))
                .setAutoWidth(true);
        grid.addColumn(ReturnVisitSummary::title)
                .setHeader(getTranslation("intake.title"))
                .setFlexGrow(2);
        grid.addColumn(v -> streets.getOrDefault(v.street(), v.street()))
                .setHeader(getTranslation("intake.street"))
                .setAutoWidth(true);
        grid.addColumn(v -> MatterLabels.state(v.matterState()))
                .setHeader(getTranslation("inbox.state"))
                .setAutoWidth(true);
        grid.addColumn(v -> dash(v.residentName()) + " " + dash(v.residentPhone()))
                .setHeader(getTranslation("visit.resident"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> {
                    LocalDateTime now = matters.now();
                    Span due = new Span(v.dueAt().toString().replace('T', ' ')
                            + (v.overdue(now) ? " " + getTranslation("visit.overdue") : ""));
                    due.getElement().getThemeList().add(v.overdue(now) ? "badge error" : "badge");
                    due.setId("visits-due-" + v.matterNumber());
                    return due;
                })
                .setHeader(getTranslation("visit.dueAt"))
                .setAutoWidth(true);
        grid.addComponentColumn(v -> {
                    Button open = new Button(getTranslation("visit.record"), e -> dialog(v));
                    open.setId("visits-open-" + v.matterNumber());
                    return open;
                })
                .setAutoWidth(true);
        grid.setItems(q -> visits.due(street.getValue(), q.getOffset(), q.getLimit()).stream(), q ->
                (int) visits.countDue(street.getValue()));

        HorizontalLayout filters = new HorizontalLayout(street, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("visit.title")), filters);
        addAndExpand(grid);
        refresh();
    }

    private void dialog(ReturnVisitSummary v) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("visit.dialogTitle", v.matterNumber(), v.title()));
        dialog.add(new Span(getTranslation("visit.call", dash(v.residentName()), dash(v.residentPhone()))));
        dialog.add(new VisitForm(visits, v.matterNumber(), "visit", () -> {
            dialog.close();
            refresh();
        }));
        Button cancel = new Button(getTranslation("visit.cancel"), e -> dialog.close());
        cancel.setId("visit-cancel");
        dialog.getFooter().add(cancel);
        dialog.setWidth("44em");
        dialog.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("visit.count", String.valueOf(visits.countDue(street.getValue()))));
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("visit.title");
    }
}
