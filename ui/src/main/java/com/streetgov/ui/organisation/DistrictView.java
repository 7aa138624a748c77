package com.streetgov.ui.organisation;

import com.streetgov.audit.application.VendorReview;
import com.streetgov.matter.application.MatterService;
import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.tenancy.DistrictId;
import com.streetgov.ui.audit.VendorCasesPanel;
import com.streetgov.ui.shell.AccessRefusedException;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * One district's overview, at {@code /districts/<id>}. Open to that district's own users and to vendor
 * operators; anyone else is refused on the server before anything is read. The vendor may read the
 * district's cases here with a reason, which is logged for the district's administrators.
 */
@Route(value = "districts/:districtId", layout = MainLayout.class)
public class DistrictView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PARAMETER = "districtId";

    private final RoleAccessControl access;
    private final DistrictDirectory directory;
    private final VendorReview review;
    private final MatterService matters;

    @Inject
    public DistrictView(
            RoleAccessControl access, DistrictDirectory directory, VendorReview review, MatterService matters) {
        this.access = access;
        this.directory = directory;
        this.review = review;
        this.matters = matters;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DistrictId> id = event.getRouteParameters().get(PARAMETER).flatMap(DistrictView::parse);
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!access.user().maySee(id.get())) {
            event.rerouteToError(AccessRefusedException.class, "district");
            return;
        }
        Optional<DistrictSummary> district = directory.district(id.get());
        if (district.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(district.get());
    }

    private void show(DistrictSummary d) {
        removeAll();
        H2 name = new H2(d.name());
        name.setId("district-name");
        add(name);
        add(new Paragraph(getTranslation("districts.adcode") + "：" + d.adcode()));
        add(new Paragraph(getTranslation("home.streetCount", d.streetCount())));
        if (access.user().isVendor()) {
            add(new VendorCasesPanel(DistrictId.of(d.id()), review, matters));
        }
    }

    private static Optional<DistrictId> parse(String value) {
        try {
            return Optional.of(DistrictId.of(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("district.title");
    }
}
