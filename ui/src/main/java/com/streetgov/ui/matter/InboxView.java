package com.streetgov.ui.matter;

import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.InboxQuery;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.PhoneWidth;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
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
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The inbox of street staff: matters by street, unit and state, read page by page, soonest deadline
 * first, each with its countdown (overdue ones flagged). A row opens the matter. On a phone
 * ({@link PhoneWidth}) the table becomes one card a matter and the filters fold away.
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
        grid.addColumn(this::unitName).setHeader(getTranslation("inbox.unit"));
        grid.addColumn(m -> MatterLabels.state(m.state()))
                .setHeader(getTranslation("inbox.state"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.dueAt().toString().replace('T', ' '))
                .setHeader(getTranslation("inbox.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::countdown)
                .setHeader(getTranslation("inbox.countdown"))
                .setAutoWidth(true);
        Grid.Column<MatterSummary> card =
                grid.addComponentColumn(m -> card(m, streets)).setHeader(getTranslation("inbox.title"));
        card.setVisible(false);
        grid.setItems(q -> service.inbox(query(), q.getOffset(), q.getLimit()).stream(), q -> service.count(query()));
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(MatterPage.class, e.getItem().number())));
        access.user().street().flatMap(service::streetCodeNamed).ifPresent(street::setValue);

        HorizontalLayout filters = new HorizontalLayout(street, unit, state, search, overdue, visitDue, count);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        Details folded = new Details(getTranslation("inbox.filters"), filters);
        folded.setId("inbox-filters");
        folded.setOpened(true);
        folded.setWidthFull();
        add(new H2(getTranslation("inbox.title")), folded);
        addAndExpand(grid);
        refresh();
        // A phone: one card a matter, the filters folded (the street is already the user's own).
        PhoneWidth.follow(this, narrow -> {
            grid.getColumns().forEach(c -> c.setVisible(narrow == (c == card)));
            folded.setOpened(!narrow);
            if (narrow) {
                grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            } else {
                grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            }
            for (Component field : List.of(street, unit, state, search)) {
                ((HasSize) field).setWidth(narrow ? "100%" : null);
            }
        });
    }

    private String unitName(MatterSummary m) {
        return m.leadUnit() == null
                ? "—"
                : service.units(m.street(), m.receivedAt().toLocalDate()).getOrDefault(m.leadUnit(), m.leadUnit());
    }

    private Span countdown(MatterSummary m) {
        LocalDateTime now = service.now();
        Span left = new Span(MatterLabels.countdown(m.dueAt(), now, !m.state().clockRuns()));
        left.getElement().getThemeList().add(m.overdue(now) ? "badge error" : "badge");
        return left;
    }

    /** A matter as a phone shows it: number, state and countdown; the title; street and unit. */
    private Div card(MatterSummary m, Map<String, String> streets) {
        Span number = new Span(m.number());
        number.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span state = new Span(MatterLabels.state(m.state()));
        state.getElement().getThemeList().add("badge contrast");
        Div top = new Div(number, state, countdown(m));
        top.addClassNames(
                LumoUtility.Display.FLEX,
                LumoUtility.FlexWrap.WRAP,
                LumoUtility.AlignItems.CENTER,
                LumoUtility.Gap.SMALL);
        Div title = new Div(m.title());
        title.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.TextColor.HEADER);
        Div where = new Div(streets.getOrDefault(m.street(), m.street()) + " · " + unitName(m));
        where.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Div card = new Div(top, title, where);
        card.addClassNames(
                "inbox-card",
                LumoUtility.Display.FLEX,
                LumoUtility.FlexDirection.COLUMN,
                LumoUtility.Gap.XSMALL,
                LumoUtility.Padding.Vertical.XSMALL);
        return card;
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
