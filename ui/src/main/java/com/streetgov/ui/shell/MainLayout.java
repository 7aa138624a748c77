package com.streetgov.ui.shell;

import com.streetgov.organisation.application.DistrictDirectory;
import com.streetgov.organisation.application.DistrictSummary;
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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
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
        title.setId("shell-title");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        oneLine(title);

        Span district = new Span(districtName);
        district.setId("shell-district");
        district.getElement().getThemeList().add("badge contrast");

        Span name = new Span(user.displayName());
        name.setId("shell-user");
        // On a phone the name gives way to the rest of the bar; the role badge stays.
        name.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Medium.FLEX);
        oneLine(name);
        name.setMaxWidth("12em");
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
        addToDrawer(navigation(access));
        setPrimarySection(Section.DRAWER);
        // On a phone the drawer is an overlay, closed until the toggle opens it (AppLayout closes it
        // again once a view is chosen from it).
        PhoneWidth.follow(this, narrow -> {
            if (narrow) {
                setDrawerOpened(false);
            }
        });
    }

    /** Keeps a header text on one line: what does not fit ends in an ellipsis, never a wrap. */
    private static void oneLine(Component text) {
        text.getElement()
                .getStyle()
                .set("white-space", "nowrap")
                .set("overflow", "hidden")
                .set("text-overflow", "ellipsis")
                .set("min-width", "0");
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

    /**
     * The navigation, built from the views' {@code @Menu} (title: a translation key; order) and filtered
     * by the check navigation itself applies ({@link RoleAccessControl#permits}), so the views'
     * {@code @RolesAllowed} stay the one table of who sees what and the shell imports no feature view.
     */
    private SideNav navigation(RoleAccessControl access) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (access.permits(entry.menuClass())) {
                nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
            }
        }
        return nav;
    }
}
