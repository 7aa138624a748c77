package com.streetgov.ui.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Configures every new UI: its language and the server-side access control. */
@ApplicationScoped
public class UiSetup {

    @Inject
    RoleAccessControl accessControl;

    void onServiceInit(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(UiLanguage.current(init.getUI().getSession()));
            init.getUI().addBeforeEnterListener(accessControl);
        });
    }
}
