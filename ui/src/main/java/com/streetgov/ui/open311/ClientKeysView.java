package com.streetgov.ui.open311;

import com.streetgov.open311.application.ClientKeyService;
import com.streetgov.open311.domain.ClientKey;
import com.streetgov.open311.domain.ClientKeyAudit;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.Translations;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The district's Open311 client keys: one per client, created with a reason and shown exactly once,
 * revoked with a reason; the list shows who created, revoked and last used each, and the audit trail
 * below says who did what, when and why.
 */
@Route(value = "open311/keys", layout = MainLayout.class)
@Menu(title = "nav.clientKeys", order = 230)
@RolesAllowed(Role.DISTRICT_ADMIN)
public class ClientKeysView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ClientKeyService service;
    private final String actor;
    private final Grid<ClientKey> keys = new Grid<>();
    private final Grid<ClientKeyAudit> trail = new Grid<>();

    @Inject
    public ClientKeysView(ClientKeyService service, RoleAccessControl access) {
        this.service = service;
        this.actor = access.user().username();

        keys.setId("keys-grid");
        keys.addColumn(ClientKey::client).setHeader(t("clientKeys.client"));
        keys.addColumn(k -> k.hint() + "…").setHeader(t("clientKeys.hint"));
        keys.addColumn(k -> k.createdBy() + " " + time(k.createdAt())).setHeader(t("clientKeys.created"));
        keys.addColumn(k -> k.lastUsed().map(ClientKeysView::time).orElse("—")).setHeader(t("clientKeys.lastUsed"));
        keys.addColumn(k -> k.active()
                        ? t("clientKeys.active")
                        : t("clientKeys.revokedBy", k.revokedBy(), time(k.revokedAt())))
                .setHeader(t("clientKeys.state"));
        keys.addComponentColumn(k -> {
                    Button revoke = new Button(t("clientKeys.revoke"), e -> confirmRevoke(k));
                    revoke.setId("keys-revoke-" + k.hint());
                    revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                    revoke.setEnabled(k.active());
                    return revoke;
                })
                .setHeader("");
        keys.setAllRowsVisible(true);

        trail.setId("keys-audit");
        trail.addColumn(a -> time(a.at())).setHeader(t("clientKeys.at"));
        trail.addColumn(ClientKeyAudit::actor).setHeader(t("clientKeys.actor"));
        trail.addColumn(a -> t("clientKeys.action." + a.action().name())).setHeader(t("clientKeys.action"));
        trail.addColumn(ClientKeyAudit::client).setHeader(t("clientKeys.client"));
        trail.addColumn(ClientKeyAudit::reason).setHeader(t("clientKeys.reason"));
        trail.setAllRowsVisible(true);

        TextField client = new TextField(t("clientKeys.client"));
        client.setId("keys-client");
        client.setMaxLength(100);
        TextField reason = new TextField(t("clientKeys.reason"));
        reason.setId("keys-reason");
        reason.setMaxLength(1000);
        Button create = new Button(t("clientKeys.create"), e -> {
            try {
                ClientKeyService.Issued issued = service.create(client.getValue(), reason.getValue(), actor);
                client.clear();
                reason.clear();
                refresh();
                showOnce(issued);
            } catch (RefusedException ex) {
                notify(Translations.of(ex.text()), true);
            }
        });
        create.setId("keys-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(client, reason, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        add(
                new H2(t("clientKeys.title")),
                new Paragraph(t("clientKeys.help")),
                form,
                keys,
                new H3(t("clientKeys.audit")),
                trail);
        refresh();
    }

    private void refresh() {
        keys.setItems(service.keys());
        trail.setItems(service.trail());
    }

    /** The new key, in a dialog: the only time anyone sees it. */
    private void showOnce(ClientKeyService.Issued issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("clientKeys.issued", issued.key().client()));
        TextField secret = new TextField();
        secret.setId("keys-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidth("32em");
        Button close = new Button(t("clientKeys.close"), e -> dialog.close());
        close.setId("keys-secret-close");
        dialog.add(new Paragraph(t("clientKeys.onlyOnce")), secret);
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void confirmRevoke(ClientKey key) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(t("clientKeys.revokeTitle", key.client()));
        TextField reason = new TextField(t("clientKeys.revokeReason"));
        reason.setId("keys-revoke-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(t("clientKeys.revoke"), e -> {
            try {
                service.revoke(key.id(), reason.getValue(), actor);
                dialog.close();
                refresh();
                notify(t("clientKeys.revoked", key.client()), false);
            } catch (RefusedException ex) {
                notify(Translations.of(ex.text()), true);
            }
        });
        confirm.setId("keys-revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("clientKeys.cancel"), e -> dialog.close());
        dialog.add(reason);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static String time(LocalDateTime at) {
        return at == null ? "" : at.format(TIME);
    }

    private String t(String key, Object... args) {
        return getTranslation(key, args);
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return t("clientKeys.title");
    }
}
