package com.streetgov.ui.shell;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.ui.security.SignedInUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/** The start page: who you are and which district you work in. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public HomeView(RoleAccessControl access, DistrictDirectory directory) {
        SignedInUser user = access.user();
        H2 welcome = new H2(getTranslation("home.welcome", user.displayName()));
        welcome.setId("home-welcome");
        add(welcome);
        if (user.isVendor()) {
            add(new Paragraph(
                    getTranslation("home.vendor", directory.allDistricts().size())));
        }
        directory.currentDistrict().ifPresent(d -> {
            add(new Paragraph(getTranslation("home.district", d.name())));
            add(new Paragraph(getTranslation("home.streetCount", d.streetCount())));
        });
        user.street().ifPresent(s -> add(new Paragraph(getTranslation("home.street", s))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }
}
