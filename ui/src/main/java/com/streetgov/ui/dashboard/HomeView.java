package com.streetgov.ui.dashboard;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.ui.security.SignedInUser;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.streetgov.ui.shell.RoleDashboard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The start page: who you are, your district, and your role's dashboard (district administrator,
 * street staff or vendor operator; see {@code ui.dashboard}). Only the dashboard of the role the user
 * acts in is built, so no other role's figures are even asked for. It is found by its {@link
 * RoleDashboard} qualifier, not by its class, so the start page needs no feature package.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "nav.home", order = 10)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(RoleAccessControl access, DistrictDirectory directory, @Any Instance<Component> dashboards) {
        SignedInUser user = access.user();
        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        welcome.setId("home-welcome");
        add(welcome);
        if (user.isVendor()) {
            add(new Paragraph(
                    getTranslation("home.vendor", directory.allDistricts().size())));
        }
        directory
                .currentDistrict()
                .ifPresent(d -> add(new Paragraph(getTranslation("home.district", d.name()) + "　"
                        + getTranslation("home.streetCount", d.streetCount()))));
        user.street().ifPresent(s -> add(new Paragraph(getTranslation("home.street", s))));
        user.primaryRole()
                .map(role -> dashboards.select(new RoleDashboard.Literal(role)))
                .filter(Instance::isResolvable)
                .ifPresent(dashboard -> add(dashboard.get()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
