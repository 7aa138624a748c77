package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.ExclusionService;
import com.streetgov.assessment.domain.Exclusion;
import com.streetgov.assessment.domain.ExclusionKind;
import com.streetgov.tenancy.AccessRefusedException;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The district admin's approval of exclusions from assessment: the requests waiting, oldest first,
 * each approved or refused with a note (a refusal needs one).
 */
@Route(value = "exclusions", layout = MainLayout.class)
@Menu(title = "exclusion.nav", order = 190)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class ExclusionsView extends VerticalLayout implements HasDynamicTitle {

    private final ExclusionService service;
    private final List<ExclusionKind> kinds;
    private final TextField note = new TextField();
    private final Span count = new Span();
    private final Grid<Exclusion> grid = new Grid<>();

    @Inject
    public ExclusionsView(ExclusionService service) {
        this.service = service;
        this.kinds = service.kinds();
        setSizeFull();
        note.setId("exclusions-note");
        note.setLabel(getTranslation("exclusion.note"));
        note.setWidth("32em");
        note.setMaxLength(Exclusion.TEXT_MAX);
        count.setId("exclusions-count");
        grid.setId("exclusions-grid");
        grid.addComponentColumn(e -> new Anchor("matters/" + e.matterNumber(), e.matterNumber()))
                .setHeader(getTranslation("inbox.number"))
                .setAutoWidth(true);
        grid.addColumn(e -> Exclusions.kindName(kinds, e.kind()))
                .setHeader(getTranslation("exclusion.kind"))
                .setAutoWidth(true);
        grid.addColumn(Exclusion::reason)
                .setHeader(getTranslation("exclusion.reason"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.requestedBy() + " " + e.requestedAt().toString().replace('T', ' '))
                .setHeader(getTranslation("exclusion.requestedBy"))
                .setAutoWidth(true);
        grid.addComponentColumn(e -> {
                    Button approve = decision(e, true);
                    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                    return new HorizontalLayout(approve, decision(e, false));
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H2(getTranslation("exclusion.pageTitle")), new HorizontalLayout(note, count));
        addAndExpand(grid);
        refresh();
    }

    private Button decision(Exclusion e, boolean approve) {
        String name = approve ? "approve" : "refuse";
        Button button = new Button(getTranslation("exclusion." + name), click -> {
            try {
                service.decide(e.matterNumber(), approve, note.getValue());
            } catch (RefusedException refused) {
                ExclusionPanel.notify(Translations.of(refused.text()), true);
                return;
            } catch (AccessRefusedException refused) {
                ExclusionPanel.notify(Translations.of(refused.text()), true);
                return;
            }
            ExclusionPanel.notify(getTranslation("exclusion.decided." + name, e.matterNumber()), false);
            note.clear();
            refresh();
        });
        button.setId("exclusion-" + name + "-" + e.matterNumber());
        return button;
    }

    private void refresh() {
        List<Exclusion> pending = service.pending();
        grid.setItems(pending);
        count.setText(getTranslation("exclusion.count", String.valueOf(pending.size())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exclusion.pageTitle");
    }
}
