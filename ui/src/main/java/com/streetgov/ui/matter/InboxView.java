package com.streetgov.ui.matter;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The inbox of street staff: matters by street, unit and state, read page by page, soonest deadline
 * first, each with its countdown (overdue ones flagged). A row opens the matter.
 */
@Route(value = "matters", layout = MainLayout.class)
@Menu(title = "nav.inbox", order = 50)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final MatterService service;
    private final Select<String> street = new Select<>();
    private final Select<String> unit = new Select<>();
    private final Select<MatterState> state = new Select<>();
    private final TextField search = new TextField();
    private final Checkbox overdue = new Checkbox(getTranslation("inbox.overdueOnly"));
    private final Checkbox visitDue = new Checkbox(getTranslation("inbox.returnVisitDue"));
    private final Span count = new Span();
    private final Grid<MatterSummary> grid = new Grid<>();
    private Map<String, String> units = Map.of();

    @Inject
    public InboxView(MatterService service, RoleAccessControl access) {
        this.service = service;
        setSizeFull();
        Map<String, String> streets = service.streets();
        street.setId("inbox-street");
        street.setLabel(getTranslation("intake.street"));
        street.setEmptySelectionAllowed(true);
        street.setEmptySelectionCaption(getTranslation("duties.any"));
        street.setItems(streets.keySet());
        street.setItemLabelGenerator(c -> c == null ? getTranslation("duties.any") : streets.getOrDefault(c, c));
        unit.setId("inbox-unit");
        unit.setLabel(getTranslation("inbox.unit"));
        unit.setEmptySelectionAllowed(true);
        unit.setEmptySelectionCaption(getTranslation("duties.any"));
        unit.setItemLabelGenerator(c -> c == null ? getTranslation("duties.any") : units.getOrDefault(c, c));
        state.setId("inbox-state");
        state.setLabel(getTranslation("inbox.state"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("duties.any"));
        state.setItems(MatterState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("duties.any") : MatterLabels.state(s));
        search.setId("inbox-search");
        search.setPlaceholder(getTranslation("inbox.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        overdue.setId("inbox-overdue");
        count.setId("inbox-count");
        street.addValueChangeListener(e -> {
            units = e.getValue() == null ? Map.of() : service.units(e.getValue(), LocalDate.now());
            unit.setItems(units.keySet());
            refresh();
        });
        unit.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());
        visitDue.setId("inbox-visit-due");
        visitDue.addValueChangeListener(e -> refresh());

        grid.setId("inbox-grid");
        grid.addColumn(MatterSummary::number)
                .setHeader(getTranslation("inbox.number"))
                .setAutoWidth(true);
        grid.addColumn(MatterSummary::title)
                .setHeader(getTranslation("intake.title"))
                .setFlexGrow(2);
        grid.addColumn(m -> streets.getOrDefault(m.street(), m.street())).setHeader(getTranslation("intake.street"));
        grid.addColumn(m -> m.leadUnit() == null
                        ? "—"
                        : service.units(m.street(), m.receivedAt().toLocalDate())
                                .getOrDefault(m.leadUnit(), m.leadUnit()))
                .setHeader(getTranslation("inbox.unit"));
        grid.addColumn(m -> MatterLabels.state(m.state()))
                .setHeader(getTranslation("inbox.state"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.dueAt().toString().replace('T', ' '))
                .setHeader(getTranslation("inbox.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> {
                    LocalDateTime now = service.now();
                    Span left = new Span(
                            MatterLabels.countdown(m.dueAt(), now, !m.state().clockRuns()));
                    left.getElement().getThemeList().add(m.overdue(now) ? "badge error" : "badge");
                    return left;
                })
                .setHeader(getTranslation("inbox.countdown"))
                .setAutoWidth(true);
        grid.setItems(q -> service.inbox(query(), q.getOffset(), q.getLimit()).stream(), q -> service.count(query()));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MatterPage.class, e.getItem().number())));
        access.user().street().flatMap(service::streetCodeNamed).ifPresent(street::setValue);

        HorizontalLayout filters = new HorizontalLayout(street, unit, state, search, overdue, visitDue, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("inbox.title")), filters);
        addAndExpand(grid);
        refresh();
    }

    private InboxQuery query() {
        return new InboxQuery(
                street.getValue(),
                unit.getValue(),
                state.getValue(),
                search.getValue(),
                overdue.getValue(),
                visitDue.getValue(),
                service.now());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("duties.count", String.valueOf(service.count(query()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title");
    }
}
