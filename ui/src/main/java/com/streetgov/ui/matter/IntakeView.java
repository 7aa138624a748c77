package com.streetgov.ui.matter;

import com.streetgov.community.application.CommunityService;
import com.streetgov.community.domain.Community;
import com.streetgov.community.domain.Grid;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.domain.Channel;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterState;
import com.streetgov.matter.domain.TimeLimit;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one window (一窗通办): a clerk takes in any matter; the street comes from the choice, the grid or
 * community, or the address; the category is optional (the resident's words are matched otherwise).
 * The result says where the matter went and why, with a link to it.
 */
@Route(value = "matters/intake", layout = MainLayout.class)
@Menu(title = "nav.intake", order = 40)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final MatterService service;
    private final String actor;
    private final TextField title = new TextField(getTranslation("intake.title"));
    private final TextArea description = new TextArea(getTranslation("intake.description"));
    private final Select<String> street = new Select<>();
    private final ComboBox<Community> community = new ComboBox<>(getTranslation("intake.community"));
    private final ComboBox<Grid> grid = new ComboBox<>(getTranslation("intake.grid"));
    private final TextField address = new TextField(getTranslation("intake.address"));
    private final ComboBox<DutyItem> category = new ComboBox<>(getTranslation("intake.category"));
    private final Select<TimeLimit> limit = new Select<>();
    private final TextField resident = new TextField(getTranslation("intake.resident"));
    private final TextField phone = new TextField(getTranslation("intake.phone"));
    private final Div result = new Div();

    @Inject
    public IntakeView(MatterService service, CommunityService communities, RoleAccessControl access) {
        this.service = service;
        this.actor = access.user().username();
        Map<String, String> streets = service.streets();
        List<Community> allCommunities = communities.communities();
        List<Grid> allGrids = communities.grids();
        title.setId("intake-title");
        description.setId("intake-description");
        street.setId("intake-street");
        street.setLabel(getTranslation("intake.street"));
        street.setItems(streets.keySet());
        street.setItemLabelGenerator(code -> code == null ? "" : streets.getOrDefault(code, code));
        street.setEmptySelectionAllowed(true);
        access.user().street().flatMap(service::streetCodeNamed).ifPresent(street::setValue);
        community.setId("intake-community");
        community.setItemLabelGenerator(Community::name);
        community.setItems(allCommunities);
        grid.setId("intake-grid");
        grid.setItemLabelGenerator(g -> g.name() + "（" + g.households() + "户）");
        grid.setItems(allGrids);
        street.addValueChangeListener(e -> community.setItems(allCommunities.stream()
                .filter(c -> e.getValue() == null || c.street().equals(e.getValue()))
                .toList()));
        community.addValueChangeListener(e -> grid.setItems(allGrids.stream()
                .filter(g -> e.getValue() == null
                        || g.community().equals(e.getValue().code()))
                .toList()));
        address.setId("intake-address");
        category.setId("intake-category");
        category.setItems(service.catalog());
        category.setItemLabelGenerator(i -> i.name() + "（" + i.code() + "）");
        category.setClearButtonVisible(true);
        limit.setId("intake-limit");
        limit.setLabel(getTranslation("intake.limit"));
        limit.setItems(service.timeLimits());
        limit.setItemLabelGenerator(TimeLimit::name);
        service.timeLimits().stream().findFirst().ifPresent(limit::setValue); // the district's default
        resident.setId("intake-resident");
        phone.setId("intake-phone");
        result.setId("intake-result");
        FormLayout form =
                new FormLayout(title, description, street, community, grid, address, category, limit, resident, phone);
        form.setColspan(description, 2);
        Button submit = new Button(getTranslation("intake.submit"), e -> submit());
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("intake.pageTitle")), form, submit, result);
    }

    private void submit() {
        result.removeAll();
        Matter.Submission submission = new Matter.Submission(
                title.getValue(),
                description.getValue(),
                address.getValue(),
                street.getValue(),
                community.getValue() == null ? null : community.getValue().code(),
                grid.getValue() == null ? null : grid.getValue().code(),
                category.getValue() == null ? null : category.getValue().code(),
                resident.getValue(),
                phone.getValue());
        try {
            MatterService.Received received = service.intake(
                    new MatterService.Intake(
                            Channel.WINDOW,
                            null,
                            submission,
                            limit.getValue() == null ? null : limit.getValue().code()),
                    actor);
            Matter m = received.matter();
            RouterLink link = new RouterLink(m.number(), MatterPage.class, m.number());
            link.setId("intake-number");
            result.add(
                    new Div(getTranslation(
                            "intake.received", m.number(), m.dueAt().toString().replace('T', ' '))),
                    link);
            Div routing = new Div(m.routing()
                    .map(r -> getTranslation("intake.routed", r.reason()))
                    .or(() -> m.referral()
                            .map(r -> getTranslation(
                                    "intake.referred",
                                    r.name(),
                                    m.events().get(m.events().size() - 1).note())))
                    .orElse(getTranslation("intake.notRouted", received.routingProblem())));
            routing.setId("intake-routing");
            result.add(routing);
            if (!received.suggestions().isEmpty()) {
                result.add(suggestions(received, m));
            }
            title.clear();
            description.clear();
        } catch (RefusedException | ConstraintViolationException e) {
            Div problem = new Div(
                    e instanceof ConstraintViolationException v
                            ? v.getConstraintViolations().stream()
                                    .map(ConstraintViolation::getMessage)
                                    .sorted()
                                    .collect(Collectors.joining("；"))
                            : Translations.of(((RefusedException) e).text()));
            problem.setId("intake-problem");
            problem.getStyle().set("color", "var(--lumo-error-text-color)");
            result.add(problem);
        }
    }

    /**
     * The router's suggestions, best first, each with why (the words or meaning it matched); where
     * nothing was decided, a link to the dispatch desk.
     */
    private Div suggestions(MatterService.Received received, Matter m) {
        Div list = new Div();
        list.setId("intake-suggestions");
        list.add(new Div(getTranslation("intake.suggestions")));
        OrderedList items = new OrderedList();
        received.suggestions().forEach(s -> {
            ListItem item =
                    new ListItem(getTranslation("desk.place." + s.place().name()) + "：" + s.name()
                            + getTranslation("desk.score", String.format(Locale.ROOT, "%.2f", s.score())));
            Div why = new Div(Translations.of(s.why()));
            why.addClassName("intake-suggestion-why");
            why.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
            item.add(why);
            items.add(item);
        });
        list.add(items);
        if (m.state() == MatterState.RECEIVED) {
            RouterLink desk = new RouterLink(getTranslation("intake.toDesk"), DispatchDeskView.class);
            desk.setId("intake-desk");
            list.add(desk);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.pageTitle");
    }
}
