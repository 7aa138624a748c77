package com.streetgov.ui.matter;

import com.streetgov.matter.application.DispatchDesk;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.MatterSummary;
import com.streetgov.matter.domain.Router;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dispatch desk (派单台): matters routing did not send to a unit, oldest first, and for the one
 * chosen the router's suggestions with why; a unit suggestion is one click away (a manual re-route that
 * routing learns from), a department suggestion one click from a referral (转办), a community one says
 * where to hand it over. Street staff
 * see their own street's matters, as in the inbox.
 */
@Route(value = "dispatch-desk", layout = MainLayout.class)
@Menu(title = "nav.desk", order = 60)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class DispatchDeskView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE = 200;

    private final MatterService matters;
    private final DispatchDesk desk;
    private final String actor;
    private final String ownStreet;
    private final Map<String, String> streets;
    private final Grid<MatterSummary> grid = new Grid<>();
    private final VerticalLayout suggestions = new VerticalLayout();
    private final Span count = new Span();

    @Inject
    public DispatchDeskView(MatterService matters, DispatchDesk desk, RoleAccessControl access) {
        this.matters = matters;
        this.desk = desk;
        this.actor = access.user().username();
        this.ownStreet =
                access.user().street().flatMap(matters::streetCodeNamed).orElse(null);
        this.streets = matters.streets();
        setSizeFull();
        grid.setId("desk-grid");
        grid.addColumn(MatterSummary::number)
                .setHeader(getTranslation("inbox.number"))
                .setAutoWidth(true);
        grid.addColumn(MatterSummary::title)
                .setHeader(getTranslation("intake.title"))
                .setFlexGrow(2);
        grid.addColumn(m -> streets.getOrDefault(m.street(), m.street())).setHeader(getTranslation("intake.street"));
        grid.addColumn(m -> m.receivedAt().toString().replace('T', ' '))
                .setHeader(getTranslation("desk.received"))
                .setAutoWidth(true);
        grid.addSelectionListener(e -> show(e.getFirstSelectedItem().orElse(null)));
        grid.setHeight("40vh");
        grid.setMinHeight("16em");
        suggestions.setId("desk-suggestions");
        suggestions.setPadding(false);
        count.setId("desk-count");
        add(
                new H2(getTranslation("desk.title")),
                new Paragraph(getTranslation("desk.explain")),
                count,
                grid,
                suggestions);
        refresh();
    }

    private void refresh() {
        grid.setItems(desk.waiting(ownStreet, 0, PAGE));
        count.setText(getTranslation("duties.count", String.valueOf(desk.count(ownStreet))));
        show(null);
    }

    private void show(MatterSummary m) {
        suggestions.removeAll();
        if (m == null) {
            return;
        }
        suggestions.add(
                new H3(getTranslation("desk.suggestionsFor", m.number())),
                new RouterLink(getTranslation("desk.open"), MatterPage.class, m.number()));
        List<Router.Suggestion> found = desk.suggestions(m.number());
        if (found.isEmpty()) {
            suggestions.add(new Span(getTranslation("desk.none")));
        }
        for (int i = 0; i < found.size(); i++) {
            suggestions.add(card(m, found.get(i), i));
        }
    }

    private Div card(MatterSummary m, Router.Suggestion s, int index) {
        Div card = new Div();
        card.setId("desk-suggestion-" + index);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("max-width", "60em");
        Span place = new Span(getTranslation("desk.place." + s.place().name()));
        place.getElement().getThemeList().add("badge");
        Span name = new Span(" " + s.name() + " ");
        name.getStyle().set("font-weight", "600");
        Span score = new Span(getTranslation("desk.score", String.format(Locale.ROOT, "%.2f", s.score())));
        Paragraph why = new Paragraph(Translations.of(s.why()));
        why.getStyle().set("margin", "var(--lumo-space-xs) 0").set("color", "var(--lumo-secondary-text-color)");
        card.add(place, name, score, why);
        if (s.place() == Router.Suggestion.Place.UNIT) {
            Button send = new Button(getTranslation("desk.send", s.name()), e -> send(m, s));
            send.setId("desk-send-" + index);
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(send);
        } else if (s.place() == Router.Suggestion.Place.DEPARTMENT) {
            Button refer = new Button(getTranslation("desk.refer", s.name()), e -> refer(m, s));
            refer.setId("desk-refer-" + index);
            refer.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.add(refer);
        } else {
            card.add(new Span(getTranslation("desk.handOver." + s.place().name(), s.name())));
        }
        return card;
    }

    private void refer(MatterSummary m, Router.Suggestion s) {
        try {
            desk.refer(m.number(), s.code(), actor);
            Notification.show(getTranslation("desk.referred", m.number(), s.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            Notification.show(Translations.of(e.text())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void send(MatterSummary m, Router.Suggestion s) {
        try {
            desk.send(m.number(), s.decision().itemCode(), s.name(), actor);
            Notification.show(getTranslation("desk.sent", m.number(), s.name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (RefusedException e) {
            Notification.show(Translations.of(e.text())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title");
    }
}
