package com.streetgov.ui.shell;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
import com.streetgov.ui.assessment.ExclusionsView;
import com.streetgov.ui.assessment.HotspotsView;
import com.streetgov.ui.assessment.ResultsView;
import com.streetgov.ui.assessment.RulesView;
import com.streetgov.ui.assessment.ThemeView;
import com.streetgov.ui.assessment.WhistlesView;
import com.streetgov.ui.audit.AuditView;
import com.streetgov.ui.dispatch.DispatchCatalogView;
import com.streetgov.ui.duty.AdmissionView;
import com.streetgov.ui.duty.CoverageView;
import com.streetgov.ui.duty.DutyListView;
import com.streetgov.ui.enforcement.EnforcementView;
import com.streetgov.ui.matter.DispatchDeskView;
import com.streetgov.ui.matter.InboxView;
import com.streetgov.ui.matter.IntakeView;
import com.streetgov.ui.matter.TimeLimitsView;
import com.streetgov.ui.matter.VisitQueueView;
import com.streetgov.ui.onboarding.OnboardingView;
import com.streetgov.ui.open311.ClientKeysView;
import com.streetgov.ui.organisation.DistrictsView;
import com.streetgov.ui.organisation.StreetsView;
import com.streetgov.ui.reform.LayoutView;
import com.streetgov.ui.reform.ReformView;
import com.streetgov.ui.reform.StreetPlansView;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.security.SignedInUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The shell every logged-in user sees: product name, the user's district (or the platform, for a
 * vendor operator), the user's name and role, a language choice, logout, and the navigation the role
 * may use.
 */
public class MainLayout extends AppLayout {

    @Inject
    public MainLayout(RoleAccessControl access, DistrictDirectory directory) {
        SignedInUser user = access.user();
        String districtName = user.isVendor()
                ? getTranslation("shell.allDistricts")
                : directory.currentDistrict().map(DistrictSummary::name).orElse("—");

        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        title.getStyle().set("white-space", "nowrap");

        Span district = new Span(districtName);
        district.setId("shell-district");
        district.getElement().getThemeList().add("badge contrast");

        Span name = new Span(user.displayName());
        name.setId("shell-user");
        // On a phone the name gives way to the rest of the bar; the role badge stays.
        name.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Medium.FLEX);
        name.getStyle().set("white-space", "nowrap");
        Span role = new Span(
                user.primaryRole().map(r -> getTranslation("role." + r)).orElse(getTranslation("role.none")));
        role.setId("shell-role");
        role.getElement().getThemeList().add("badge");

        Anchor logout = new Anchor("logout", getTranslation("shell.logout"));
        logout.setId("shell-logout");
        logout.setRouterIgnore(true);

        // Who (title, district, name, role) and the actions (language, logout) are two groups that sit
        // on one line where there is room and wrap onto two on a phone, so that the language choice and
        // logout stay on screen; the product name gives way below the small breakpoint.
        title.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Small.FLEX);
        HorizontalLayout who = new HorizontalLayout(title, district, name, role);
        who.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        who.addClassNames(LumoUtility.Gap.SMALL);
        who.setSpacing(false);
        who.expand(title);
        who.getStyle().set("flex", "1 1 auto");
        HorizontalLayout actions = new HorizontalLayout(languageSelect(), logout);
        actions.setId("shell-actions");
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.addClassNames(LumoUtility.Gap.SMALL);
        actions.setSpacing(false);
        actions.getStyle().set("margin-left", "auto").set("white-space", "nowrap");

        HorizontalLayout header = new HorizontalLayout(who, actions);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWrap(true);
        header.setSpacing(false);
        header.addClassNames(
                LumoUtility.Gap.Column.MEDIUM,
                LumoUtility.Gap.Row.XSMALL,
                LumoUtility.Padding.Horizontal.SMALL,
                LumoUtility.Padding.Vertical.XSMALL);
        header.setWidthFull();

        addToNavbar(new DrawerToggle(), header);
        addToDrawer(navigation(user));
        setPrimarySection(Section.DRAWER);
    }

    private Component languageSelect() {
        Select<Locale> language = new Select<>();
        language.setId("shell-language");
        language.setItems(UiLanguage.SUPPORTED);
        language.setItemLabelGenerator(UiLanguage::label);
        language.setValue(getLocale());
        language.setAriaLabel(getTranslation("shell.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiLanguage.choose(getUI().orElseThrow(), e.getValue());
            }
        });
        language.setWidth("8em");
        return language;
    }

    private SideNav navigation(SignedInUser user) {
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class));
        if (user.hasRole(Role.DISTRICT_ADMIN) || user.hasRole(Role.STREET_STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.streets"), StreetsView.class));
        }
        if (user.hasRole(Role.DISTRICT_ADMIN) || user.hasRole(Role.STREET_STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.layout"), LayoutView.class));
        }
        if (user.hasRole(Role.DISTRICT_ADMIN) || user.hasRole(Role.STREET_STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.intake"), IntakeView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.desk"), DispatchDeskView.class));
            nav.addItem(new SideNavItem(getTranslation("dashboard.nav.results"), ResultsView.class));
            nav.addItem(new SideNavItem(getTranslation("dashboard.nav.whistles"), WhistlesView.class));
            nav.addItem(new SideNavItem(getTranslation("dashboard.nav.hotspots"), HotspotsView.class));
            nav.addItem(new SideNavItem(getTranslation("dashboard.nav.theme"), ThemeView.class));
            nav.addItem(new SideNavItem(getTranslation("visit.nav"), VisitQueueView.class));
        }
        if (user.hasRole(Role.DISTRICT_ADMIN) || user.hasRole(Role.STREET_STAFF)) {
            nav.addItem(new SideNavItem(getTranslation("nav.duties"), DutyListView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.catalog"), DispatchCatalogView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.coverage"), CoverageView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.admission"), AdmissionView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.enforcement"), EnforcementView.class));
        }
        if (user.hasRole(Role.DISTRICT_ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.timeLimits"), TimeLimitsView.class));
            nav.addItem(new SideNavItem(getTranslation("dashboard.nav.rules"), RulesView.class));
            nav.addItem(new SideNavItem(getTranslation("exclusion.nav"), ExclusionsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.reform"), ReformView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.streetPlans"), StreetPlansView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.clientKeys"), ClientKeysView.class));
        }
        if (user.isVendor()) {
            nav.addItem(new SideNavItem(getTranslation("nav.districts"), DistrictsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.onboard"), OnboardingView.class));
        }
        return nav;
    }
}
