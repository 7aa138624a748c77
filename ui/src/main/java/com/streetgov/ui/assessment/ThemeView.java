package com.streetgov.ui.assessment;

import com.streetgov.assessment.application.MonthlyThemes;
import com.streetgov.assessment.application.ResultsService;
import com.streetgov.assessment.domain.MonthlyTheme;
import com.streetgov.assessment.domain.Period;
import com.streetgov.assessment.domain.Rates;
import com.streetgov.assessment.domain.ThemeFollowUp;
import com.streetgov.text.RefusedException;
import com.streetgov.ui.security.Role;
import com.streetgov.ui.shell.MainLayout;
import com.streetgov.ui.shell.RoleAccessControl;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.stream.Collectors;

/**
 * 每月一题 ({@code /results/theme}): the period's theme and how it goes (its matters by state, their
 * rates under the period's rules, the matters themselves); the district admin picks or replaces it
 * with a reason, refusals shown at the field they name.
 */
@Route(value = "results/theme", layout = MainLayout.class)
@Menu(title = "dashboard.nav.theme", order = 100)
@RolesAllowed({Role.DISTRICT_ADMIN, Role.STREET_STAFF})
public class ThemeView extends VerticalLayout implements HasDynamicTitle {

    private final ResultsService results;
    private final MonthlyThemes themes;
    private final Select<Period> period;
    private final VerticalLayout follow = new VerticalLayout();
    private final TextField title = new TextField();
    private final TextField category = new TextField();
    private final TextField keywords = new TextField();
    private final TextArea problems = new TextArea();
    private final TextField reason = new TextField();
    private final Span refusal = new Span();
    private final Refusals refusals = new Refusals();

    @Inject
    public ThemeView(ResultsService results, MonthlyThemes themes, RoleAccessControl access) {
        this.results = results;
        this.themes = themes;
        setWidthFull();
        period = ResultPeriods.select(results, "theme-period", getTranslation("results.ui.period"), true);
        follow.setPadding(false);
        follow.setId("theme-follow");
        period.addValueChangeListener(e -> refresh());
        add(new H2(getTranslation("results.ui.theme.title")), period, follow);
        if (access.user().hasRole(Role.DISTRICT_ADMIN)) {
            add(form());
        }
        refresh();
    }

    private VerticalLayout form() {
        title.setId("theme-title");
        title.setLabel(getTranslation("results.ui.theme.name"));
        category.setLabel(getTranslation("results.ui.dimension.category"));
        keywords.setId("theme-keywords");
        keywords.setLabel(getTranslation("results.ui.theme.keywords"));
        problems.setId("theme-problems");
        problems.setLabel(getTranslation("results.ui.theme.problems"));
        reason.setId("theme-reason");
        reason.setLabel(getTranslation("results.ui.rules.reason"));
        refusals.field("title", title)
                .field("category", category)
                .field("keywords", keywords)
                .field("problems", problems)
                .field("reason", reason);
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        Button pick = new Button(getTranslation("results.ui.theme.pick"), e -> pick());
        pick.setId("theme-pick");
        VerticalLayout form = new VerticalLayout(
                new H3(getTranslation("results.ui.theme.pickTitle")),
                new FormLayout(title, category, keywords, reason, problems),
                pick,
                refusal);
        form.setPadding(false);
        return form;
    }

    private void pick() {
        refusal.setText("");
        try {
            themes.pick(
                    new MonthlyTheme.Choice(
                            period.getValue().month(),
                            title.getValue(),
                            category.getValue(),
                            keywords.getValue(),
                            problems.getValue()),
                    reason.getValue());
            refusals.clear();
            Notification.show(getTranslation("results.ui.theme.picked"), 3000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (RefusedException e) {
            refusal.setText(refusals.show(e.text()));
        }
    }

    private void refresh() {
        follow.removeAll();
        Period p = period.getValue();
        java.util.Optional<ThemeFollowUp> up = themes.follow(p);
        if (up.isEmpty()) {
            follow.add(new Paragraph(getTranslation("results.ui.theme.none", p.label())));
            return;
        }
        ThemeFollowUp f = up.get();
        Rates rates = f.visits().rates(results.rulesInForce(p.start()));
        String states = f.byState().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> getTranslation("matter.state." + e.getKey().name()) + " " + e.getValue())
                .collect(Collectors.joining("，"));
        Paragraph what = new Paragraph(getTranslation(
                "results.ui.theme.current",
                f.theme().title(),
                String.join("、", f.theme().keywords()),
                f.theme().problems()));
        Button count = new Button(
                getTranslation("results.ui.theme.matters", f.matters(), states),
                e -> new MattersDialog(f.theme().title(), f.matters(), themes.matters(p, 0, 500)).open());
        count.setId("theme-matters");
        Paragraph figures = new Paragraph(getTranslation(
                "results.ui.theme.rates",
                ResultsFormat.percent(rates.response()),
                ResultsFormat.percent(rates.resolution()),
                ResultsFormat.percent(rates.satisfaction()),
                rates.counts().valid()));
        follow.add(what, count, figures);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.ui.theme.title");
    }
}
