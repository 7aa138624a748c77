package com.streetgov.ui.audit;

import com.streetgov.audit.application.AuditService;
import com.streetgov.audit.domain.ConfigChange;
import com.streetgov.audit.domain.VendorAccess;
import com.streetgov.matter.application.MatterClock;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * 审计记录 for district administrators: who changed which part of the configuration, when and why
 * (newest first), and 访问记录 — every time the platform's vendor read this district's cases, with
 * the reason the vendor gave.
 */
@Route(value = "audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 220)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    public AuditView(AuditService audit) {
        Grid<VendorAccess> accesses = new Grid<>();
        accesses.setId("audit-accesses");
        accesses.addColumn(a -> at(a.at()))
                .setHeader(getTranslation("audit.at"))
                .setAutoWidth(true);
        accesses.addColumn(VendorAccess::vendor)
                .setHeader(getTranslation("audit.vendor"))
                .setAutoWidth(true);
        accesses.addColumn(VendorAccess::scope)
                .setHeader(getTranslation("audit.scope"))
                .setAutoWidth(true);
        accesses.addColumn(VendorAccess::reason).setHeader(getTranslation("audit.reason"));
        accesses.setItems(audit.vendorAccesses());
        accesses.setAllRowsVisible(true);
        accesses.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        Grid<ConfigChange> changes = new Grid<>();
        changes.setId("audit-changes");
        changes.addColumn(c -> at(c.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        changes.addColumn(ConfigChange::actor)
                .setHeader(getTranslation("audit.actor"))
                .setAutoWidth(true);
        changes.addColumn(c -> getTranslation("audit.area." + c.area().name()))
                .setHeader(getTranslation("audit.area"))
                .setAutoWidth(true);
        changes.addColumn(c -> Translations.of(c.summary()))
                .setHeader(getTranslation("audit.summary"))
                .setFlexGrow(3);
        changes.addColumn(c -> c.reason() == null ? "" : c.reason()).setHeader(getTranslation("audit.reason"));
        changes.setItems(audit.changes());
        changes.setHeight("32em");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        add(
                new H2(getTranslation("audit.title")),
                new H3(getTranslation("audit.accesses")),
                new Paragraph(getTranslation("audit.accessesHint")),
                accesses,
                new H3(getTranslation("audit.changes")),
                changes);
    }

    private static String at(OffsetDateTime at) {
        return at.atZoneSameInstant(MatterClock.ZONE).format(AT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
