package com.streetgov.ui.shell;

import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Vaadin's own menu access control, as a CDI bean: {@code MenuConfiguration.getMenuEntries()} asks the
 * instantiator for a {@code MenuAccessControl}, and Vaadin's CDI instantiator finds none otherwise (it
 * then tries to instantiate the interface and fails). Who sees which entry is still decided by
 * {@link RoleAccessControl#permits}, in {@link MainLayout}.
 */
@ApplicationScoped
public class MenuAccess extends DefaultMenuAccessControl {}
