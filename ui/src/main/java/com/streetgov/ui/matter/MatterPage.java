package com.streetgov.ui.matter;

import com.streetgov.assessment.application.ExclusionService;
import com.streetgov.dispatch.domain.Department;
import com.streetgov.duty.domain.DutyItem;
import com.streetgov.matter.application.MatterService;
import com.streetgov.matter.application.Referrals;
import com.streetgov.matter.application.ReturnVisitService;
import com.streetgov.matter.application.WhistleService;
import com.streetgov.matter.domain.Matter;
import com.streetgov.matter.domain.MatterEvent;
import com.streetgov.matter.domain.MatterStep;
import com.streetgov.matter.domain.ReturnVisit;
import com.streetgov.photo.application.MatterPhotos;
import com.streetgov.photo.domain.PhotoInfo;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.text.RefusedException;
import com.streetgov.text.Text;
import com.streetgov.ui.assessment.ExclusionPanel;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One matter: what was asked (with the resident's photos), where it was routed and why, its deadline, the steps its state allows
 * (on behalf of the unit it was sent to), whistles, the resident's rating and the return visit (its
 * state, or the outcome form while it is to do), a request to exclude it from assessment, and the
 * complete history.
 */
@Route(value = "matters", layout = MainLayout.class)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class MatterPage extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MatterService service;
    private final ReturnVisitService visits;
    private final WhistleService whistles;
    private final ExclusionService exclusions;
    private final Referrals referrals;
    private final MatterPhotos photos;
    private final String actor;
    private String number;

    @Inject
    public MatterPage(
            MatterService service,
            ReturnVisitService visits,
            WhistleService whistles,
            ExclusionService exclusions,
            Referrals referrals,
            MatterPhotos photos,
            RoleAccessControl access) {
        this.referrals = referrals;
        this.photos = photos;
        this.service = service;
        this.visits = visits;
        this.whistles = whistles;
        this.exclusions = exclusions;
        this.actor = access.user().username();
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.number = parameter;
        render();
    }

    private void render() {
        removeAll();
        Matter m = service.find(number).orElse(null);
        if (m == null) {
            add(new H2(MatterLabels.t("matter.notFound", number)));
            return;
        }
        Map<String, String> units =
                service.units(m.submission().street(), m.receivedAt().toLocalDate());
        String streetName = service.streets()
                .getOrDefault(m.submission().street(), m.submission().street());
        H2 title = new H2(m.number() + " " + m.submission().title());
        Span state = new Span(MatterLabels.state(m.state()));
        state.setId("matter-state");
        state.getElement().getThemeList().add("badge");
        Span countdown = new Span(
                MatterLabels.countdown(m.dueAt(), service.now(), !m.state().clockRuns()));
        countdown.setId("matter-countdown");
        countdown.getElement().getThemeList().add(m.overdue(service.now()) ? "badge error" : "badge contrast");
        Div facts = new Div(MatterLabels.t(
                "matter.facts",
                streetName,
                m.routing()
                        .map(r -> units.getOrDefault(r.leadUnit(), r.leadUnit()))
                        .or(() -> m.referral().map(r -> MatterLabels.t("matter.referredTo", r.name())))
                        .orElse("—"),
                m.limit().name(),
                m.receivedAt().toString().replace('T', ' '),
                m.dueAt().toString().replace('T', ' ')));
        facts.setId("matter-facts");
        Div description = new Div(m.submission().description());
        Div routing = new Div(m.routing()
                .map(r -> MatterLabels.t("matter.routing", r.reason(), String.valueOf(r.rule())))
                .or(() -> m.referral().map(r -> MatterLabels.t("matter.referral", r.name())))
                .orElse(MatterLabels.t("matter.unrouted")));
        routing.setId("matter-routing");
        add(title, new HorizontalLayout(state, countdown), facts, description);
        List<PhotoInfo> pictures = photos.list(m.number());
        if (!pictures.isEmpty()) {
            add(new PhotoStrip(photos, m.number(), pictures));
        }
        add(routing);
        add(actions(m));
        add(new H3(MatterLabels.t("whistle.title")), new WhistlePanel(whistles, m.number(), actor, this::render));
        add(feedback(m));
        add(new ExclusionPanel(exclusions, m.number(), this::render));
        add(new H3(MatterLabels.t("matter.history")), history(m));
    }

    private VerticalLayout actions(Matter m) {
        TextArea text = new TextArea(MatterLabels.t("matter.text"));
        text.setId("matter-text");
        text.setWidth("min(40em, 100%)");
        ComboBox<DutyItem> item = new ComboBox<>(MatterLabels.t("matter.item"));
        item.setId("matter-item");
        item.setItems(service.catalog());
        item.setItemLabelGenerator(i -> i.name() + "（" + i.code() + "）");
        item.setWidth("28em");
        item.setMaxWidth("100%");
        ComboBox<Department> department = new ComboBox<>(MatterLabels.t("matter.department"));
        department.setId("matter-department");
        department.setItemLabelGenerator(Department::name);
        department.setWidth("18em");
        department.setMaxWidth("100%");
        if (m.allowedSteps().contains(MatterStep.REFER)) {
            department.setItems(referrals.departments());
        } else {
            department.setVisible(false);
        }
        String unit = m.routing().map(r -> r.leadUnit()).orElse(null);
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setId("matter-actions");
        buttons.setWrap(true);
        // Exactly the steps the matter's state allows (the domain's table, MatterStep), in workflow order.
        for (MatterStep allowed : m.allowedSteps()) {
            Action action =
                    switch (allowed) {
                        case ACCEPT -> () -> service.accept(number, unit, actor);
                        case REJECT ->
                            () -> {
                                var judgement = service.reject(
                                        number,
                                        unit,
                                        text.getValue(),
                                        item.getValue() == null
                                                ? null
                                                : item.getValue().code(),
                                        actor);
                                MatterLabels.notify(Translations.of(judgement.message()), !judgement.accepted());
                            };
                        case REROUTE ->
                            () -> service.reroute(
                                    number,
                                    item.getValue() == null
                                            ? null
                                            : item.getValue().code(),
                                    Text.literal(text.getValue()),
                                    actor);
                        case START -> () -> service.start(number, actor);
                        case RESPOND -> () -> service.respond(number, text.getValue(), actor);
                        case RESOLVE -> () -> service.resolve(number, actor);
                        case CLOSE -> () -> service.close(number, actor);
                        case REOPEN -> () -> service.reopen(number, text.getValue(), actor);
                        case REFER ->
                            () -> referrals.refer(
                                    number,
                                    department.getValue() == null
                                            ? null
                                            : department.getValue().code(),
                                    text.getValue(),
                                    actor);
                    };
            buttons.add(step(allowed.name().toLowerCase(java.util.Locale.ROOT), action));
        }
        HorizontalLayout inputs = new HorizontalLayout(text, item, department);
        inputs.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        inputs.setWrap(true);
        inputs.setWidthFull();
        VerticalLayout box = new VerticalLayout(new H3(MatterLabels.t("matter.actions")), inputs, buttons);
        box.setPadding(false);
        return box;
    }

    private interface Action {
        void run() throws RefusedException;
    }

    private Button step(String name, Action action) {
        Button button = new Button(MatterLabels.t("matter.step." + name), e -> {
            try {
                action.run();
            } catch (RefusedException | AccessRefusedException refused) {
                MatterLabels.notify(MatterLabels.refusal(refused), true);
                return;
            }
            render();
        });
        button.setId("matter-" + name);
        return button;
    }

    private VerticalLayout feedback(Matter m) {
        Div answer =
                new Div(m.answer().map(a -> MatterLabels.t("matter.answer", a)).orElse(""));
        answer.setId("matter-answer");
        // The resident's rating reaches a matter through the resident's own channel, or as heard on
        // a valid return visit recorded here, which names the staff member who called (DD023).
        Span rating = new Span(MatterLabels.t(
                "visit.rating", m.rating().map(MatterLabels::rating).orElse(MatterLabels.t("visit.notRated"))));
        rating.setId("matter-rating");
        Optional<ReturnVisit> visit = visits.find(number);
        Span state = new Span(visit.map(this::visitState).orElse(MatterLabels.t("visit.none")));
        state.setId("matter-visit-state");
        VerticalLayout box = new VerticalLayout(new H3(MatterLabels.t("matter.feedback")), answer, rating, state);
        boolean toDo = visit.map(v -> v.state() == ReturnVisit.State.DUE)
                .orElse(m.state().answered() || m.overdue(service.now()));
        if (toDo) {
            box.add(new VisitForm(visits, number, "matter-visit", this::render));
        }
        box.setPadding(false);
        return box;
    }

    private String visitState(ReturnVisit v) {
        return v.outcome()
                .map(o -> MatterLabels.t(
                        "visit.done",
                        o.visitedAt().toString().replace('T', ' '),
                        o.visitedBy(),
                        MatterLabels.t("visit.channel." + o.channel().name()),
                        o.summary()))
                .orElseGet(() -> MatterLabels.t(
                        v.overdue(service.now()) ? "visit.dueOverdue" : "visit.due",
                        v.dueAt().toString().replace('T', ' ')));
    }

    private Grid<MatterEvent> history(Matter m) {
        Grid<MatterEvent> grid = new Grid<>();
        grid.setId("matter-history");
        grid.addColumn(e -> e.at().toString().replace('T', ' '))
                .setHeader(MatterLabels.t("matter.at"))
                .setAutoWidth(true);
        grid.addColumn(MatterEvent::actor)
                .setHeader(MatterLabels.t("matter.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> MatterLabels.t("matter.event." + e.type()))
                .setHeader(MatterLabels.t("matter.event"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.to() == null || e.to() == e.from() ? "" : MatterLabels.state(e.to()))
                .setHeader(MatterLabels.t("inbox.state"))
                .setAutoWidth(true);
        grid.addColumn(e -> Translations.of(e.note()))
                .setHeader(MatterLabels.t("matter.note"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(m.events());
        return grid;
    }

    @Override
    public String getPageTitle() {
        return MatterLabels.t("matter.pageTitle", number == null ? "" : number);
    }
}
